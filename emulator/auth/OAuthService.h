#pragma once

#include "AuthorizeFlow.h"
#include "BearerAuthenticator.h"
#include "Clock.h"
#include "CodeStore.h"
#include "RevocationEndpoint.h"
#include "TokenEndpoint.h"
#include "TokenStore.h"

#include <memory>

namespace foundry {
class Directory;
}

namespace foundry::auth {

// Everything the Multipass endpoints decide, over one Directory: the object the HTTP layer
// holds. Each call is thread-safe; routes parse the request, call one method, and render what
// comes back.
class OAuthService final
{
public:
    explicit OAuthService(Directory &directory, std::shared_ptr<const Clock> clock = systemClock());

    // GET /multipass/api/oauth2/authorize
    AuthorizeOutcome authorize(const AuthorizeParameters &parameters) const
    {
        return m_authorize.authorize(parameters);
    }
    // POST /multipass/api/oauth2/authorize/callback
    AuthorizeOutcome authorizeCallback(const AuthorizeParameters &parameters,
                                       const QString &username, bool cancelled)
    {
        return m_authorize.callback(parameters, username, cancelled);
    }
    // POST /multipass/api/oauth2/token
    TokenOutcome token(const OAuthFormRequest &request)
    {
        return m_tokenEndpoint.exchange(request);
    }
    // POST /multipass/api/oauth2/revoke_token: nothing means 200 with an empty body.
    std::optional<OAuthError> revoke(const OAuthFormRequest &request)
    {
        return m_revocation.revoke(request);
    }
    // Every bearer-protected route (/multipass/api/me, /multipass/api/token/ttl, /api/...).
    BearerResult authenticate(QByteArrayView authorizationHeader) const
    {
        return m_bearer.authenticate(authorizationHeader);
    }
    MeInfo me(const BearerIdentity &identity) const { return BearerAuthenticator::me(identity); }
    qint64 ttlSeconds(const BearerIdentity &identity) const
    {
        return m_bearer.ttlSeconds(identity);
    }

    TokenStore &tokens() { return m_tokens; } // the console's Tokens dock, revokeAllTokens
    const TokenStore &tokens() const { return m_tokens; }
    CodeStore &codes() { return m_codes; }
    const Clock &clock() const { return *m_clock; }

private:
    std::shared_ptr<const Clock> m_clock;
    CodeStore m_codes;
    TokenStore m_tokens;
    AuthorizeFlow m_authorize;
    TokenEndpoint m_tokenEndpoint;
    RevocationEndpoint m_revocation;
    BearerAuthenticator m_bearer;
};

} // namespace foundry::auth
