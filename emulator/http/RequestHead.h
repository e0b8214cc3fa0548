#pragma once

#include "HttpHeaders.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace foundry {

// The request line and header fields of one request, as the connection guard read them off the
// wire: the only parse of a request head; the server builds its HttpRequest from this.
struct RequestHead final
{
    QByteArray method;    // "GET", ...
    QByteArray target;    // as sent: origin form, absolute form or "*"
    QByteArray rawPath;   // percent-encoded path of the target
    QByteArray rawQuery;  // without '?'
    int versionMinor = 1; // HTTP/1.x
    HttpHeaders headers;
    std::optional<qint64> contentLength;
    bool chunked = false;
    bool keepAlive = true; // HTTP/1.1 unless "Connection: close"; HTTP/1.0 only with keep-alive
    bool expectContinue = false;

    // The decoded path, for logs and error envelopes.
    QString path() const;
};

// Parses a complete request head (request line, fields, the empty line). Errors are values.
class RequestHeadParser final
{
public:
    struct Result
    {
        RequestHead head;
        int errorStatus = 0; // 0: parsed; else 400 (malformed) or 501 (unsupported)
        QString error;
        bool ok() const { return errorStatus == 0; }
    };

    static Result parse(QByteArrayView head);
    // Whether the first bytes of a head can still become a request line (a method token, then a
    // space): lets the guard refuse a TLS handshake or other binary at once, not at the deadline.
    static bool isPlausibleStart(QByteArrayView partialHead);
    // Methods that reach the router; others get a 501 (and CONNECT would mean a tunnel).
    static bool isSupportedMethod(QByteArrayView method);
};

} // namespace foundry
