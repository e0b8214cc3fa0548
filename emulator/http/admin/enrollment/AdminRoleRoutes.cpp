// GET /roles/{roleId} and POST /roles/getBatch (preview): Admin.Role for the organization roles
// and enrollment-administrator. getBatch reads, so it needs api:admin-read like the SDK says.
#include "AdminErrors.h"
#include "EnrollmentRouteSupport.h"
#include "RoleJson.h"
#include "users/PrincipalRequests.h" // readBatch: the getBatch body rules all batches share

namespace foundry::admin {
namespace {

std::optional<auth::Permissions::Role> findRole(const QString &roleId)
{
    for (const auto &role : allRoles()) {
        if (role.id == roleId)
            return role;
    }
    return std::nullopt;
}

HttpResponse getRole(const AdminCall &call)
{
    const QString roleId = call.pathParameter(QStringLiteral("roleId"));
    const auto role = findRole(roleId);
    if (!role)
        return notFound(QStringLiteral("RoleNotFound"), {{QStringLiteral("roleId"), roleId}});
    return HttpResponse::json(adminRoleJson(*role));
}

HttpResponse getRoles(const AdminCall &call)
{
    QList<users::BatchElement> elements;
    HttpResponse error;
    if (!users::readBatch(call.request, "roleId", false, &elements, &error))
        return error;
    // Unknown ids are simply absent from the answer.
    QJsonObject data;
    for (const users::BatchElement &element : std::as_const(elements)) {
        if (const auto role = findRole(element.id))
            data.insert(element.id, adminRoleJson(*role));
    }
    return HttpResponse::json(QJsonObject{{QStringLiteral("data"), data}});
}

} // namespace

void installRoleRoutes(AdminApi &api)
{
    api.add("GET", QStringLiteral("/roles/{roleId}"), {EndpointRules::Access::Read, true, {}},
            getRole);
    api.add("POST", QStringLiteral("/roles/getBatch"), {EndpointRules::Access::Read, true, {}},
            getRoles);
}

} // namespace foundry::admin
