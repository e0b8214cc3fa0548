#pragma once

#include "HttpHeaders.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace foundry {

// What a route handler returns. The server adds Content-Length, CORS and Connection headers.
struct HttpResponse final
{
    int status = 200;
    HttpHeaders headers;
    QByteArray contentType; // empty: no Content-Type header
    QByteArray body;

    // Who the handler authenticated, for the request log only (never a secret or a token).
    QString principal;
    QString client;

    static HttpResponse json(const QJsonObject &object, int status = 200);
    static HttpResponse json(const QJsonArray &array, int status = 200);
    static HttpResponse json(QByteArray serialized, int status = 200); // already compact JSON
    static HttpResponse text(const QString &text, int status = 200);
    static HttpResponse html(const QString &html, int status = 200);
    static HttpResponse noContent(); // 204, empty body: the SDK needs this for void operations
};

} // namespace foundry
