#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace foundry {
class Directory;
}

namespace foundry::auth {

// Roles → operations (spec/api-admin.md "Roles and permissions"), and the question the Admin
// API asks on every write: may this principal perform this operation on this organization?
class Permissions final
{
public:
    struct Role
    {
        QString id;
        QString name;
        QString description;
        bool isDefault = false;
        QStringList operations;
    };

    // organization-administrator, users-and-groups-administrator, member (the default).
    static const QList<Role> &organizationRoles();
    // enrollment-administrator: every operation on every organization.
    static const Role &enrollmentAdministrator();
    static std::optional<Role> organizationRole(const QString &roleId);
    static QStringList operationsOfRole(const QString &roleId); // empty for an unknown role
    static QStringList allOperations();                         // catalogue order, no repeats

    // The groups the user belongs to, directly or through other groups (cycles are tolerated).
    static QSet<QString> transitiveGroupIds(const Directory &directory, const QString &userId);

    // The operations the user holds on the organization through its own role assignments and
    // those of its groups; an enrollment administrator holds every operation everywhere.
    static QSet<QString> operationsOn(const Directory &directory, const QString &userId,
                                      const QString &organizationRid);

    static bool hasOperation(const Directory &directory, const QString &userId,
                             const QString &operation, const QString &organizationRid);
};

} // namespace foundry::auth
