#include "SeedRules.h"

#include "Defaults.h"

#include <QRegularExpression>

namespace foundry::seed {

bool isValidRid(const QString &rid)
{
    static const QRegularExpression pattern(
        QStringLiteral("^ri\\.[a-z0-9-]+\\.[a-z0-9-]*\\.[a-z0-9-]+\\.[A-Za-z0-9._-]+$"));
    return pattern.match(rid).hasMatch();
}

bool isValidUuid(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return pattern.match(id).hasMatch();
}

std::optional<RoleScope> roleScope(const QString &roleId)
{
    if (roleId == defaults::kEnrollmentAdministratorRole)
        return RoleScope::Enrollment;
    if (roleId == u"organization-administrator" || roleId == u"users-and-groups-administrator" ||
        roleId == u"member")
        return RoleScope::Organization;
    return std::nullopt;
}

QStringList knownRoleIds()
{
    return {QString(defaults::kEnrollmentAdministratorRole),
            QStringLiteral("organization-administrator"),
            QStringLiteral("users-and-groups-administrator"), QStringLiteral("member")};
}

} // namespace foundry::seed
