#include "HttpWire.h"

namespace foundry::HttpWire {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 303:
        return QByteArrayLiteral("See Other");
    case 304:
        return QByteArrayLiteral("Not Modified");
    case 307:
        return QByteArrayLiteral("Temporary Redirect");
    case 308:
        return QByteArrayLiteral("Permanent Redirect");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 414:
        return QByteArrayLiteral("URI Too Long");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 422:
        return QByteArrayLiteral("Unprocessable Content");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return status < 400 ? QByteArrayLiteral("OK") : QByteArrayLiteral("Error");
    }
}

namespace {
void appendHeader(QByteArray &out, QByteArrayView name, QByteArrayView value)
{
    out.append(name).append(": ").append(value).append("\r\n");
}

bool forbidsBody(int status)
{
    return status == 204 || status == 304 || (status >= 100 && status < 200);
}
} // namespace

QByteArray serialize(const HttpResponse &response, BodyMode bodyMode, ConnectionMode connectionMode)
{
    const bool noBodyAllowed = forbidsBody(response.status);
    QByteArray out;
    out.reserve(256 + response.body.size());
    out.append("HTTP/1.1 ")
        .append(QByteArray::number(response.status))
        .append(' ')
        .append(reasonPhrase(response.status))
        .append("\r\n");
    for (const HttpHeaders::Field &field : response.headers.fields()) {
        // The framing headers are ours alone: a handler must not be able to desynchronise them.
        if (field.first.compare("content-length", Qt::CaseInsensitive) == 0 ||
            field.first.compare("connection", Qt::CaseInsensitive) == 0 ||
            field.first.compare("transfer-encoding", Qt::CaseInsensitive) == 0)
            continue;
        appendHeader(out, field.first, field.second);
    }
    if (!response.headers.contains("access-control-allow-origin"))
        appendHeader(out, "Access-Control-Allow-Origin", "*");
    if (!response.contentType.isEmpty() && !response.headers.contains("content-type"))
        appendHeader(out, "Content-Type", response.contentType);
    if (!noBodyAllowed)
        appendHeader(out, "Content-Length", QByteArray::number(response.body.size()));
    if (connectionMode == ConnectionMode::Close)
        appendHeader(out, "Connection", "close");
    out.append("\r\n");
    if (bodyMode == BodyMode::Send && !noBodyAllowed)
        out.append(response.body);
    return out;
}

} // namespace foundry::HttpWire
