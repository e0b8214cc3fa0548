#pragma once

#include "HttpResponse.h"
#include "OAuthError.h" // foundry::auth::OAuthError, the one OAuth error value

namespace foundry {

using auth::OAuthError;

// {"error", "error_description"} with Cache-Control: no-store (RFC 6749 §5.1).
HttpResponse oauthErrorResponse(const OAuthError &error);

} // namespace foundry
