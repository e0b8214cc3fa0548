#include "OAuthError.h"

#include <QJsonObject>

namespace foundry {

HttpResponse oauthErrorResponse(const OAuthError &error)
{
    QJsonObject body{{QStringLiteral("error"), error.error}};
    if (!error.description.isEmpty())
        body.insert(QStringLiteral("error_description"), error.description);
    HttpResponse response = HttpResponse::json(body, error.status);
    response.headers.set(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.headers.set(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
    return response;
}

} // namespace foundry
