#include "TokenEndpoint.h"

#include "BearerAuthenticator.h"
#include "Directory.h"
#include "Scopes.h"
#include "TokenStore.h"

namespace foundry::auth {

QJsonObject TokenResponse::toJson() const
{
    QJsonObject body{{QStringLiteral("access_token"), accessToken},
                     {QStringLiteral("token_type"), tokenType},
                     {QStringLiteral("expires_in"), expiresIn}};
    if (!scopes.isEmpty())
        body.insert(QStringLiteral("scope"), scopes::join(scopes));
    if (!refreshToken.isEmpty())
        body.insert(QStringLiteral("refresh_token"), refreshToken);
    return body;
}

TokenEndpoint::TokenEndpoint(Directory &directory, CodeStore &codes, TokenStore &tokens)
    : m_directory(directory), m_codes(codes), m_tokens(tokens)
{
}

TokenOutcome TokenEndpoint::exchange(const OAuthFormRequest &request)
{
    if (!request.formUrlEncoded)
        return TokenOutcome::failure(OAuthError::invalidRequest(
            QStringLiteral("The body must be application/x-www-form-urlencoded.")));
    const CredentialsResult credentials =
        extractClientCredentials(request.form, request.authorization);
    if (!credentials.credentials)
        return TokenOutcome::failure(credentials.error);

    const QString grantType = request.form.value(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return TokenOutcome::failure(
            OAuthError::invalidRequest(QStringLiteral("grant_type is required.")));
    if (grantType == grants::kAuthorizationCode)
        return authorizationCode(request, *credentials.credentials);
    if (grantType == grants::kRefreshToken)
        return refreshToken(request, *credentials.credentials);
    if (grantType == grants::kClientCredentials)
        return clientCredentials(request, *credentials.credentials);
    return TokenOutcome::failure(OAuthError::unsupportedGrantType(
        QStringLiteral("The grant type \"%1\" is not supported.").arg(grantType)));
}

std::optional<OAuthError> TokenEndpoint::authenticate(const ClientCredentials &credentials,
                                                      QLatin1StringView grant,
                                                      ResolvedClient *client) const
{
    const auto resolved = resolveClient(m_directory, credentials.clientId);
    if (!resolved || !resolved->allowsGrant(grant))
        return OAuthError::invalidClient(
            QStringLiteral("Unknown or disabled client, or the client may not use this grant."));
    if (!credentials.secret.isEmpty() && !resolved->secretMatches(credentials.secret))
        return OAuthError::invalidClient(QStringLiteral("Client authentication failed."));
    *client = *resolved;
    return std::nullopt;
}

TokenResponse TokenEndpoint::responseFor(const IssuedTokens &issued)
{
    TokenResponse response;
    response.accessToken = issued.accessToken;
    response.expiresIn = issued.expiresAtMsecs
                             ? (*issued.expiresAtMsecs - issued.issuedAtMsecs) / 1000
                             : kNeverExpiresSeconds;
    response.scopes = issued.scopes;
    response.refreshToken = issued.refreshToken;
    return response;
}

} // namespace foundry::auth
