#pragma once

#include "RequestLogEntry.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// How the console shows, copies and exports a request-log entry. Every function masks secrets
// (credentials in Authorization and cookie headers; tokens, codes, verifiers, secrets and
// passwords in queries, form bodies, JSON bodies and Location headers), so that nothing it
// returns can leak one to a screen share, a clipboard or a file.
namespace foundry::ui::requestlog {

inline const QString kMask = QStringLiteral("••••");

// "GET /path?query HTTP/1.1", the headers, a blank line and the body (JSON pretty-printed).
QString requestText(const RequestLogEntry &entry);
// "HTTP 200", the headers the handler set, a blank line and the body.
QString responseText(const RequestLogEntry &entry);
// A curl command line that repeats the request (secrets masked: replace them to replay it).
QString curlCommand(const RequestLogEntry &entry);
// One line of the JSON-lines export.
QJsonObject toJson(const RequestLogEntry &entry);

// Exposed for tests.
QByteArray maskQuery(const QByteArray &query);
QByteArray maskHeaderValue(const QByteArray &name, const QByteArray &value);
QByteArray maskBody(const QByteArray &body, const QByteArray &contentType);

} // namespace foundry::ui::requestlog
