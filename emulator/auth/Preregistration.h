#pragma once

#include "Attributes.h"
#include "AuthenticationProvider.h"

#include <QString>
#include <QStringList>

namespace foundry {
class Directory;
}

namespace foundry::auth {

// Preregistration through an authentication provider (spec/api-admin.md, preregisterUser and
// preregisterGroup): the rules the Admin API and the console's "Preregister user…" share. Who
// may preregister is not decided here: callers check the permission first.
class Preregistration final
{
public:
    struct UserRequest
    {
        QString username;
        QString organizationRid;
        QString givenName;
        QString familyName;
        QString email;
        Attributes attributes;
    };

    struct GroupRequest
    {
        QString name;
        QStringList organizationRids;
    };

    enum class Failure
    {
        None,
        OrganizationNotFound,  // `missing` names it
        NoOrganization,        // a group needs at least one organization
        UsernameNotAllowed,    // matches none of the provider's username patterns
        NameTakenInOtherRealm, // the emulator keeps user and group names unique across realms
        Rejected,              // the Directory refused (e.g. an empty name); `message` says why
    };

    struct Outcome
    {
        Failure failure = Failure::None;
        QString id;           // the new or existing user or group
        bool created = false; // false: it existed already (preregistration is idempotent)
        QString missing;      // the organization rid that does not exist
        QString realm;        // for NameTakenInOtherRealm: the realm that holds the name
        QString message;

        bool ok() const { return failure == Failure::None; }
    };

    // Whether the provider accepts the username: it has no patterns, or one of them matches the
    // whole username (an invalid pattern matches nothing).
    static bool usernameAllowed(const AuthenticationProvider &provider, const QString &username);

    // Creates the user active, marked preregistered, in the provider's realm and the request's
    // organization. A user of that name in that realm already is the answer: its id, unchanged.
    static Outcome preregisterUser(Directory &directory, const AuthenticationProvider &provider,
                                   const UserRequest &request);

    // Creates the group in the provider's realm and the listed organizations; a group of that
    // name in that realm already is the answer.
    static Outcome preregisterGroup(Directory &directory, const AuthenticationProvider &provider,
                                    const GroupRequest &request);
};

} // namespace foundry::auth
