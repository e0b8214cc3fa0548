#include "OAuthErrorResponse.h"

namespace foundry {

HttpResponse oauthErrorResponse(const OAuthError &error)
{
    HttpResponse response = HttpResponse::json(error.toJson(), error.status);
    response.headers.set(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.headers.set(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
    return response;
}

} // namespace foundry
