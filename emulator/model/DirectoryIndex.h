#pragma once

#include "DirectoryState.h"

#include <QHash>

namespace foundry {

// The Directory's data: the state's lists plus hash indexes into them for O(1) lookups.
// Not thread-safe by itself: the Directory guards it with its lock.
class DirectoryIndex final
{
public:
    explicit DirectoryIndex(DirectoryState state);

    DirectoryState data;

    QHash<QString, qsizetype> userById;
    QHash<QString, qsizetype> userByUsername;
    QHash<QString, qsizetype> userByClientId; // first user tied to each OAuth client
    QHash<QString, qsizetype> groupById;
    QHash<QString, qsizetype> groupByName;
    QHash<QString, qsizetype> clientById;
    QHash<QString, qsizetype> organizationByRid;
    QHash<QString, qsizetype> providerByRid;
    QHash<QString, qsizetype> roleAssignmentByKey;
    QHash<QString, qsizetype> fixedTokenByValue;

    // Rebuilt after an insertion or removal shifts positions; an update in place only needs the
    // changed keys, but the lists are small enough outside users that a rebuild is simplest.
    void reindexUsers();
    void reindexGroups();
    void reindexClients();
    void reindexOrganizations();
    void reindexProviders();
    void reindexRoleAssignments();
    void reindexFixedTokens();

    // Drops every group membership and role assignment naming the principal; returns the ids of
    // the groups changed and the keys of the assignments removed.
    QStringList removeMembershipsOf(const PrincipalRef &principal);
    QStringList removeRoleAssignmentsOf(const PrincipalRef &principal);
};

} // namespace foundry
