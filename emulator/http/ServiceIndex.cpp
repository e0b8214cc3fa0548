#include "ServiceIndex.h"

#include <QJsonArray>
#include <QJsonObject>

#ifndef FOUNDRY_VERSION
#define FOUNDRY_VERSION "unknown"
#endif

namespace foundry {

QString emulatorVersion()
{
    return QStringLiteral(FOUNDRY_VERSION);
}

void installServiceIndex(Router &router)
{
    const QByteArrayList allowed = router.allowedMethods("/");
    if (allowed.contains("GET"))
        return;
    QList<Router::RouteInfo> routes = router.routes();
    routes.prepend({QByteArrayLiteral("GET"), QStringLiteral("/")});
    QJsonArray endpoints;
    for (const Router::RouteInfo &route : routes) {
        endpoints.append(QJsonObject{{QStringLiteral("method"), QString::fromLatin1(route.method)},
                                     {QStringLiteral("path"), route.pattern}});
    }
    const QJsonObject index{{QStringLiteral("service"), QStringLiteral("Foundry emulator")},
                            {QStringLiteral("version"), emulatorVersion()},
                            {QStringLiteral("endpoints"), endpoints}};
    router.add("GET", QStringLiteral("/"),
               [index](const HttpRequest &) { return HttpResponse::json(index); });
}

} // namespace foundry
