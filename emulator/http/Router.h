#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "RoutePattern.h"

#include <QByteArrayList>
#include <QList>
#include <functional>

namespace foundry {

// The routing table: method + path pattern → handler. Routes are added before the server starts
// and only read afterwards (the server thread works on its own copy).
//
// dispatch() applies the HTTP rules every route shares: HEAD runs the GET handler (the server
// drops the body), OPTIONS answers a CORS preflight, a known path with another method is a 405
// with `Allow`, an unknown path a 404, each error in the envelope of the path's API family.
class Router final
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    struct RouteInfo
    {
        QByteArray method;
        QString pattern; // readable form: the template or the regex
    };

    // `{name}` segments capture one path segment (see RoutePattern); the first match wins.
    void add(const QByteArray &method, const QString &pathTemplate, Handler handler);
    // An anchored regular expression over the raw path; false (and nothing added) if invalid.
    bool addRegex(const QByteArray &method, const QString &pattern, Handler handler);

    QList<RouteInfo> routes() const;
    bool isEmpty() const { return m_routes.isEmpty(); }
    // The methods a path answers to, as the Allow header lists them (HEAD with GET, OPTIONS);
    // empty when no route matches the path.
    QByteArrayList allowedMethods(QByteArrayView rawPath) const;

    // Never throws: a handler that throws answers 500.
    HttpResponse dispatch(HttpRequest request) const;

private:
    struct Route
    {
        QByteArray method;
        RoutePattern pattern;
        Handler handler;
    };

    static HttpResponse preflight(const HttpRequest &request, const QByteArrayList &allowed);
    struct Match
    {
        const Route *route = nullptr;
        QStringList captures;
        QHash<QString, QString> named;
    };
    static HttpResponse invoke(Match &match, HttpRequest request);

    QList<Route> m_routes;
};

} // namespace foundry
