#pragma once

#include "FoundryError.h"
#include "HttpResponse.h"

#include <QJsonObject>
#include <QString>

// The Admin API's errors, by name, as Foundry answers them (spec/api-admin.md "Errors").
namespace foundry::admin {

HttpResponse errorResponse(int status, const QString &errorName, const QJsonObject &parameters = {},
                           const QString &description = {});

// 400 Conjure:InvalidArgument naming what is wrong with the request.
HttpResponse invalidArgument(const QString &message);
HttpResponse unsupportedMediaType();
HttpResponse previewRequired();
HttpResponse missingScope(const QString &broadScope);
// 403 <Verb><Resource>PermissionDenied with the resource's path ids.
HttpResponse permissionDenied(const QString &errorName, const QJsonObject &parameters = {});
HttpResponse notFound(const QString &errorName, const QJsonObject &parameters);
// 400 domain errors (UserDeleted, GroupNameAlreadyExists, ...).
HttpResponse domainError(const QString &errorName, const QJsonObject &parameters = {},
                         const QString &description = {});

} // namespace foundry::admin
