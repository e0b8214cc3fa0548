// GroupMembers: list, add, remove.
#include "AdminErrors.h"
#include "Directory.h"
#include "JsonBody.h"
#include "PrincipalQueries.h"
#include "PrincipalRequests.h"
#include "UserAndGroupRoutes.h"

#include <QDateTime>
#include <QJsonArray>

namespace foundry::admin::users {
namespace {

const QString kManageMembership = QStringLiteral("multipass:manage-group-membership");

QJsonObject memberJson(const PrincipalRef &member)
{
    return {{QStringLiteral("principalType"),
             member.kind == PrincipalKind::User ? QStringLiteral("USER") : QStringLiteral("GROUP")},
            {QStringLiteral("principalId"), member.id}};
}

QJsonObject groupIdParameter(const QString &groupId)
{
    return {{QStringLiteral("groupId"), groupId}};
}

// With transitive, nested groups are listed as well as their members.
HttpResponse listMembers(const AdminCall &call)
{
    HttpResponse error;
    bool transitive = false;
    if (!readTransitive(call.request, &transitive, &error))
        return error;
    const QString groupId = call.pathParameter(QStringLiteral("groupId"));
    const QString listing =
        QStringLiteral("groups/") + groupId +
        (transitive ? QStringLiteral("/groupMembers:transitive") : QStringLiteral("/groupMembers"));
    PageRequest page;
    if (!readQueryPage(call.request, listing, &page, &error))
        return error;
    const QList<Group> groups = call.directory.groups();
    const auto found = std::find_if(groups.cbegin(), groups.cend(),
                                    [&](const Group &group) { return group.id == groupId; });
    if (found == groups.cend())
        return groupNotFound(groupId);

    const QList<PrincipalRef> members = groupMembers(groups, groupId, transitive);
    // A user and a group never share an id (both are UUIDs), so ids alone anchor the cursor.
    QStringList ids;
    ids.reserve(members.size());
    for (const PrincipalRef &member : members)
        ids.append(member.id);
    const PageSlice slice = slicePage(listing, ids, page);
    QJsonArray data;
    for (qsizetype row = slice.begin; row < slice.end; ++row)
        data.append(memberJson(members.at(row)));
    return pageResponse(data, slice.nextPageToken);
}

// The body's principalIds (and, for add, a valid optional expiration, which is not modelled).
bool readPrincipalIds(const AdminCall &call, bool withExpiration, QStringList *ids,
                      HttpResponse *error)
{
    QJsonObject body;
    if (!parseObject(call.request, &body, error))
        return false;
    FieldReader fields(body);
    QString expiration;
    if (!fields.requiredStringList("principalIds", ids) ||
        (withExpiration && !fields.optionalString("expiration", &expiration))) {
        *error = fields.error();
        return false;
    }
    if (!expiration.isEmpty() && !QDateTime::fromString(expiration, Qt::ISODateWithMs).isValid()) {
        *error = invalidArgument(QStringLiteral("expiration: expected an ISO 8601 date and time, "
                                                "got \"") +
                                 expiration + u'"');
        return false;
    }
    ids->removeDuplicates();
    return true;
}

// Each id as a user or group reference, or the 404 for the first id that names neither.
bool resolvePrincipals(const AdminCall &call, const QStringList &ids, QList<PrincipalRef> *refs,
                       HttpResponse *error)
{
    for (const QString &id : ids) {
        if (call.directory.userById(id)) {
            refs->append({PrincipalKind::User, id});
        } else if (call.directory.groupById(id)) {
            refs->append({PrincipalKind::Group, id});
        } else {
            *error = principalNotFound(id);
            return false;
        }
    }
    return true;
}

// Changes the group's members: shape, group (404), principals (404), permission, then the rules.
HttpResponse changeMembers(const AdminCall &call, bool adding)
{
    HttpResponse error;
    QStringList ids;
    if (!readPrincipalIds(call, adding, &ids, &error))
        return error;
    const QString groupId = call.pathParameter(QStringLiteral("groupId"));
    std::optional<Group> group = call.directory.groupById(groupId);
    if (!group)
        return groupNotFound(groupId);
    QList<PrincipalRef> principals;
    if (!resolvePrincipals(call, ids, &principals, &error))
        return error;
    if (!canOnAny(call, kManageMembership, group->organizationRids))
        return permissionDenied(adding ? QStringLiteral("AddGroupMembersPermissionDenied")
                                       : QStringLiteral("RemoveGroupMembersPermissionDenied"),
                                groupIdParameter(groupId));
    if (adding) {
        const QList<Group> groups = call.directory.groups();
        for (const PrincipalRef &principal : principals) {
            if (wouldCreateCycle(groups, groupId, principal))
                return domainError(QStringLiteral("GroupMembershipCycle"),
                                   {{QStringLiteral("groupId"), groupId},
                                    {QStringLiteral("principalId"), principal.id}},
                                   QStringLiteral("A group may not contain itself, directly or "
                                                  "through other groups."));
        }
    }
    for (const PrincipalRef &principal : principals) {
        if (adding && !group->members.contains(principal))
            group->members.append(principal);
        else if (!adding)
            group->members.removeAll(principal);
    }
    if (!call.directory.updateGroup(*group)) // removed meanwhile
        return groupNotFound(groupId);
    return HttpResponse::noContent();
}

} // namespace

void installGroupMemberRoutes(AdminApi &api)
{
    using Access = EndpointRules::Access;
    const EndpointRules write{Access::Write, false, kManageMembership};
    api.add("GET", QStringLiteral("/groups/{groupId}/groupMembers"), {Access::Read, false, {}},
            listMembers);
    api.add("POST", QStringLiteral("/groups/{groupId}/groupMembers/add"), write,
            [](const AdminCall &call) { return changeMembers(call, true); });
    api.add("POST", QStringLiteral("/groups/{groupId}/groupMembers/remove"), write,
            [](const AdminCall &call) { return changeMembers(call, false); });
}

} // namespace foundry::admin::users
