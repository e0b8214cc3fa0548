// Groups: create, replace, delete.
#include "AdminErrors.h"
#include "AdminJson.h"
#include "Directory.h"
#include "PrincipalRequests.h"
#include "UserAndGroupRoutes.h"

namespace foundry::admin::users {
namespace {

// Creating, replacing and deleting a group all take the operation that creates groups.
const QString kCreateGroup = QStringLiteral("multipass:create-group");

QJsonObject groupIdParameter(const QString &groupId)
{
    return {{QStringLiteral("groupId"), groupId}};
}

// The 404 for the first organization of the list that does not exist, if any.
std::optional<HttpResponse> missingOrganization(const AdminCall &call,
                                                const QStringList &organizations)
{
    for (const QString &rid : organizations) {
        if (!call.directory.organization(rid))
            return organizationNotFound(rid);
    }
    return std::nullopt;
}

// The domain rules a group's fields must meet: at least one organization, a name of its own.
std::optional<HttpResponse> groupRuleBroken(const AdminCall &call, const Group &group)
{
    if (group.organizationRids.isEmpty())
        return domainError(QStringLiteral("InvalidGroupOrganizations"), {},
                           QStringLiteral("At least one organization must be given."));
    const std::optional<Group> namesake = call.directory.groupByName(group.name);
    if (namesake && namesake->id != group.id)
        return domainError(QStringLiteral("GroupNameAlreadyExists"),
                           {{QStringLiteral("groupName"), group.name}});
    return std::nullopt;
}

HttpResponse createGroup(const AdminCall &call)
{
    HttpResponse error;
    Group group;
    if (!readGroupFields(call.request, &group, &error))
        return error;
    group.organizationRids.removeDuplicates();
    if (const auto missing = missingOrganization(call, group.organizationRids))
        return *missing;
    if (!canOnAll(call, kCreateGroup, group.organizationRids))
        return permissionDenied(QStringLiteral("CreateGroupPermissionDenied"));
    if (const auto broken = groupRuleBroken(call, group))
        return *broken;
    Group stored;
    if (!call.directory.addGroup(group, nullptr, &stored)) // a namesake created meanwhile
        return domainError(QStringLiteral("GroupNameAlreadyExists"),
                           {{QStringLiteral("groupName"), group.name}});
    return HttpResponse::json(groupJson(stored));
}

// Replaces name, description, organizations and attributes; members and realm stay. Moving a
// group takes the operation both where it is and everywhere it goes.
HttpResponse replaceGroup(const AdminCall &call)
{
    HttpResponse error;
    Group fields;
    if (!readGroupFields(call.request, &fields, &error))
        return error;
    fields.organizationRids.removeDuplicates();
    const QString groupId = call.pathParameter(QStringLiteral("groupId"));
    std::optional<Group> group = call.directory.groupById(groupId);
    if (!group)
        return groupNotFound(groupId);
    if (const auto missing = missingOrganization(call, fields.organizationRids))
        return *missing;
    if (!canOnAny(call, kCreateGroup, group->organizationRids) ||
        !canOnAll(call, kCreateGroup, fields.organizationRids))
        return permissionDenied(QStringLiteral("ReplaceGroupPermissionDenied"),
                                groupIdParameter(groupId));
    group->name = fields.name;
    group->description = fields.description;
    group->organizationRids = fields.organizationRids;
    group->attributes = fields.attributes;
    if (const auto broken = groupRuleBroken(call, *group))
        return *broken;
    if (!call.directory.updateGroup(*group)) { // removed, or its name taken, meanwhile
        if (!call.directory.groupById(groupId))
            return groupNotFound(groupId);
        return domainError(QStringLiteral("GroupNameAlreadyExists"),
                           {{QStringLiteral("groupName"), group->name}});
    }
    return HttpResponse::json(groupJson(*group));
}

// The Directory removes the group's memberships (in other groups) and role assignments with it.
HttpResponse deleteGroup(const AdminCall &call)
{
    const QString groupId = call.pathParameter(QStringLiteral("groupId"));
    const std::optional<Group> group = call.directory.groupById(groupId);
    if (!group)
        return groupNotFound(groupId);
    if (!canOnAny(call, kCreateGroup, group->organizationRids))
        return permissionDenied(QStringLiteral("DeleteGroupPermissionDenied"),
                                groupIdParameter(groupId));
    call.directory.removeGroup(groupId);
    return HttpResponse::noContent();
}

} // namespace

void installGroupWriteRoutes(AdminApi &api)
{
    using Access = EndpointRules::Access;
    api.add("POST", QStringLiteral("/groups"), {Access::Write, false, kCreateGroup}, createGroup);
    api.add("PUT", QStringLiteral("/groups/{groupId}"), {Access::Write, false, {}}, replaceGroup);
    api.add("DELETE", QStringLiteral("/groups/{groupId}"), {Access::Write, false, {}}, deleteGroup);
}

} // namespace foundry::admin::users
