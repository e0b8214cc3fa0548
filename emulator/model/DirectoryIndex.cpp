#include "DirectoryIndex.h"

namespace foundry {
namespace {

// First entry wins for a key, as duplicates do in the seed format.
template <typename T, typename KeyOf>
void rebuild(QHash<QString, qsizetype> &index, const QList<T> &list, KeyOf keyOf)
{
    index.clear();
    index.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString key = keyOf(list.at(i));
        if (!key.isEmpty() && !index.contains(key))
            index.insert(key, i);
    }
}

} // namespace

DirectoryIndex::DirectoryIndex(DirectoryState state) : data(std::move(state))
{
    reindexUsers();
    reindexGroups();
    reindexClients();
    reindexOrganizations();
    reindexProviders();
    reindexRoleAssignments();
    reindexFixedTokens();
}

void DirectoryIndex::reindexUsers()
{
    rebuild(userById, data.users, [](const User &u) { return u.id; });
    rebuild(userByUsername, data.users, [](const User &u) { return u.username; });
    rebuild(userByClientId, data.users, [](const User &u) { return u.oauthClientId; });
}

void DirectoryIndex::reindexGroups()
{
    rebuild(groupById, data.groups, [](const Group &g) { return g.id; });
    rebuild(groupByName, data.groups, [](const Group &g) { return g.name; });
}

void DirectoryIndex::reindexClients()
{
    rebuild(clientById, data.oauthClients, [](const OAuthClient &c) { return c.clientId; });
}

void DirectoryIndex::reindexOrganizations()
{
    rebuild(organizationByRid, data.organizations, [](const Organization &o) { return o.rid; });
}

void DirectoryIndex::reindexProviders()
{
    rebuild(providerByRid, data.authenticationProviders,
            [](const AuthenticationProvider &p) { return p.rid; });
}

void DirectoryIndex::reindexRoleAssignments()
{
    rebuild(roleAssignmentByKey, data.roleAssignments,
            [](const RoleAssignment &r) { return r.key(); });
}

void DirectoryIndex::reindexFixedTokens()
{
    rebuild(fixedTokenByValue, data.fixedTokens, [](const FixedToken &t) { return t.token; });
}

QStringList DirectoryIndex::removeMembershipsOf(const PrincipalRef &principal)
{
    QStringList changedGroups;
    // Reads first, so that the list is copied (see Directory) only when a group changes.
    for (qsizetype i = 0; i < data.groups.size(); ++i) {
        if (!std::as_const(data.groups).at(i).members.contains(principal))
            continue;
        Group &group = data.groups[i];
        group.members.removeAll(principal);
        changedGroups.append(group.id);
    }
    return changedGroups;
}

QStringList DirectoryIndex::removeRoleAssignmentsOf(const PrincipalRef &principal)
{
    QStringList removedKeys;
    for (const RoleAssignment &assignment : std::as_const(data.roleAssignments)) {
        if (assignment.principal == principal)
            removedKeys.append(assignment.key());
    }
    if (!removedKeys.isEmpty()) {
        data.roleAssignments.removeIf(
            [&](const RoleAssignment &r) { return r.principal == principal; });
        reindexRoleAssignments();
    }
    return removedKeys;
}

} // namespace foundry
