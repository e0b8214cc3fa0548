#include "Paging.h"

#include "AdminErrors.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace foundry::admin {
namespace {

const QByteArray &signingKey()
{
    static const QByteArray key = [] {
        QByteArray bytes(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                              bytes.size() / int(sizeof(quint32)));
        return bytes;
    }();
    return key;
}

QByteArray signature(const QByteArray &payload)
{
    return QMessageAuthenticationCode::hash(payload, signingKey(), QCryptographicHash::Sha256)
        .left(12);
}

constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

HttpResponse invalidPageSize(const QString &given)
{
    return errorResponse(400, QStringLiteral("InvalidPageSize"),
                         {{QStringLiteral("pageSize"), given}},
                         QStringLiteral("pageSize must be a positive whole number."));
}

HttpResponse invalidPageToken(const QString &given)
{
    return errorResponse(400, QStringLiteral("InvalidPageToken"),
                         {{QStringLiteral("pageToken"), given}},
                         QStringLiteral("The page token was not issued by this listing."));
}

bool finish(const QString &listing, std::optional<qint64> size, const QString &pageSizeText,
            const QString &pageToken, PageRequest *request, HttpResponse *error)
{
    if (size) {
        if (*size <= 0) {
            *error = invalidPageSize(pageSizeText);
            return false;
        }
        request->pageSize = int(qMin<qint64>(*size, kMaximumPageSize));
    }
    if (!pageToken.isEmpty()) {
        const auto cursor = decodePageToken(pageToken);
        if (!cursor || cursor->listing != listing) {
            *error = invalidPageToken(pageToken);
            return false;
        }
        request->cursor = cursor;
    }
    return true;
}

} // namespace

bool readPageRequest(const QString &listing, const QString &pageSize, const QString &pageToken,
                     PageRequest *request, HttpResponse *error)
{
    std::optional<qint64> size;
    if (!pageSize.isEmpty()) {
        bool ok = false;
        const qint64 value = pageSize.toLongLong(&ok);
        if (!ok) {
            *error = invalidPageSize(pageSize);
            return false;
        }
        size = value;
    }
    return finish(listing, size, pageSize, pageToken, request, error);
}

bool readPageRequest(const QString &listing, std::optional<qint64> pageSize,
                     const QString &pageToken, PageRequest *request, HttpResponse *error)
{
    return finish(listing, pageSize, pageSize ? QString::number(*pageSize) : QString(), pageToken,
                  request, error);
}

// "v1." + one base64url run (no other separator, like Foundry's own tokens): the 12-byte MAC,
// then the payload.
QString encodePageToken(const PageCursor &cursor)
{
    const QByteArray payload = cursor.listing.toUtf8() + '\n' +
                               QByteArray::number(cursor.position) + '\n' + cursor.lastId.toUtf8();
    return QStringLiteral("v1.") +
           QString::fromLatin1(QByteArray(signature(payload) + payload).toBase64(kBase64));
}

std::optional<PageCursor> decodePageToken(const QString &token)
{
    if (!token.startsWith(QLatin1StringView("v1.")))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        token.mid(3).toLatin1(), kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    constexpr qsizetype kMacBytes = 12;
    if (!decoded || decoded.decoded.size() < kMacBytes)
        return std::nullopt;
    const QByteArray payload = decoded.decoded.mid(kMacBytes);
    if (decoded.decoded.left(kMacBytes) != signature(payload))
        return std::nullopt;
    const QList<QByteArray> fields = payload.split('\n');
    if (fields.size() != 3)
        return std::nullopt;
    bool ok = false;
    PageCursor cursor{QString::fromUtf8(fields.at(0)), fields.at(1).toLongLong(&ok),
                      QString::fromUtf8(fields.at(2))};
    if (!ok || cursor.position < 0)
        return std::nullopt;
    return cursor;
}

namespace {

// Where a listing resumes after the cursor's item: where that item was if it has not moved, else
// where it is now, else (it is gone) at the position it had.
// Where the page after `request.cursor` starts among `count` items whose ids `idAt` gives.
qsizetype resumeIndex(qsizetype count, const std::function<QString(qsizetype)> &idAt,
                      const PageRequest &request)
{
    if (!request.cursor)
        return 0;
    const PageCursor &cursor = *request.cursor;
    if (cursor.position >= 0 && cursor.position < count && idAt(cursor.position) == cursor.lastId)
        return cursor.position + 1;
    for (qsizetype at = 0; at < count; ++at) { // the list changed since: find the anchor again
        if (idAt(at) == cursor.lastId)
            return at + 1;
    }
    return qBound<qsizetype>(0, cursor.position, count);
}

qsizetype resumeIndex(const QStringList &ids, const PageRequest &request)
{
    return resumeIndex(
        ids.size(), [&](qsizetype at) { return ids.at(at); }, request);
}

} // namespace

PageSlice slicePage(const QString &listing, const QStringList &ids, const PageRequest &request)
{
    PageSlice slice;
    slice.begin = resumeIndex(ids, request);
    slice.end = qMin(ids.size(), slice.begin + request.pageSize);
    if (slice.end < ids.size() && slice.end > slice.begin)
        slice.nextPageToken = encodePageToken({listing, slice.end - 1, ids.at(slice.end - 1)});
    return slice;
}

FilteredPageSlice sliceFilteredPage(const QString &listing, qsizetype count,
                                    const std::function<QString(qsizetype row)> &idAt,
                                    const std::function<bool(qsizetype row)> &shown,
                                    const PageRequest &request)
{
    FilteredPageSlice slice;
    qsizetype row = resumeIndex(count, idAt, request);
    for (; row < count && slice.rows.size() < request.pageSize; ++row) {
        if (shown(row))
            slice.rows.append(row);
    }
    // A token only when another shown item follows: the last page has none.
    while (row < count && !shown(row))
        ++row;
    if (row < count && !slice.rows.isEmpty()) {
        const qsizetype last = slice.rows.last();
        slice.nextPageToken = encodePageToken({listing, last, idAt(last)});
    }
    return slice;
}

HttpResponse pageResponse(const QJsonArray &data, const QString &nextPageToken)
{
    QJsonObject body{{QStringLiteral("data"), data}};
    if (!nextPageToken.isEmpty())
        body.insert(QStringLiteral("nextPageToken"), nextPageToken);
    return HttpResponse::json(body);
}

HttpResponse pageResponse(const QByteArrayList &data, const QString &nextPageToken)
{
    // Keys in QJsonDocument's (sorted) order, so both overloads give the same bytes.
    QByteArray body = "{\"data\":[" + data.join(',') + ']';
    if (!nextPageToken.isEmpty()) {
        const QByteArray token =
            QJsonDocument(QJsonArray{nextPageToken}).toJson(QJsonDocument::Compact);
        body += ",\"nextPageToken\":" + token.mid(1, token.size() - 2);
    }
    body += '}';
    return HttpResponse::json(std::move(body));
}

} // namespace foundry::admin
