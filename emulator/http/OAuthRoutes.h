#pragma once

namespace foundry {

class Router;
namespace auth {
class OAuthService;
}

// Multipass: the sign-in page and its callback, the token and revocation endpoints, `me` and
// the token's remaining lifetime. The routes only translate HTTP to OAuthService calls and back;
// `service` must outlive the server.
void installOAuthRoutes(Router &router, auth::OAuthService &service);

} // namespace foundry
