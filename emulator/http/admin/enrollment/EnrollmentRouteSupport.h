#pragma once

#include "AdminApi.h"
#include "HttpResponse.h"

#include <QString>
#include <optional>

// What the enrollment and organization route files share (spec/api-admin.md, "Enrollment, hosts,
// authentication providers" and "Organizations and roles").
namespace foundry::admin {

// The route groups that installEnrollmentRoutes and installOrganizationRoutes put together.
void installAuthenticationProviderRoutes(AdminApi &api);
void installEnrollmentRoleAssignmentRoutes(AdminApi &api);
void installOrganizationRoleAssignmentRoutes(AdminApi &api);
void installRoleRoutes(AdminApi &api);

// 200 with a bare JSON string as the body: preregisterUser and preregisterGroup answer the id so.
HttpResponse jsonStringResponse(const QString &value);

// 404 EnrollmentNotFound unless `enrollmentRid` is the enrollment's rid.
std::optional<HttpResponse> enrollmentNotFound(const AdminCall &call, const QString &enrollmentRid);
HttpResponse organizationNotFoundError(const QString &organizationRid);
// 404 OrganizationNotFound unless the organization exists.
std::optional<HttpResponse> organizationNotFound(const AdminCall &call,
                                                 const QString &organizationRid);

// The path's {enrollmentRid} and {organizationRid}, percent-decoded.
inline QString enrollmentRidOf(const AdminCall &call)
{
    return call.pathParameter(QStringLiteral("enrollmentRid"));
}
inline QString organizationRidOf(const AdminCall &call)
{
    return call.pathParameter(QStringLiteral("organizationRid"));
}

// Only an enrollment administrator holds operations on the enrollment itself.
bool isEnrollmentAdministrator(const AdminCall &call);

} // namespace foundry::admin
