#pragma once

namespace foundry {
class Directory;
class Router;
namespace auth {
class OAuthService;
}
} // namespace foundry

namespace foundry::admin {

class AdminApi;

// One function per endpoint group, each in its own file.
void installUserRoutes(AdminApi &api);
void installGroupRoutes(AdminApi &api);
void installEnrollmentRoutes(AdminApi &api);   // enrollments, hosts, providers, enrollment roles
void installOrganizationRoutes(AdminApi &api); // organizations, their roles, Roles

} // namespace foundry::admin
