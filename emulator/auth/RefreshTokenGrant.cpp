// grant_type=refresh_token (spec/api-oauth.md): rotation on every use, reuse revokes the family.
#include "TokenEndpoint.h"

#include "Directory.h"
#include "Scopes.h"
#include "TokenStore.h"

namespace foundry::auth {

TokenOutcome TokenEndpoint::refreshToken(const OAuthFormRequest &request,
                                         const ClientCredentials &credentials)
{
    const QString token = request.form.value(QStringLiteral("refresh_token"));
    if (token.isEmpty())
        return TokenOutcome::failure(
            OAuthError::invalidRequest(QStringLiteral("refresh_token is required.")));
    ResolvedClient client;
    if (const auto error = authenticate(credentials, grants::kRefreshToken, &client))
        return TokenOutcome::failure(*error);

    const auto invalid = [](const QString &description) {
        return TokenOutcome::failure(OAuthError::invalidGrant(description));
    };
    const auto stored = m_tokens.refreshToken(token);
    if (!stored || stored->clientId != credentials.clientId) // another client's: not burned
        return invalid(QStringLiteral("The refresh token is unknown or was issued to another "
                                      "client."));
    // The PKCE rule of the code exchange carries over: a confidential client that sends no
    // secret may only refresh a sign-in it proved with PKCE.
    const bool secretProven = client.isConfidential() && !credentials.secret.isEmpty();
    if (!client.openMode && !secretProven && !stored->signedInWithPkce)
        return TokenOutcome::failure(
            OAuthError::invalidClient(QStringLiteral("Send the client secret.")));
    if (stored->state == TokenState::Revoked)
        return invalid(QStringLiteral("The refresh token was revoked."));
    if (stored->state == TokenState::Rotated) {
        // Presenting a rotated token is reuse: rotate() refuses it and revokes the family.
        m_tokens.rotate(token, credentials.clientId, {}, 0);
        return invalid(QStringLiteral("The refresh token was already used; every token of this "
                                      "sign-in is now revoked."));
    }

    const auto user = m_directory.userById(stored->userId);
    if (!user || !user->active)
        return invalid(QStringLiteral("The user no longer exists or is deactivated."));

    // `scope` may narrow the original grant (RFC 6749 §6); absent or blank means all of it.
    QStringList accessScopes = stored->scopes;
    const QStringList requested = scopes::parse(request.form.value(QStringLiteral("scope")));
    if (!requested.isEmpty()) {
        accessScopes = requested;
        for (const QString &scope : std::as_const(accessScopes)) {
            if (!stored->scopes.contains(scope))
                return TokenOutcome::failure(OAuthError::invalidScope(
                    QStringLiteral("The scope \"%1\" was not part of the original grant.")
                        .arg(scope)));
        }
    }

    const auto rotated = m_tokens.rotate(token, credentials.clientId, accessScopes,
                                         m_directory.tokenLifetimeSeconds());
    switch (rotated.status) {
    case TokenStore::RotateStatus::Rotated:
        return TokenOutcome::success(responseFor(rotated.tokens));
    case TokenStore::RotateStatus::Reused: // a concurrent refresh rotated it first
        return invalid(QStringLiteral("The refresh token was already used; every token of this "
                                      "sign-in is now revoked."));
    case TokenStore::RotateStatus::Revoked:
        return invalid(QStringLiteral("The refresh token was revoked."));
    case TokenStore::RotateStatus::Unknown:
    case TokenStore::RotateStatus::WrongClient:
        break;
    }
    return invalid(QStringLiteral("The refresh token is unknown."));
}

} // namespace foundry::auth
