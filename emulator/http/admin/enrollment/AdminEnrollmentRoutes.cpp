// GET /enrollments/getCurrent, /enrollments/{enrollmentRid} and its hosts (all preview); the
// enrollment's authentication providers and role assignments are installed from here too.
#include "AdminJson.h"
#include "AdminRoutes.h"
#include "Directory.h"
#include "EnrollmentRouteSupport.h"
#include "Paging.h"

namespace foundry::admin {
namespace {

EndpointRules previewRead()
{
    return {EndpointRules::Access::Read, true, {}};
}

HttpResponse listHosts(const AdminCall &call)
{
    const QString enrollmentRid = enrollmentRidOf(call);
    const QString listing = QStringLiteral("hosts");
    PageRequest page;
    HttpResponse error;
    if (!readPageRequest(listing, call.request.queryValue(QStringLiteral("pageSize")),
                         call.request.queryValue(QStringLiteral("pageToken")), &page, &error))
        return error;
    if (auto missing = enrollmentNotFound(call, enrollmentRid))
        return *missing;
    const QStringList hosts = call.directory.hosts();
    const PageSlice slice = slicePage(listing, hosts, page);
    QJsonArray data;
    for (qsizetype i = slice.begin; i < slice.end; ++i)
        data.append(QJsonObject{{QStringLiteral("hostName"), hosts.at(i)}});
    return pageResponse(data, slice.nextPageToken);
}

} // namespace

void installEnrollmentRoutes(AdminApi &api)
{
    // getCurrent before {enrollmentRid}: the first matching route wins.
    api.add("GET", QStringLiteral("/enrollments/getCurrent"), previewRead(),
            [](const AdminCall &call) {
                return HttpResponse::json(enrollmentJson(call.directory.enrollment()));
            });
    api.add("GET", QStringLiteral("/enrollments/{enrollmentRid}"), previewRead(),
            [](const AdminCall &call) {
                if (auto missing = enrollmentNotFound(call, enrollmentRidOf(call)))
                    return *missing;
                return HttpResponse::json(enrollmentJson(call.directory.enrollment()));
            });
    api.add("GET", QStringLiteral("/enrollments/{enrollmentRid}/hosts"), previewRead(), listHosts);
    installAuthenticationProviderRoutes(api);
    installEnrollmentRoleAssignmentRoutes(api);
}

} // namespace foundry::admin
