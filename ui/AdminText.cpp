#include "AdminText.h"

#include "Defaults.h"
#include "Directory.h"
#include "Permissions.h"

#include <QCoreApplication>

namespace foundry::ui::admintext {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("foundry::ui::AdminText", text);
}
} // namespace

QString principalName(const Directory &directory, const PrincipalRef &principal)
{
    if (principal.kind == PrincipalKind::User) {
        const std::optional<User> user = directory.userById(principal.id);
        return user ? user->username : principal.id;
    }
    const std::optional<Group> group = directory.groupById(principal.id);
    return group ? group->name : principal.id;
}

QString principalLabel(const Directory &directory, const PrincipalRef &principal)
{
    const QString name = principalName(directory, principal);
    return principal.kind == PrincipalKind::Group ? tr("%1 (group)").arg(name) : name;
}

QString organizationName(const Directory &directory, const QString &rid)
{
    const std::optional<Organization> organization = directory.organization(rid);
    return organization ? organization->name : rid;
}

QStringList organizationNames(const Directory &directory, const QStringList &rids)
{
    QStringList names;
    for (const QString &rid : rids)
        names.append(organizationName(directory, rid));
    return names;
}

QString roleName(const QString &roleId)
{
    if (roleId == defaults::kEnrollmentAdministratorRole)
        return auth::Permissions::enrollmentAdministrator().name;
    const std::optional<auth::Permissions::Role> role = auth::Permissions::organizationRole(roleId);
    return role ? role->name : roleId;
}

QString resourceName(const Directory &directory, const QString &resource)
{
    if (resource == defaults::kEnrollmentResource)
        return tr("Enrollment: %1").arg(directory.enrollment().name);
    return organizationName(directory, resource);
}

} // namespace foundry::ui::admintext
