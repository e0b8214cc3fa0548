#include "PrincipalQueries.h"

#include "Directory.h"
#include "Permissions.h"

#include <QHash>
#include <QSet>

namespace foundry::admin::users {
namespace {

bool startsWithFolded(const QString &text, const QString &prefix)
{
    return text.startsWith(prefix, Qt::CaseInsensitive);
}

} // namespace

bool userMatchesQuery(const User &user, const QString &query)
{
    return startsWithFolded(user.username, query) || startsWithFolded(user.givenName, query) ||
           startsWithFolded(user.familyName, query);
}

bool groupMatchesQuery(const Group &group, const QString &query)
{
    return startsWithFolded(group.name, query);
}

QList<PrincipalRef> groupMembers(const QList<Group> &groups, const QString &groupId,
                                 bool transitive)
{
    QHash<QString, qsizetype> rowOf;
    for (qsizetype row = 0; row < groups.size(); ++row)
        rowOf.insert(groups.at(row).id, row);

    QList<PrincipalRef> found;
    QSet<QString> seenUsers;
    QSet<QString> seenGroups{groupId};
    QList<QString> queue{groupId};
    for (qsizetype next = 0; next < queue.size(); ++next) {
        const qsizetype row = rowOf.value(queue.at(next), -1);
        if (row < 0)
            continue;
        for (const PrincipalRef &member : groups.at(row).members) {
            QSet<QString> &seen = member.kind == PrincipalKind::User ? seenUsers : seenGroups;
            if (seen.contains(member.id))
                continue;
            seen.insert(member.id);
            found.append(member);
            if (transitive && member.kind == PrincipalKind::Group)
                queue.append(member.id);
        }
    }
    return found;
}

QStringList groupIdsOfUser(const Directory &directory, const QString &userId, bool transitive)
{
    const QList<Group> groups = directory.groups();
    const PrincipalRef user{PrincipalKind::User, userId};
    const QSet<QString> transitiveIds =
        transitive ? auth::Permissions::transitiveGroupIds(directory, userId) : QSet<QString>();
    QStringList ids;
    for (const Group &group : groups) {
        if (transitive ? transitiveIds.contains(group.id) : group.members.contains(user))
            ids.append(group.id);
    }
    return ids;
}

bool wouldCreateCycle(const QList<Group> &groups, const QString &groupId,
                      const PrincipalRef &member)
{
    if (member.kind != PrincipalKind::Group)
        return false;
    if (member.id == groupId)
        return true;
    const QList<PrincipalRef> below = groupMembers(groups, member.id, true);
    return below.contains(PrincipalRef{PrincipalKind::Group, groupId});
}

} // namespace foundry::admin::users
