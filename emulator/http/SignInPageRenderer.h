#pragma once

#include "AuthorizeFlow.h"
#include "HttpResponse.h"

namespace foundry {

// Turns an authorize outcome into the HTTP answer a browser sees: the sign-in page (200), the
// HTML error page (400, never a redirect) or a 302. Every value from the request or the model
// is HTML-escaped.
HttpResponse renderAuthorizeOutcome(const auth::AuthorizeOutcome &outcome);

} // namespace foundry
