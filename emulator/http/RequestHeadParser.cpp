#include "RequestHead.h"

#include <QByteArrayList>
#include <QVarLengthArray>

namespace foundry {

namespace {

using Result = RequestHeadParser::Result;

Result failure(int status, const char *message)
{
    Result result;
    result.errorStatus = status;
    result.error = QString::fromLatin1(message);
    return result;
}

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isValidTarget(QByteArrayView target)
{
    if (target.isEmpty())
        return false;
    for (char c : target) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte == 0x7f)
            return false;
    }
    return target.startsWith('/') || target == "*" || target.startsWith("http://") ||
           target.startsWith("https://");
}

bool isValidFieldValue(QByteArrayView value)
{
    for (char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\t') || byte == 0x7f)
            return false;
    }
    return true;
}

// Splits the target into path and query; the absolute form loses its scheme and authority.
void splitTarget(RequestHead &head)
{
    QByteArray target = head.target;
    if (!target.startsWith('/') && target != "*") {
        const qsizetype authority = target.indexOf("//") + 2;
        const qsizetype pathStart = target.indexOf('/', authority);
        target = pathStart < 0 ? QByteArrayLiteral("/") : target.sliced(pathStart);
    }
    const qsizetype hash = target.indexOf('#');
    if (hash >= 0)
        target.truncate(hash);
    const qsizetype question = target.indexOf('?');
    head.rawPath = question < 0 ? target : target.first(question);
    head.rawQuery = question < 0 ? QByteArray() : target.sliced(question + 1);
}

// The fields that decide framing and the connection's fate, gathered while the head is read
// (views into it), so that no list of all fields is searched for each of them afterwards.
struct FramingFields
{
    QVarLengthArray<QByteArrayView, 2> lengths;
    QVarLengthArray<QByteArrayView, 2> codings;
    QVarLengthArray<QByteArrayView, 2> connection;
    QVarLengthArray<QByteArrayView, 2> expect;

    void note(QByteArrayView name, QByteArrayView value)
    {
        const auto is = [name](QByteArrayView wanted) {
            return name.size() == wanted.size() && name.compare(wanted, Qt::CaseInsensitive) == 0;
        };
        if (is("content-length"))
            lengths.append(value);
        else if (is("transfer-encoding"))
            codings.append(value);
        else if (is("connection"))
            connection.append(value);
        else if (is("expect"))
            expect.append(value);
    }
};

bool hasToken(const QVarLengthArray<QByteArrayView, 2> &values, QByteArrayView token)
{
    for (QByteArrayView value : values) {
        while (true) {
            const qsizetype comma = value.indexOf(',');
            const QByteArrayView part = comma < 0 ? value : value.first(comma);
            if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
                return true;
            if (comma < 0)
                break;
            value = value.sliced(comma + 1);
        }
    }
    return false;
}

// Content-Length and Transfer-Encoding decide where the body ends: ambiguity is refused
// (request smuggling), as RFC 9112 §6.3 asks.
bool applyFraming(RequestHead &head, const FramingFields &fields, Result &result)
{
    if (!fields.codings.isEmpty()) {
        if (!fields.lengths.isEmpty()) {
            result = failure(400, "Both Content-Length and Transfer-Encoding are present");
            return false;
        }
        if (fields.codings.size() != 1 ||
            fields.codings.first().trimmed().compare("chunked", Qt::CaseInsensitive) != 0) {
            result = failure(501, "Only the chunked transfer coding is supported");
            return false;
        }
        head.chunked = true;
        return true;
    }
    for (const QByteArrayView length : fields.lengths) {
        const QByteArrayView digits = length.trimmed();
        qint64 value = 0;
        bool valid = !digits.isEmpty() && digits.size() <= 18;
        for (qsizetype i = 0; valid && i < digits.size(); ++i) {
            valid = digits[i] >= '0' && digits[i] <= '9';
            value = value * 10 + (digits[i] - '0');
        }
        if (!valid || (head.contentLength && *head.contentLength != value)) {
            result = failure(400, "Invalid Content-Length");
            return false;
        }
        head.contentLength = value;
    }
    return true;
}

} // namespace

QString RequestHead::path() const
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(rawPath));
}

bool RequestHeadParser::isPlausibleStart(QByteArrayView partialHead)
{
    constexpr qsizetype MaxMethodLength = 32; // far above any method; unknown ones get a 501
    qsizetype i = 0;
    while (i < partialHead.size() && (partialHead[i] == '\r' || partialHead[i] == '\n'))
        ++i; // RFC 9112 §2.2: empty lines before the request line
    const qsizetype start = i;
    for (; i < partialHead.size(); ++i) {
        if (partialHead[i] == ' ')
            return i > start;
        if (!isTokenChar(partialHead[i]) || i - start >= MaxMethodLength)
            return false;
    }
    return true;
}

bool RequestHeadParser::isSupportedMethod(QByteArrayView method)
{
    static const QByteArrayList supported = {"GET",   "HEAD",   "POST",    "PUT",
                                             "PATCH", "DELETE", "OPTIONS", "TRACE"};
    return supported.contains(method);
}

RequestHeadParser::Result RequestHeadParser::parse(QByteArrayView text)
{
    QVarLengthArray<QByteArrayView, 32> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!(lines.isEmpty() && line.isEmpty())) // RFC 9112 §2.2: ignore empty lines before it
            lines.append(line);
        start = end + 1;
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return failure(400, "Empty request");

    Result result;
    RequestHead &head = result.head;
    const QVarLengthArray<QByteArrayView, 4> parts = [&] {
        QVarLengthArray<QByteArrayView, 4> split;
        for (QByteArrayView rest = lines.first(); !rest.isEmpty();) {
            const qsizetype space = rest.indexOf(' ');
            split.append(space < 0 ? rest : rest.first(space));
            rest = space < 0 ? QByteArrayView() : rest.sliced(space + 1);
        }
        return split;
    }();
    if (parts.size() != 3 || !isToken(parts[0]) || !isValidTarget(parts[1]))
        return failure(400, "Malformed request line");
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0")
        return failure(400, "Unsupported HTTP version");
    if (!isSupportedMethod(parts[0]))
        return failure(501, "Unsupported method");
    head.method = parts[0].toByteArray();
    head.target = parts[1].toByteArray();
    head.versionMinor = parts[2] == "HTTP/1.1" ? 1 : 0;
    splitTarget(head);

    FramingFields framing;
    head.headers.reserve(lines.size() - 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines[i];
        const qsizetype colon = line.indexOf(':');
        // No colon, a name with spaces (also "name : value") or an obsolete folded line.
        if (colon <= 0 || !isToken(line.first(colon)))
            return failure(400, "Malformed header line");
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (!isValidFieldValue(value))
            return failure(400, "Invalid character in a header value");
        framing.note(name, value);
        head.headers.add(name.toByteArray(), value.toByteArray());
    }

    if (!applyFraming(head, framing, result))
        return result;
    head.keepAlive = head.versionMinor == 1 ? !hasToken(framing.connection, "close")
                                            : hasToken(framing.connection, "keep-alive");
    head.expectContinue = hasToken(framing.expect, "100-continue");
    return result;
}

} // namespace foundry
