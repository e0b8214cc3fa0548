#include "EnrollmentRouteSupport.h"

#include "AdminErrors.h"
#include "Defaults.h"
#include "Directory.h"
#include "Permissions.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace foundry::admin {

HttpResponse jsonStringResponse(const QString &value)
{
    // QJsonDocument writes only arrays and objects: write ["value"] and keep what is inside.
    QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    HttpResponse response;
    response.contentType = QByteArrayLiteral("application/json");
    response.body = array.mid(1, array.size() - 2);
    return response;
}

std::optional<HttpResponse> enrollmentNotFound(const AdminCall &call, const QString &enrollmentRid)
{
    if (enrollmentRid == call.directory.enrollment().rid)
        return std::nullopt;
    return notFound(QStringLiteral("EnrollmentNotFound"),
                    {{QStringLiteral("enrollmentRid"), enrollmentRid}});
}

HttpResponse organizationNotFoundError(const QString &organizationRid)
{
    return notFound(QStringLiteral("OrganizationNotFound"),
                    {{QStringLiteral("organizationRid"), organizationRid}});
}

std::optional<HttpResponse> organizationNotFound(const AdminCall &call,
                                                 const QString &organizationRid)
{
    if (call.directory.organization(organizationRid))
        return std::nullopt;
    return organizationNotFoundError(organizationRid);
}

bool isEnrollmentAdministrator(const AdminCall &call)
{
    const QString userId = call.caller.user.id;
    const QSet<QString> groupIds = auth::Permissions::transitiveGroupIds(call.directory, userId);
    const QList<RoleAssignment> assignments = call.directory.roleAssignments();
    for (const RoleAssignment &assignment : assignments) {
        if (assignment.roleId != defaults::kEnrollmentAdministratorRole)
            continue;
        const PrincipalRef &principal = assignment.principal;
        if ((principal.kind == PrincipalKind::User && principal.id == userId) ||
            (principal.kind == PrincipalKind::Group && groupIds.contains(principal.id)))
            return true;
    }
    return false;
}

} // namespace foundry::admin
