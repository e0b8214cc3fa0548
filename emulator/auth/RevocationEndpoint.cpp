#include "RevocationEndpoint.h"

#include "Directory.h"
#include "TokenStore.h"

namespace foundry::auth {

RevocationEndpoint::RevocationEndpoint(const Directory &directory, TokenStore &tokens)
    : m_directory(directory), m_tokens(tokens)
{
}

std::optional<OAuthError> RevocationEndpoint::revoke(const OAuthFormRequest &request)
{
    if (!request.formUrlEncoded)
        return OAuthError::invalidRequest(
            QStringLiteral("The body must be application/x-www-form-urlencoded."));
    const CredentialsResult credentials =
        extractClientCredentials(request.form, request.authorization);
    if (!credentials.credentials) {
        // RFC 7009 §2.1: a request without client authentication fails it.
        if (credentials.error.error == errors::kInvalidRequest &&
            request.form.value(QStringLiteral("client_id")).isEmpty())
            return OAuthError::invalidClient(QStringLiteral("Client authentication is required."));
        return credentials.error;
    }
    const auto client = resolveClient(m_directory, credentials.credentials->clientId);
    // A missing secret is accepted: revoking only takes access away, and a token can only be
    // revoked by the client it was issued to. A wrong one is still refused.
    const QString &secret = credentials.credentials->secret;
    if (!client || (!secret.isEmpty() && !client->secretMatches(secret)))
        return OAuthError::invalidClient(QStringLiteral("Client authentication failed."));

    const QString token = request.form.value(QStringLiteral("token"));
    if (token.isEmpty())
        return OAuthError::invalidRequest(QStringLiteral("token is required."));
    m_tokens.revoke(token, client->client.clientId); // unknown or foreign: still a success
    return std::nullopt;
}

} // namespace foundry::auth
