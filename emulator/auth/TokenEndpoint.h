#pragma once

#include "ClientAuthentication.h"
#include "OAuthError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace foundry {
class Directory;
}

namespace foundry::auth {

class CodeStore;
class TokenStore;
struct IssuedTokens;

// A POST to the token or revocation endpoint, as the route has parsed it.
struct OAuthFormRequest final
{
    bool formUrlEncoded = true; // the Content-Type was application/x-www-form-urlencoded
    FormParameters form;        // decoded; for a repeated parameter the last value
    QByteArray authorization;   // the raw Authorization header value, if any
};

// The 200 body of the token endpoint.
struct TokenResponse final
{
    QString accessToken;
    QString tokenType = QStringLiteral("Bearer");
    qint64 expiresIn = 0; // always positive; kNeverExpiresSeconds when tokens never expire
    QStringList scopes;   // `scope`, space-joined; omitted from JSON when empty
    QString refreshToken; // omitted from JSON when empty

    // {access_token, token_type, expires_in, scope?, refresh_token?}; never an id_token.
    QJsonObject toJson() const;
    // The same object as compact JSON, byte for byte what QJsonDocument would write (keys in
    // its sorted order), written directly: building the QJsonObject cost a third of a request.
    QByteArray toJsonBytes() const;
};

struct TokenOutcome final
{
    std::optional<TokenResponse> response;
    OAuthError error; // when response is empty

    bool ok() const { return response.has_value(); }
    static TokenOutcome success(TokenResponse response) { return {std::move(response), {}}; }
    static TokenOutcome failure(OAuthError error) { return {std::nullopt, std::move(error)}; }
};

// The decisions of POST /multipass/api/oauth2/token, in the order of checks of
// spec/api-oauth.md: content type → client_id → grant_type → the grant's own checks.
class TokenEndpoint final
{
public:
    TokenEndpoint(Directory &directory, CodeStore &codes, TokenStore &tokens);

    TokenOutcome exchange(const OAuthFormRequest &request);

private:
    // Unknown, disabled, or without the grant → 401; a wrong non-empty secret → 401.
    std::optional<OAuthError> authenticate(const ClientCredentials &credentials,
                                           QLatin1StringView grant, ResolvedClient *client) const;
    TokenOutcome authorizationCode(const OAuthFormRequest &request,
                                   const ClientCredentials &credentials);
    TokenOutcome refreshToken(const OAuthFormRequest &request,
                              const ClientCredentials &credentials);
    TokenOutcome clientCredentials(const OAuthFormRequest &request,
                                   const ClientCredentials &credentials);
    static TokenResponse responseFor(const IssuedTokens &issued);

    Directory &m_directory;
    CodeStore &m_codes;
    TokenStore &m_tokens;
};

} // namespace foundry::auth
