#include "ScopePolicy.h"

#include "Scopes.h"

namespace foundry::auth::scopes {

QString firstDisallowed(const ResolvedClient &resolved, const QStringList &requested)
{
    if (resolved.openMode)
        return {};
    const OAuthClient &client = resolved.client;
    for (const QString &scope : requested) {
        if (scope == kOfflineAccess)
            continue;
        if (!client.allowedScopes.isEmpty() && !client.allowedScopes.contains(scope))
            return scope;
        if (client.osdk && !isApiScope(scope))
            return scope;
    }
    return {};
}

QStringList clientCredentialsDefault(const OAuthClient &client)
{
    if (client.scopeRestrictions)
        return *client.scopeRestrictions;
    return client.allowedScopes;
}

QStringList restrictTo(const OAuthClient &client, const QStringList &scopes)
{
    if (!client.scopeRestrictions)
        return scopes;
    QStringList granted;
    for (const QString &scope : scopes) {
        if (client.scopeRestrictions->contains(scope))
            granted.append(scope);
    }
    return granted;
}

} // namespace foundry::auth::scopes
