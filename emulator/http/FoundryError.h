#pragma once

#include "HttpResponse.h"

#include <QJsonObject>
#include <QString>

namespace foundry {

// A Foundry (Conjure) API error as a value. The Admin routes build these from domain failures;
// foundryErrorResponse() is the one place that turns one into the JSON envelope.
struct FoundryError final
{
    int status = 400;
    QString errorCode; // "INVALID_ARGUMENT", "NOT_FOUND", ...; see errorCodeForStatus()
    QString errorName; // "Default:NotFound", "UserNotFound", ...
    QJsonObject parameters;
    QString description; // a human sentence; omitted from the body when empty

    // The error code from the status: the table in spec/api-admin.md "Errors".
    static FoundryError make(int status, const QString &errorName,
                             const QJsonObject &parameters = {}, const QString &description = {});
    static QString errorCodeForStatus(int status);
};

// {"errorCode", "errorName", "errorInstanceId": <fresh UUID>, "parameters", "errorDescription"?}
QJsonObject foundryErrorBody(const FoundryError &error);
HttpResponse foundryErrorResponse(const FoundryError &error);

} // namespace foundry
