#include "EmulatorRoutes.h"

#include "OAuthRoutes.h"

namespace foundry {

void installEmulatorRoutes(Router &router, EmulatorServices &services)
{
    installOAuthRoutes(router, services.oauth);
}

} // namespace foundry
