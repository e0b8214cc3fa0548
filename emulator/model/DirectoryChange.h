#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace foundry {

enum class EntityKind {
    User,
    Group,
    OAuthClient,
    Organization,
    AuthenticationProvider,
    RoleAssignment,
    FixedToken,
    Enrollment, // the enrollment, its hosts, and the settings
    All,        // the whole state was replaced (load, reset)
};

enum class ChangeType { Added, Updated, Removed, Reset };

// One change to the Directory, as a value: which entity, what happened to it. The id is the
// entity's key: user/group id, client id, organization or provider rid, RoleAssignment::key(),
// or the token string.
struct DirectoryChange final
{
    EntityKind kind = EntityKind::All;
    ChangeType type = ChangeType::Reset;
    QString id;

    friend bool operator==(const DirectoryChange &a, const DirectoryChange &b)
    {
        return a.kind == b.kind && a.type == b.type && a.id == b.id;
    }
};

using DirectoryChanges = QList<DirectoryChange>;

} // namespace foundry

Q_DECLARE_METATYPE(foundry::DirectoryChange)
Q_DECLARE_METATYPE(foundry::DirectoryChanges)
