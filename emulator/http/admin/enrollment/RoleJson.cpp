#include "RoleJson.h"

#include <QJsonArray>

namespace foundry::admin {
namespace {

const QString kManageOrganizationRoles = QStringLiteral("multipass:manage-organization-roles");

// The roles a holder of `role` may hand out: whoever manages an organization's roles assigns
// the organization roles, and the enrollment administrator also assigns its own role.
QStringList canAssign(const auth::Permissions::Role &role)
{
    QStringList ids;
    if (!role.operations.contains(kManageOrganizationRoles))
        return ids;
    for (const auto &organizationRole : auth::Permissions::organizationRoles())
        ids.append(organizationRole.id);
    if (role.id == auth::Permissions::enrollmentAdministrator().id)
        ids.append(role.id);
    return ids;
}

} // namespace

QList<auth::Permissions::Role> allRoles()
{
    QList<auth::Permissions::Role> roles = auth::Permissions::organizationRoles();
    roles.append(auth::Permissions::enrollmentAdministrator());
    return roles;
}

QJsonObject coreRoleJson(const auth::Permissions::Role &role)
{
    return {{QStringLiteral("id"), role.id},
            // One role set holds the organization roles (Core.RoleContext has one value).
            {QStringLiteral("roleSetId"), QStringLiteral("organization")},
            {QStringLiteral("name"), role.name},
            {QStringLiteral("description"), role.description},
            {QStringLiteral("isDefault"), role.isDefault},
            {QStringLiteral("type"), QStringLiteral("ORGANIZATION")},
            {QStringLiteral("operations"), QJsonArray::fromStringList(role.operations)}};
}

QJsonObject adminRoleJson(const auth::Permissions::Role &role)
{
    return {{QStringLiteral("id"), role.id},
            {QStringLiteral("displayName"), role.name},
            {QStringLiteral("description"), role.description},
            {QStringLiteral("operations"), QJsonArray::fromStringList(role.operations)},
            {QStringLiteral("canAssigns"), QJsonArray::fromStringList(canAssign(role))}};
}

QJsonObject roleAssignmentJson(const RoleAssignment &assignment)
{
    const bool group = assignment.principal.kind == PrincipalKind::Group;
    return {
        {QStringLiteral("principalType"), group ? QStringLiteral("GROUP") : QStringLiteral("USER")},
        {QStringLiteral("principalId"), assignment.principal.id},
        {QStringLiteral("roleId"), assignment.roleId}};
}

} // namespace foundry::admin
