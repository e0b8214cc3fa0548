#include "ServicePrincipals.h"

#include "Defaults.h"
#include "Directory.h"

namespace foundry::auth {
namespace {

std::optional<User> findExisting(const Directory &directory, const QString &clientId)
{
    if (auto user = directory.userByOAuthClientId(clientId))
        return user;
    return directory.userByUsername(clientId);
}

} // namespace

std::optional<User> resolveServicePrincipal(Directory &directory, const OAuthClient &client,
                                            QString *error)
{
    if (auto existing = findExisting(directory, client.clientId))
        return existing;
    User principal;
    principal.username = client.clientId;
    principal.displayName = client.effectiveName();
    principal.principalType = PrincipalType::Service;
    principal.realm = defaults::kRealm;
    principal.oauthClientId = client.clientId; // ties it to the client even if renamed later
    principal.active = true;
    User stored;
    if (directory.addUser(principal, error, &stored))
        return stored;
    // Two first calls raced and the other one created it: use that one.
    return findExisting(directory, client.clientId);
}

} // namespace foundry::auth
