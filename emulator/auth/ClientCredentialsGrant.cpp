// grant_type=client_credentials (spec/api-oauth.md): the token acts as the client's service
// principal and never comes with a refresh token.
#include "TokenEndpoint.h"

#include "Directory.h"
#include "ScopePolicy.h"
#include "Scopes.h"
#include "ServicePrincipals.h"
#include "TokenStore.h"

namespace foundry::auth {

TokenOutcome TokenEndpoint::clientCredentials(const OAuthFormRequest &request,
                                              const ClientCredentials &credentials)
{
    const auto resolved = resolveClient(m_directory, credentials.clientId);
    if (!resolved || !resolved->allowsGrant(grants::kClientCredentials))
        return TokenOutcome::failure(OAuthError::invalidClient(
            QStringLiteral("Unknown or disabled client, or the client may not use this grant.")));
    const ResolvedClient &client = *resolved;
    if (!client.openMode && credentials.secret.isEmpty())
        return TokenOutcome::failure(
            OAuthError::invalidRequest(QStringLiteral("client_secret is required.")));
    if (!client.secretMatches(credentials.secret))
        return TokenOutcome::failure(
            OAuthError::invalidClient(QStringLiteral("Client authentication failed.")));

    // offline_access is ignored: Palantir's Python SDK always adds it.
    QStringList requested = scopes::parse(request.form.value(QStringLiteral("scope")));
    requested.removeAll(QString(scopes::kOfflineAccess));
    const QString disallowed = scopes::firstDisallowed(client, requested);
    if (!disallowed.isEmpty())
        return TokenOutcome::failure(OAuthError::invalidScope(
            QStringLiteral("The client may not request the scope \"%1\".").arg(disallowed)));
    if (requested.isEmpty()) {
        requested = scopes::clientCredentialsDefault(client.client);
        requested.removeAll(QString(scopes::kOfflineAccess));
    }
    const QStringList granted = scopes::restrictTo(client.client, requested);

    QString error;
    const auto principal = resolveServicePrincipal(m_directory, client.client, &error);
    if (!principal)
        return TokenOutcome::failure(
            {500, QStringLiteral("server_error"),
             QStringLiteral("The service user could not be created: %1").arg(error)});
    if (!principal->active)
        return TokenOutcome::failure(
            OAuthError::invalidGrant(QStringLiteral("The service user is deactivated.")));

    const IssuedTokens issued = m_tokens.issue({principal->id, credentials.clientId, granted},
                                               m_directory.tokenLifetimeSeconds());
    return TokenOutcome::success(responseFor(issued));
}

} // namespace foundry::auth
