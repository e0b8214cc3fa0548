#include "RedirectUri.h"

#include <QUrl>

namespace foundry::auth::redirects {
namespace {

QUrl parse(const QString &uri)
{
    return QUrl(uri, QUrl::StrictMode);
}

bool needsHost(const QString &scheme)
{
    return scheme == u"http" || scheme == u"https";
}

int defaultPort(const QString &scheme)
{
    if (scheme == u"http")
        return 80;
    if (scheme == u"https")
        return 443;
    return -1;
}

// Port -1 (none) and the scheme's default port are the same port.
int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int port = url.port(-1);
    return port == defaultPort(scheme) ? -1 : port;
}

QString pathWithoutTrailingSlashes(const QUrl &url)
{
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

} // namespace

bool isAbsolute(const QString &uri)
{
    const QUrl url = parse(uri);
    if (!url.isValid() || url.scheme().isEmpty())
        return false;
    return !needsHost(url.scheme().toLower()) || !url.host().isEmpty();
}

bool matches(const QString &registered, const QString &given)
{
    const QUrl a = parse(registered);
    const QUrl b = parse(given);
    if (!a.isValid() || !b.isValid() || !isAbsolute(given))
        return false;
    // QUrl already lower-cases the scheme and the host; compare case-insensitively anyway so
    // that the rule does not hang on that detail.
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           effectivePort(a) == effectivePort(b) && a.userInfo() == b.userInfo() &&
           pathWithoutTrailingSlashes(a) == pathWithoutTrailingSlashes(b);
}

bool matchesAny(const QStringList &registered, const QString &given)
{
    for (const QString &uri : registered) {
        if (matches(uri, given))
            return true;
    }
    return false;
}

QString withQueryParameters(const QString &uri, const QList<QPair<QString, QString>> &parameters)
{
    QUrl url = parse(uri);
    // Built by hand: QUrlQuery leaves '+' unencoded, which form decoders read as a space.
    QString query = url.query(QUrl::FullyEncoded);
    for (const auto &[name, value] : parameters) {
        if (!query.isEmpty())
            query += u'&';
        query += QString::fromLatin1(QUrl::toPercentEncoding(name)) + u'=' +
                 QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    url.setQuery(query, QUrl::StrictMode);
    url.setFragment(QString());
    return url.toString(QUrl::FullyEncoded);
}

} // namespace foundry::auth::redirects
