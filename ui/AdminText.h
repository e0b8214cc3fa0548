#pragma once

#include "Group.h"
#include "Organization.h"

#include <QString>
#include <QStringList>

namespace foundry {
class Directory;
}

// How the admin pages name things: a principal by its username or group name, organizations by
// name, roles by their display name. Unknown ids are shown as they are, never hidden.
namespace foundry::ui::admintext {

QString principalName(const Directory &directory, const PrincipalRef &principal);
// "alice", or "dispatchers (group)".
QString principalLabel(const Directory &directory, const PrincipalRef &principal);
QString organizationName(const Directory &directory, const QString &rid);
QStringList organizationNames(const Directory &directory, const QStringList &rids);
// Organization roles and the enrollment administrator; an unknown id as it is.
QString roleName(const QString &roleId);
// The enrollment (defaults::kEnrollmentResource) or an organization, by name.
QString resourceName(const Directory &directory, const QString &resource);

} // namespace foundry::ui::admintext
