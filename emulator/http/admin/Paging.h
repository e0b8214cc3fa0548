#pragma once

#include "HttpResponse.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace foundry::admin {

// Where a listing resumes: opaque to clients (`v1.` + base64url), signed with a per-process key
// so that a token this server did not issue is refused (InvalidPageToken). It names the last
// item returned and its position, so adding or removing other items between two pages makes
// no item repeat or vanish.
struct PageCursor
{
    QString listing; // which listing issued it: a token is not valid for another one
    qsizetype position = 0;
    QString lastId;
};

struct PageRequest
{
    int pageSize = 100;
    std::optional<PageCursor> cursor;
};

inline constexpr int kDefaultPageSize = 100;
inline constexpr int kMaximumPageSize = 1000;

// Reads pageSize and pageToken (from the query, or a search body's values). On failure `error`
// is InvalidPageSize or InvalidPageToken.
bool readPageRequest(const QString &listing, const QString &pageSize, const QString &pageToken,
                     PageRequest *request, HttpResponse *error);
bool readPageRequest(const QString &listing, std::optional<qint64> pageSize,
                     const QString &pageToken, PageRequest *request, HttpResponse *error);

QString encodePageToken(const PageCursor &cursor);
std::optional<PageCursor> decodePageToken(const QString &token);

// One page of `ids` (in listing order): the index range to return, and the next token, empty on
// the last page.
struct PageSlice
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QString nextPageToken;
};
PageSlice slicePage(const QString &listing, const QStringList &ids, const PageRequest &request);

// One page of a filtered listing over `count` items in a stable order (e.g. all users, deleted
// ones included) whose ids `idAt` gives, rather than a list of every id (a listing of 100,000
// users would otherwise copy them all for each page); `shown` says which of them it shows now
// (the active ones). The cursor anchors on that order, so an item hidden between two pages (a
// user deleted meanwhile) still marks where the previous page ended and nothing after it repeats
// or vanishes. `rows` are indexes into the order.
struct FilteredPageSlice
{
    QList<qsizetype> rows;
    QString nextPageToken;
};
FilteredPageSlice sliceFilteredPage(const QString &listing, qsizetype count,
                                    const std::function<QString(qsizetype row)> &idAt,
                                    const std::function<bool(qsizetype row)> &shown,
                                    const PageRequest &request);

// {"data": [...], "nextPageToken"?: ...}
HttpResponse pageResponse(const QJsonArray &data, const QString &nextPageToken);
// The same from items already serialised as compact JSON (userJsonBytes), spliced as they are.
HttpResponse pageResponse(const QByteArrayList &data, const QString &nextPageToken);

} // namespace foundry::admin
