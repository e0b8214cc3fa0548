#include "ProtocolErrors.h"

#include "FoundryError.h"
#include "OAuthErrorResponse.h"

namespace foundry {

ErrorFamily errorFamilyForPath(QStringView path)
{
    if (path == u"/multipass/api/oauth2/token" || path == u"/multipass/api/oauth2/revoke_token")
        return ErrorFamily::OAuth;
    return ErrorFamily::Foundry;
}

namespace {

HttpResponse familyError(const QString &path, int status, const QString &foundryName,
                         const QJsonObject &parameters, const QString &description)
{
    if (errorFamilyForPath(path) == ErrorFamily::OAuth) {
        // RFC 6749 has no code for these transport failures; invalid_request is what clients
        // already handle, server_error and temporarily_unavailable exist for 5xx.
        const QString code = status == 503   ? QStringLiteral("temporarily_unavailable")
                             : status >= 500 ? QStringLiteral("server_error")
                                             : QStringLiteral("invalid_request");
        return oauthErrorResponse(OAuthError{status, code, description});
    }
    return foundryErrorResponse(FoundryError::make(status, foundryName, parameters, description));
}

QString methodAndPath(const QByteArray &method, const QString &path)
{
    return QString::fromLatin1(method) + u' ' + path;
}

} // namespace

namespace ProtocolErrors {

HttpResponse notFound(const QString &path, const QByteArray &method)
{
    return familyError(path, 404, QStringLiteral("Default:NotFound"),
                       {{QStringLiteral("path"), path}},
                       QStringLiteral("No endpoint for ") + methodAndPath(method, path));
}

HttpResponse methodNotAllowed(const QString &path, const QByteArray &method,
                              const QByteArray &allow)
{
    HttpResponse response =
        familyError(path, 405, QStringLiteral("Default:MethodNotAllowed"), {},
                    QStringLiteral("Method not allowed: ") + methodAndPath(method, path) +
                        QStringLiteral(" (allowed: ") + QString::fromLatin1(allow) + u')');
    response.headers.set(QByteArrayLiteral("Allow"), allow);
    return response;
}

HttpResponse payloadTooLarge(const QString &path, qint64 maximumBytes)
{
    return familyError(path, 413, QStringLiteral("Default:RequestEntityTooLarge"),
                       {{QStringLiteral("maximumBytes"), maximumBytes}},
                       QStringLiteral("The request body exceeds %1 bytes").arg(maximumBytes));
}

HttpResponse badRequest(const QString &path, const QString &message)
{
    return familyError(path, 400, QStringLiteral("Default:InvalidArgument"),
                       {{QStringLiteral("message"), message}}, message);
}

HttpResponse headerFieldsTooLarge(const QString &path, qint64 maximumBytes)
{
    return familyError(path, 431, QStringLiteral("Default:RequestHeaderFieldsTooLarge"),
                       {{QStringLiteral("maximumBytes"), maximumBytes}},
                       QStringLiteral("The request head exceeds %1 bytes").arg(maximumBytes));
}

HttpResponse requestTimeout(const QString &path, int timeoutMs)
{
    return familyError(path, 408, QStringLiteral("Default:RequestTimeout"),
                       {{QStringLiteral("timeoutMillis"), timeoutMs}},
                       QStringLiteral("The request was not completed within %1 ms").arg(timeoutMs));
}

HttpResponse uriTooLong(const QString &path, qint64 maximumBytes)
{
    return familyError(path, 414, QStringLiteral("Default:RequestUriTooLong"),
                       {{QStringLiteral("maximumBytes"), maximumBytes}},
                       QStringLiteral("The request line exceeds %1 bytes").arg(maximumBytes));
}

HttpResponse notImplemented(const QString &path, const QString &message)
{
    return familyError(path, 501, QStringLiteral("Default:NotImplemented"),
                       {{QStringLiteral("message"), message}}, message);
}

HttpResponse internalError(const QString &path, const QString &message)
{
    return familyError(path, 500, QStringLiteral("Default:Internal"), {}, message);
}

HttpResponse serviceUnavailable(const QString &message)
{
    return familyError(QString(), 503, QStringLiteral("Default:ServiceUnavailable"), {}, message);
}

} // namespace ProtocolErrors
} // namespace foundry
