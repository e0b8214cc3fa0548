#pragma once

#include "BearerAuthenticator.h"
#include "HttpResponse.h"

namespace foundry {

// 401 `Default:Unauthorized` in Foundry's envelope, as every bearer-protected route answers it:
// parameters `{}`, or `{"error": "EXPIRED"}` for an expired token.
HttpResponse unauthorizedResponse(const auth::BearerResult &result);

} // namespace foundry
