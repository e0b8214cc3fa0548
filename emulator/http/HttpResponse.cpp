#include "HttpResponse.h"

#include <QJsonDocument>

namespace foundry {

namespace {
HttpResponse withBody(int status, QByteArray contentType, QByteArray body)
{
    HttpResponse response;
    response.status = status;
    response.contentType = std::move(contentType);
    response.body = std::move(body);
    return response;
}
} // namespace

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    return withBody(status, QByteArrayLiteral("application/json"),
                    QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::json(const QJsonArray &array, int status)
{
    return withBody(status, QByteArrayLiteral("application/json"),
                    QJsonDocument(array).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::json(QByteArray serialized, int status)
{
    return withBody(status, QByteArrayLiteral("application/json"), std::move(serialized));
}

HttpResponse HttpResponse::text(const QString &text, int status)
{
    return withBody(status, QByteArrayLiteral("text/plain; charset=utf-8"), text.toUtf8());
}

HttpResponse HttpResponse::html(const QString &html, int status)
{
    return withBody(status, QByteArrayLiteral("text/html; charset=utf-8"), html.toUtf8());
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse response;
    response.status = 204;
    return response;
}

} // namespace foundry
