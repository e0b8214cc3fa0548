#pragma once

#include "AuthenticationProvider.h"
#include "FixedToken.h"
#include "Group.h"
#include "OAuthClient.h"
#include "Organization.h"
#include "User.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace foundry {

// Everything a seed file describes, as plain values: what the seed reader produces, what the
// writer saves, and what the Directory serves. Lists are in model (file) order.
struct DirectoryState final
{
    std::optional<int> port;                          // `foundry.port`
    int tokenLifetimeSeconds = 3600;                  // 0: tokens never expire
    Enrollment enrollment;                            // always present
    QStringList hosts;                                // default: [localhost]
    QList<Organization> organizations;                // the default organization comes first
    QList<User> users;                                // the built-in admin unless the seed has one
    QList<Group> groups;
    QList<OAuthClient> oauthClients;
    QList<AuthenticationProvider> authenticationProviders;
    QList<RoleAssignment> roleAssignments;
    QList<FixedToken> fixedTokens;
    ExtraFields topLevelExtras;                       // unknown top-level keys
    ExtraFields foundryExtras;                        // unknown and not-yet-supported `foundry:` keys

    // The state of an empty seed: default enrollment, organization, host, the built-in admin and
    // its enrollment-administrator role.
    static DirectoryState withDefaults();
    static User builtInAdmin();
    static Organization defaultOrganization();
    static Enrollment defaultEnrollment();
    static QList<RoleAssignment> defaultRoleAssignments(const QString &adminUserId);

    friend bool operator==(const DirectoryState &a, const DirectoryState &b);
    friend bool operator!=(const DirectoryState &a, const DirectoryState &b) { return !(a == b); }
};

QString newUuid(); // random v4, lower case, without braces

} // namespace foundry
