#include "FoundryError.h"

#include <QUuid>

namespace foundry {

FoundryError FoundryError::make(int status, const QString &errorName, const QJsonObject &parameters,
                                const QString &description)
{
    return FoundryError{status, errorCodeForStatus(status), errorName, parameters, description};
}

QString FoundryError::errorCodeForStatus(int status)
{
    switch (status) {
    case 401:
        return QStringLiteral("UNAUTHORIZED");
    case 403:
        return QStringLiteral("PERMISSION_DENIED");
    case 404:
        return QStringLiteral("NOT_FOUND");
    case 409:
        return QStringLiteral("CONFLICT");
    case 413:
        return QStringLiteral("REQUEST_ENTITY_TOO_LARGE");
    default:
        return status >= 500 ? QStringLiteral("INTERNAL") : QStringLiteral("INVALID_ARGUMENT");
    }
}

QJsonObject foundryErrorBody(const FoundryError &error)
{
    QJsonObject body{
        {QStringLiteral("errorCode"), error.errorCode},
        {QStringLiteral("errorName"), error.errorName},
        {QStringLiteral("errorInstanceId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("parameters"), error.parameters},
    };
    if (!error.description.isEmpty())
        body.insert(QStringLiteral("errorDescription"), error.description);
    return body;
}

HttpResponse foundryErrorResponse(const FoundryError &error)
{
    return HttpResponse::json(foundryErrorBody(error), error.status);
}

} // namespace foundry
