#include "EmulatorRoutes.h"

#include "AdminApi.h"
#include "AdminRoutes.h"
#include "OAuthRoutes.h"

namespace foundry {

void installEmulatorRoutes(Router &router, EmulatorServices &services)
{
    installOAuthRoutes(router, services.oauth);

    admin::AdminApi adminApi(router, services.directory, services.oauth);
    admin::installUserRoutes(adminApi);
    admin::installGroupRoutes(adminApi);
    admin::installEnrollmentRoutes(adminApi);
    admin::installOrganizationRoutes(adminApi);
}

} // namespace foundry
