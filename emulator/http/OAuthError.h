#pragma once

#include "HttpResponse.h"

#include <QString>

namespace foundry {

// An RFC 6749 §5.2 error of the token and revoke endpoints.
struct OAuthError final
{
    int status = 400;
    QString error;       // "invalid_request", "invalid_client", "invalid_grant", ...
    QString description; // error_description; omitted when empty
};

// {"error", "error_description"} with Cache-Control: no-store (RFC 6749 §5.1).
HttpResponse oauthErrorResponse(const OAuthError &error);

} // namespace foundry
