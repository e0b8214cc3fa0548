#pragma once

#include "HttpHeaders.h"

#include <QDateTime>
#include <QString>

namespace foundry {

// One answered (or refused) request, as the console's request-log dock shows it.
struct RequestLogEntry final
{
    quint64 sequence = 0; // assigned by RequestLog::append(), from 1, never reused
    QDateTime time;       // UTC, when the answer was sent
    QString method;       // empty when the request line was never read (connection refused)
    QString path;         // decoded, without the query
    int status = 0;
    QString principal;        // the user or service principal the handler authenticated, if any
    QString client;           // the OAuth client id, if any
    qint64 latencyMicros = 0; // from the first byte of the request to the answer
    QString peer;             // the client's address

    // What the console's detail pane shows, as sent: secrets are masked when shown or exported,
    // never here (masking every request would cost the server for nothing). Bodies are cut at
    // MaxBodyBytes so that a full log stays small.
    static constexpr qsizetype MaxBodyBytes = 4 * 1024;
    QByteArray query; // without '?'
    HttpHeaders requestHeaders;
    QByteArray requestBody;
    HttpHeaders responseHeaders; // those the handler set (not Content-Length, CORS, Connection)
    QByteArray responseContentType;
    QByteArray responseBody;
    qsizetype requestBodySize = 0; // before the cut
    qsizetype responseBodySize = 0;
};

} // namespace foundry
