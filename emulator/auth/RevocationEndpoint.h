#pragma once

#include "OAuthError.h"
#include "TokenEndpoint.h"

#include <optional>

namespace foundry {
class Directory;
}

namespace foundry::auth {

class TokenStore;

// POST /multipass/api/oauth2/revoke_token (RFC 7009).
class RevocationEndpoint final
{
public:
    RevocationEndpoint(const Directory &directory, TokenStore &tokens);

    // Nothing: answer 200 with an empty body (also for unknown tokens and for tokens of another
    // client, which are left alone). Otherwise the error to send: 400 invalid_request for a
    // body that is not a form, clashing client ids or a missing `token`; 401 invalid_client
    // when the client does not authenticate. `token_type_hint` is accepted and not needed:
    // every token is looked up in one table.
    std::optional<OAuthError> revoke(const OAuthFormRequest &request);

private:
    const Directory &m_directory;
    TokenStore &m_tokens;
};

} // namespace foundry::auth
