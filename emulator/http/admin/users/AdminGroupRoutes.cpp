// Groups: list, get, getBatch, search, listCurrent (the reads that answer Group values).
#include "AdminJson.h"
#include "AdminRoutes.h"
#include "Directory.h"
#include "PrincipalQueries.h"
#include "PrincipalRequests.h"
#include "UserAndGroupRoutes.h"

#include <QJsonArray>
#include <QSet>

namespace foundry::admin {
namespace users {
namespace {

HttpResponse groupPage(const QString &listing, const QList<Group> &all,
                       const std::function<bool(const Group &)> &shown, const PageRequest &page)
{
    const FilteredPageSlice slice = sliceFilteredPage(
        listing, all.size(), [&](qsizetype row) { return all.at(row).id; },
        [&](qsizetype row) { return shown(all.at(row)); }, page);
    QJsonArray data;
    for (const qsizetype row : slice.rows)
        data.append(groupJson(all.at(row)));
    return pageResponse(data, slice.nextPageToken);
}

HttpResponse listGroups(const AdminCall &call)
{
    HttpResponse error;
    PageRequest page;
    const QString listing = QStringLiteral("groups");
    if (!readQueryPage(call.request, listing, &page, &error))
        return error;
    return groupPage(
        listing, call.directory.groups(), [](const Group &) { return true; }, page);
}

HttpResponse getGroup(const AdminCall &call)
{
    const QString groupId = call.pathParameter(QStringLiteral("groupId"));
    const std::optional<Group> group = call.directory.groupById(groupId);
    return group ? HttpResponse::json(groupJson(*group)) : groupNotFound(groupId);
}

HttpResponse getGroupsBatch(const AdminCall &call)
{
    HttpResponse error;
    QList<BatchElement> elements;
    if (!readBatch(call.request, "groupId", false, &elements, &error))
        return error;
    QJsonObject data;
    for (const BatchElement &element : elements) {
        if (const std::optional<Group> group = call.directory.groupById(element.id))
            data.insert(group->id, groupJson(*group));
    }
    return HttpResponse::json(QJsonObject{{QStringLiteral("data"), data}});
}

HttpResponse searchGroups(const AdminCall &call)
{
    HttpResponse error;
    SearchRequest search;
    if (!readSearchRequest(call.request, QStringLiteral("groups/search"), &search, &error))
        return error;
    return groupPage(
        search.listing, call.directory.groups(),
        [&](const Group &group) { return groupMatchesQuery(group, search.query); }, search.page);
}

// The caller's groups, direct and through nested groups, in model order; not paged.
HttpResponse listCurrentGroups(const AdminCall &call)
{
    const QStringList ids = groupIdsOfUser(call.directory, call.caller.user.id, true);
    const QSet<QString> mine(ids.cbegin(), ids.cend());
    QJsonArray data;
    for (const Group &group : call.directory.groups()) {
        if (mine.contains(group.id))
            data.append(groupJson(group));
    }
    return HttpResponse::json(QJsonObject{{QStringLiteral("data"), data}});
}

} // namespace
} // namespace users

void installGroupRoutes(AdminApi &api)
{
    using Access = EndpointRules::Access;
    const EndpointRules read{Access::Read, false, {}};
    // The fixed paths come before /groups/{groupId}, which would match them too.
    api.add("GET", QStringLiteral("/groups/listCurrent"), {Access::AnyScope, true, {}},
            users::listCurrentGroups);
    api.add("POST", QStringLiteral("/groups/getBatch"), read, users::getGroupsBatch);
    api.add("POST", QStringLiteral("/groups/search"), read, users::searchGroups);
    api.add("GET", QStringLiteral("/groups"), read, users::listGroups);
    api.add("GET", QStringLiteral("/groups/{groupId}"), read, users::getGroup);
    users::installGroupWriteRoutes(api);
    users::installGroupMemberRoutes(api);
}

} // namespace foundry::admin
