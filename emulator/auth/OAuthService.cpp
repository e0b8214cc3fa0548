#include "OAuthService.h"

namespace foundry::auth {

OAuthService::OAuthService(Directory &directory, std::shared_ptr<const Clock> clock)
    : m_clock(std::move(clock)), m_codes(m_clock), m_tokens(m_clock),
      m_authorize(directory, m_codes), m_tokenEndpoint(directory, m_codes, m_tokens),
      m_revocation(directory, m_tokens), m_bearer(directory, m_tokens, m_clock)
{
}

} // namespace foundry::auth
