#include "BearerResponses.h"

#include "FoundryError.h"

namespace foundry {

HttpResponse unauthorizedResponse(const auth::BearerResult &result)
{
    QJsonObject parameters;
    if (result.failure == auth::BearerFailure::Expired)
        parameters.insert(QStringLiteral("error"), QStringLiteral("EXPIRED"));
    HttpResponse response = foundryErrorResponse(FoundryError::make(
        401, QStringLiteral("Default:Unauthorized"), parameters,
        QStringLiteral("The bearer token is %1.").arg(result.reason())));
    response.headers.set(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
    return response;
}

} // namespace foundry
