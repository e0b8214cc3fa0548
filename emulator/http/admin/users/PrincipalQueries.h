#pragma once

#include "Group.h"
#include "User.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace foundry {
class Directory;
}

// The business rules behind the Users, Groups and GroupMembers endpoints that are not HTTP:
// search matching, membership expansion and cycle detection. Pure functions over model values.
namespace foundry::admin::users {

// Case-insensitive prefix match on the username, given name or family name.
bool userMatchesQuery(const User &user, const QString &query);
// Case-insensitive prefix match on the group's name.
bool groupMatchesQuery(const Group &group, const QString &query);

// The group's members; with `transitive`, also the members of its nested groups, each principal
// once, breadth first (a group's own members before those of its subgroups). Cycles in the
// model (a seed may hold one) end the walk instead of looping.
QList<PrincipalRef> groupMembers(const QList<Group> &groups, const QString &groupId,
                                 bool transitive);

// The ids of the groups the user belongs to (directly, or also through nested groups), in model
// order.
QStringList groupIdsOfUser(const Directory &directory, const QString &userId, bool transitive);

// Whether adding `member` to the group would make a group contain itself, directly or through
// other groups: true for the group itself, or for a group that already contains it transitively.
bool wouldCreateCycle(const QList<Group> &groups, const QString &groupId,
                      const PrincipalRef &member);

} // namespace foundry::admin::users
