#pragma once

#include "HttpResponse.h"

#include <QString>
#include <QStringView>

namespace foundry {

// Which error envelope a path's API family uses (spec/api-oauth.md, first paragraphs).
enum class ErrorFamily
{
    Foundry,
    OAuth
};
ErrorFamily errorFamilyForPath(QStringView path);

// Errors of the HTTP layer itself (routing, limits, malformed requests), each in the envelope of
// the family of `path` (empty when unknown, e.g. before the request line was read: Foundry).
namespace ProtocolErrors {
HttpResponse notFound(const QString &path, const QByteArray &method);
HttpResponse methodNotAllowed(const QString &path, const QByteArray &method,
                              const QByteArray &allow);
HttpResponse payloadTooLarge(const QString &path, qint64 maximumBytes);
HttpResponse badRequest(const QString &path, const QString &message);
HttpResponse headerFieldsTooLarge(const QString &path, qint64 maximumBytes);
HttpResponse requestTimeout(const QString &path, int timeoutMs);
HttpResponse uriTooLong(const QString &path, qint64 maximumBytes);
HttpResponse notImplemented(const QString &path, const QString &message);
HttpResponse internalError(const QString &path, const QString &message);
HttpResponse serviceUnavailable(const QString &message);
} // namespace ProtocolErrors

} // namespace foundry
