#include "RequestLogFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

namespace foundry::ui::requestlog {
namespace {

bool isSecretField(const QByteArray &name)
{
    static const QSet<QByteArray> names = {
        "access_token", "refresh_token", "id_token",      "token",    "code",
        "code_verifier", "client_secret", "secret",       "password", "assertion",
        "client_assertion", "clientSecret", "accessToken", "refreshToken"};
    return names.contains(name);
}

bool isSecretHeader(const QByteArray &lowerName)
{
    return lowerName == "authorization" || lowerName == "proxy-authorization" ||
           lowerName == "cookie" || lowerName == "set-cookie";
}

QByteArray maskedBytes()
{
    return kMask.toUtf8();
}

QJsonValue maskJson(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (isSecretField(it.key().toUtf8()) && it.value().isString())
                it.value() = kMask;
            else
                it.value() = maskJson(it.value());
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = maskJson(*it);
        return array;
    }
    return value;
}

bool isJson(const QByteArray &contentType)
{
    return contentType.toLower().contains("json");
}

bool isForm(const QByteArray &contentType)
{
    return contentType.toLower().contains("application/x-www-form-urlencoded");
}

QString bodyText(const QByteArray &body, const QByteArray &contentType, qsizetype fullSize)
{
    const QByteArray masked = maskBody(body, contentType);
    QString text;
    if (isJson(contentType)) {
        const QJsonDocument document = QJsonDocument::fromJson(masked);
        text = document.isNull() ? QString::fromUtf8(masked)
                                 : QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    } else {
        text = QString::fromUtf8(masked);
    }
    if (fullSize > body.size())
        text += QStringLiteral("\n… (%1 of %2 bytes shown)").arg(body.size()).arg(fullSize);
    return text;
}

QString headerLines(const HttpHeaders &headers)
{
    QString text;
    for (const HttpHeaders::Field &field : headers.fields()) {
        text += QString::fromLatin1(field.first) + QStringLiteral(": ") +
                QString::fromUtf8(maskHeaderValue(field.first, field.second)) + QLatin1Char('\n');
    }
    return text;
}

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString target(const RequestLogEntry &entry)
{
    const QString path = QString::fromUtf8(QUrl::toPercentEncoding(entry.path, "/:@!$&'()*+,;="));
    return entry.query.isEmpty() ? path
                                 : path + QLatin1Char('?') + QString::fromUtf8(maskQuery(entry.query));
}

QJsonObject headersJson(const HttpHeaders &headers)
{
    QJsonObject object;
    for (const HttpHeaders::Field &field : headers.fields())
        object.insert(QString::fromLatin1(field.first),
                      QString::fromUtf8(maskHeaderValue(field.first, field.second)));
    return object;
}

} // namespace

QByteArray maskQuery(const QByteArray &query)
{
    QList<QByteArray> parts = query.split('&');
    for (QByteArray &part : parts) {
        const qsizetype equals = part.indexOf('=');
        if (equals < 0)
            continue;
        const QByteArray name = QByteArray::fromPercentEncoding(part.left(equals));
        if (isSecretField(name))
            part = part.left(equals + 1) + maskedBytes();
    }
    return parts.join('&');
}

QByteArray maskHeaderValue(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.toLower();
    if (isSecretHeader(lower)) {
        const qsizetype space = value.indexOf(' ');
        // Keep the scheme ("Bearer", "Basic"): it says what kind of credential was sent.
        return lower.endsWith("authorization") && space > 0 ? value.left(space + 1) + maskedBytes()
                                                            : maskedBytes();
    }
    if (lower == "location") {
        const qsizetype question = value.indexOf('?');
        if (question >= 0)
            return value.left(question + 1) + maskQuery(value.mid(question + 1));
    }
    return value;
}

QByteArray maskBody(const QByteArray &body, const QByteArray &contentType)
{
    if (body.isEmpty())
        return body;
    if (isForm(contentType))
        return maskQuery(body);
    if (isJson(contentType)) {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        if (document.isNull()) // cut at MaxBodyBytes, or not JSON: nothing reliable to keep
            return body.size() > 64 ? maskedBytes() : body;
        const QJsonValue masked = maskJson(document.isObject() ? QJsonValue(document.object())
                                                               : QJsonValue(document.array()));
        return masked.isObject() ? QJsonDocument(masked.toObject()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(masked.toArray()).toJson(QJsonDocument::Compact);
    }
    return body;
}

QString requestText(const RequestLogEntry &entry)
{
    if (entry.method.isEmpty())
        return QObject::tr("(refused before the request line was read)");
    QString text = entry.method + QLatin1Char(' ') + target(entry) + QStringLiteral(" HTTP/1.1\n");
    text += headerLines(entry.requestHeaders);
    if (!entry.requestBody.isEmpty()) {
        text += QLatin1Char('\n');
        text += bodyText(entry.requestBody, entry.requestHeaders.value("content-type"),
                         entry.requestBodySize);
    }
    return text;
}

QString responseText(const RequestLogEntry &entry)
{
    QString text = QStringLiteral("HTTP %1\n").arg(entry.status);
    if (!entry.responseContentType.isEmpty())
        text += QStringLiteral("Content-Type: ") + QString::fromLatin1(entry.responseContentType) +
                QLatin1Char('\n');
    text += headerLines(entry.responseHeaders);
    if (!entry.responseBody.isEmpty()) {
        text += QLatin1Char('\n');
        text += bodyText(entry.responseBody, entry.responseContentType, entry.responseBodySize);
    }
    return text;
}

QString curlCommand(const RequestLogEntry &entry)
{
    QByteArray host = entry.requestHeaders.value("host");
    if (host.isEmpty())
        host = "127.0.0.1";
    QStringList parts = {QStringLiteral("curl")};
    if (entry.method == QLatin1String("HEAD"))
        parts.append(QStringLiteral("-I"));
    else if (entry.method != QLatin1String("GET") || !entry.requestBody.isEmpty())
        parts.append(QStringLiteral("-X ") + entry.method);
    parts.append(shellQuote(QStringLiteral("http://") + QString::fromLatin1(host) + target(entry)));
    static const QSet<QByteArray> skipped = {"host", "content-length", "connection",
                                             "accept-encoding", "user-agent"};
    for (const HttpHeaders::Field &field : entry.requestHeaders.fields()) {
        if (skipped.contains(field.first.toLower()))
            continue;
        parts.append(QStringLiteral("-H ") +
                     shellQuote(QString::fromLatin1(field.first) + QStringLiteral(": ") +
                                QString::fromUtf8(maskHeaderValue(field.first, field.second))));
    }
    if (!entry.requestBody.isEmpty()) {
        const QByteArray body =
            maskBody(entry.requestBody, entry.requestHeaders.value("content-type"));
        parts.append(QStringLiteral("--data-raw ") + shellQuote(QString::fromUtf8(body)));
    }
    return parts.join(QLatin1Char(' '));
}

QJsonObject toJson(const RequestLogEntry &entry)
{
    QJsonObject object;
    object.insert(QStringLiteral("sequence"), qint64(entry.sequence));
    object.insert(QStringLiteral("time"), entry.time.toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("method"), entry.method);
    object.insert(QStringLiteral("path"), entry.path);
    if (!entry.query.isEmpty())
        object.insert(QStringLiteral("query"), QString::fromUtf8(maskQuery(entry.query)));
    object.insert(QStringLiteral("status"), entry.status);
    if (!entry.principal.isEmpty())
        object.insert(QStringLiteral("principal"), entry.principal);
    if (!entry.client.isEmpty())
        object.insert(QStringLiteral("client"), entry.client);
    object.insert(QStringLiteral("latencyMicros"), entry.latencyMicros);
    object.insert(QStringLiteral("peer"), entry.peer);
    object.insert(QStringLiteral("requestHeaders"), headersJson(entry.requestHeaders));
    if (!entry.requestBody.isEmpty())
        object.insert(QStringLiteral("requestBody"),
                      QString::fromUtf8(maskBody(entry.requestBody,
                                                 entry.requestHeaders.value("content-type"))));
    HttpHeaders responseHeaders = entry.responseHeaders;
    if (!entry.responseContentType.isEmpty())
        responseHeaders.set("Content-Type", entry.responseContentType);
    object.insert(QStringLiteral("responseHeaders"), headersJson(responseHeaders));
    if (!entry.responseBody.isEmpty())
        object.insert(QStringLiteral("responseBody"),
                      QString::fromUtf8(maskBody(entry.responseBody, entry.responseContentType)));
    return object;
}

} // namespace foundry::ui::requestlog
