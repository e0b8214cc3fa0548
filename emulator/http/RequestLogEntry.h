#pragma once

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
};

} // namespace foundry
