#include "Router.h"

#include "ProtocolErrors.h"

#include <exception>

namespace foundry {

namespace {

const QByteArrayList &canonicalMethodOrder()
{
    static const QByteArrayList order = {"GET",   "HEAD",   "POST",   "PUT",
                                         "PATCH", "DELETE", "OPTIONS"};
    return order;
}

// Adds HEAD where GET is allowed and OPTIONS always, in a stable order.
QByteArrayList normalizedAllow(const QByteArrayList &methods)
{
    QByteArrayList present = methods;
    if (present.contains("GET"))
        present.append("HEAD");
    present.append("OPTIONS");
    QByteArrayList result;
    for (const QByteArray &method : canonicalMethodOrder()) {
        if (present.contains(method))
            result.append(method);
    }
    for (const QByteArray &method : present) { // methods outside the usual set, if any
        if (!result.contains(method))
            result.append(method);
    }
    return result;
}

} // namespace

void Router::add(const QByteArray &method, const QString &pathTemplate, Handler handler)
{
    m_routes.append(
        {method.toUpper(), RoutePattern::fromTemplate(pathTemplate), std::move(handler)});
}

bool Router::addRegex(const QByteArray &method, const QString &pattern, Handler handler)
{
    RoutePattern routePattern = RoutePattern::fromRegex(pattern);
    if (!routePattern.isValid())
        return false;
    m_routes.append({method.toUpper(), std::move(routePattern), std::move(handler)});
    return true;
}

QList<Router::RouteInfo> Router::routes() const
{
    QList<RouteInfo> result;
    result.reserve(m_routes.size());
    for (const Route &route : m_routes)
        result.append({route.method, route.pattern.display()});
    return result;
}

QByteArrayList Router::allowedMethods(QByteArrayView rawPath) const
{
    QByteArrayList methods;
    for (const Route &route : m_routes) {
        QStringList captures;
        QHash<QString, QString> named;
        if (route.pattern.match(rawPath, &captures, &named) && !methods.contains(route.method))
            methods.append(route.method);
    }
    return methods.isEmpty() ? methods : normalizedAllow(methods);
}

HttpResponse Router::dispatch(HttpRequest request) const
{
    // The common case first: the first route of the request's method whose path matches.
    // Comparing the method first skips most patterns.
    for (const Route &route : m_routes) {
        if (route.method != request.method)
            continue;
        Match match{&route, {}, {}};
        if (route.pattern.match(request.rawPath, &match.captures, &match.named))
            return invoke(match, std::move(request));
    }

    // No route of that method: HEAD as GET, a preflight, 405 or 404.
    Match get; // answers HEAD when no HEAD route exists
    QByteArrayList methods;
    for (const Route &route : m_routes) {
        Match match{&route, {}, {}};
        if (!route.pattern.match(request.rawPath, &match.captures, &match.named))
            continue;
        if (!methods.contains(route.method))
            methods.append(route.method);
        if (!get.route && route.method == "GET")
            get = std::move(match);
    }

    if (get.route && request.method == "HEAD")
        return invoke(get, std::move(request));
    if (request.method == "OPTIONS")
        return preflight(request,
                         methods.isEmpty() ? canonicalMethodOrder() : normalizedAllow(methods));
    if (methods.isEmpty())
        return ProtocolErrors::notFound(request.path, request.method);
    return ProtocolErrors::methodNotAllowed(request.path, request.method,
                                            normalizedAllow(methods).join(", "));
}

HttpResponse Router::preflight(const HttpRequest &request, const QByteArrayList &allowed)
{
    HttpResponse response = HttpResponse::noContent();
    const QByteArray methods = allowed.join(", ");
    // Echoing the requested headers lets any browser app through: this is a local emulator.
    QByteArray headers = request.header("access-control-request-headers");
    if (headers.isEmpty())
        headers = QByteArrayLiteral("Authorization, Content-Type, Accept");
    response.headers.set("Allow", methods);
    response.headers.set("Access-Control-Allow-Methods", methods);
    response.headers.set("Access-Control-Allow-Headers", headers);
    response.headers.set("Access-Control-Max-Age", "86400");
    return response;
}

HttpResponse Router::invoke(Match &match, HttpRequest request)
{
    request.captures = std::move(match.captures);
    request.pathParameters = std::move(match.named);
    // An exception must never unwind through Qt's event loop (it would end the server thread).
    try {
        return match.route->handler(request);
    } catch (const std::exception &error) {
        return ProtocolErrors::internalError(request.path, QString::fromUtf8(error.what()));
    } catch (...) {
        return ProtocolErrors::internalError(request.path, QStringLiteral("Unexpected error"));
    }
}

} // namespace foundry
