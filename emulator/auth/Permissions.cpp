#include "Permissions.h"

#include "Defaults.h"
#include "Directory.h"

namespace foundry::auth {
namespace {

QStringList usersAndGroupsOperations()
{
    return {QStringLiteral("multipass:preregister-user"),
            QStringLiteral("multipass:preregister-group"),
            QStringLiteral("multipass:create-group"),
            QStringLiteral("multipass:manage-group-membership"),
            QStringLiteral("multipass:delete-user"),
            QStringLiteral("multipass:revoke-tokens")};
}

QStringList memberOperations()
{
    return {QStringLiteral("multipass:view-users")};
}

QList<Permissions::Role> buildOrganizationRoles()
{
    QStringList administrator = usersAndGroupsOperations() + memberOperations();
    administrator << QStringLiteral("multipass:manage-organization")
                  << QStringLiteral("multipass:manage-organization-roles");
    return {
        {QStringLiteral("organization-administrator"), QStringLiteral("Organization administrator"),
         QStringLiteral("Manages the organization, its roles, users and groups"), false,
         administrator},
        {QStringLiteral("users-and-groups-administrator"),
         QStringLiteral("Users and groups administrator"),
         QStringLiteral("Preregisters, deletes and manages users and groups"), false,
         usersAndGroupsOperations()},
        {QStringLiteral("member"), QStringLiteral("Member"),
         QStringLiteral("Sees the users of the organization"), true, memberOperations()},
    };
}

bool isEnrollmentAdministratorRole(const QString &roleId)
{
    return roleId == defaults::kEnrollmentAdministratorRole;
}

} // namespace

const QList<Permissions::Role> &Permissions::organizationRoles()
{
    static const QList<Role> roles = buildOrganizationRoles();
    return roles;
}

QStringList Permissions::allOperations()
{
    return organizationRoles().first().operations; // the administrator holds all of them
}

const Permissions::Role &Permissions::enrollmentAdministrator()
{
    static const Role role{
        QString(defaults::kEnrollmentAdministratorRole), QStringLiteral("Enrollment administrator"),
        QStringLiteral("Holds every operation on every organization"), false, allOperations()};
    return role;
}

std::optional<Permissions::Role> Permissions::organizationRole(const QString &roleId)
{
    for (const Role &role : organizationRoles()) {
        if (role.id == roleId)
            return role;
    }
    return std::nullopt;
}

QStringList Permissions::operationsOfRole(const QString &roleId)
{
    if (isEnrollmentAdministratorRole(roleId))
        return enrollmentAdministrator().operations;
    const auto role = organizationRole(roleId);
    return role ? role->operations : QStringList{};
}

QSet<QString> Permissions::transitiveGroupIds(const Directory &directory, const QString &userId)
{
    // Walk upwards from the user: each round adds the groups that contain a principal found in
    // the round before. The visited set ends the walk on a membership cycle.
    const QList<Group> groups = directory.groups();
    QSet<QString> found;
    QList<PrincipalRef> frontier{{PrincipalKind::User, userId}};
    while (!frontier.isEmpty()) {
        QList<PrincipalRef> next;
        for (const Group &group : groups) {
            if (found.contains(group.id))
                continue;
            for (const PrincipalRef &member : frontier) {
                if (group.members.contains(member)) {
                    found.insert(group.id);
                    next.append({PrincipalKind::Group, group.id});
                    break;
                }
            }
        }
        frontier = next;
    }
    return found;
}

QSet<QString> Permissions::operationsOn(const Directory &directory, const QString &userId,
                                        const QString &organizationRid)
{
    const QSet<QString> groupIds = transitiveGroupIds(directory, userId);
    QSet<QString> operations;
    const QList<RoleAssignment> assignments = directory.roleAssignments();
    for (const RoleAssignment &assignment : assignments) {
        const PrincipalRef &principal = assignment.principal;
        const bool mine =
            (principal.kind == PrincipalKind::User && principal.id == userId) ||
            (principal.kind == PrincipalKind::Group && groupIds.contains(principal.id));
        if (!mine)
            continue;
        const bool enrollmentWide = isEnrollmentAdministratorRole(assignment.roleId);
        if (!enrollmentWide && assignment.resource != organizationRid)
            continue;
        const QStringList granted = operationsOfRole(assignment.roleId);
        for (const QString &operation : granted)
            operations.insert(operation);
    }
    return operations;
}

bool Permissions::hasOperation(const Directory &directory, const QString &userId,
                               const QString &operation, const QString &organizationRid)
{
    return operationsOn(directory, userId, organizationRid).contains(operation);
}

} // namespace foundry::auth
