// grant_type=authorization_code (spec/api-oauth.md), in the spec's order of checks.
#include "TokenEndpoint.h"

#include "CodeStore.h"
#include "Directory.h"
#include "Scopes.h"
#include "TokenStore.h"

namespace foundry::auth {

TokenOutcome TokenEndpoint::authorizationCode(const OAuthFormRequest &request,
                                              const ClientCredentials &credentials)
{
    const QString code = request.form.value(QStringLiteral("code"));
    if (code.isEmpty())
        return TokenOutcome::failure(
            OAuthError::invalidRequest(QStringLiteral("code is required.")));
    ResolvedClient client;
    if (const auto error = authenticate(credentials, grants::kAuthorizationCode, &client))
        return TokenOutcome::failure(*error);

    const auto stored = m_codes.find(code);
    if (!stored)
        return TokenOutcome::failure(OAuthError::invalidGrant(
            QStringLiteral("The authorization code is unknown, expired or already used.")));
    if (stored->clientId != credentials.clientId) {
        m_codes.burn(code); // someone else holds it: it must not work for its owner either
        return TokenOutcome::failure(OAuthError::invalidGrant(
            QStringLiteral("The authorization code was issued to another client.")));
    }
    // Without a secret, only PKCE proves that the caller is the one that started the sign-in.
    const bool secretProven = client.isConfidential() && !credentials.secret.isEmpty();
    if (!client.openMode && !secretProven && !stored->usesPkce())
        return TokenOutcome::failure(OAuthError::invalidClient(
            client.isConfidential()
                ? QStringLiteral("Send the client secret or use PKCE.")
                : QStringLiteral("A public client must use PKCE (code_challenge).")));

    const QString redirectUri = request.form.value(QStringLiteral("redirect_uri"));
    if (!redirectUri.isEmpty() && redirectUri != stored->redirectUri) {
        m_codes.burn(code);
        return TokenOutcome::failure(OAuthError::invalidGrant(
            QStringLiteral("redirect_uri differs from the one used to authorize.")));
    }
    if (stored->usesPkce() && !pkce::verify(stored->codeChallengeMethod, stored->codeChallenge,
                                            request.form.value(QStringLiteral("code_verifier"))))
        return TokenOutcome::failure(OAuthError::invalidGrant(
            QStringLiteral("The code_verifier is missing or does not match the code_challenge.")));

    const auto user = m_directory.userById(stored->userId);
    if (!user || !user->active)
        return TokenOutcome::failure(OAuthError::invalidGrant(
            QStringLiteral("The user who signed in no longer exists or is deactivated.")));
    if (!m_codes.redeem(code)) // a concurrent exchange won the race
        return TokenOutcome::failure(OAuthError::invalidGrant(
            QStringLiteral("The authorization code is unknown, expired or already used.")));

    const bool withRefresh = stored->scopes.contains(scopes::kOfflineAccess) &&
                             client.allowsGrant(grants::kRefreshToken);
    const IssuedTokens issued =
        m_tokens.issue({user->id, credentials.clientId, stored->scopes},
                       m_directory.tokenLifetimeSeconds(), withRefresh, stored->usesPkce());
    return TokenOutcome::success(responseFor(issued));
}

} // namespace foundry::auth
