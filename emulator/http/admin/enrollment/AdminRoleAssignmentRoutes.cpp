// Role assignments on the enrollment (preview) and on an organization: list, add and remove.
// add/remove take {roleAssignments: [{roleId, principalId}]} (at most 100) and answer 204; every
// update is checked before any is applied, so a refused request changes nothing.
#include "AdminErrors.h"
#include "Defaults.h"
#include "Directory.h"
#include "EnrollmentRouteSupport.h"
#include "JsonBody.h"
#include "RoleJson.h"

namespace foundry::admin {
namespace {

constexpr qsizetype kMaximumUpdates = 100;
const QString kManageOrganizationRoles = QStringLiteral("multipass:manage-organization-roles");

enum class Change
{
    Add,
    Remove
};

struct AssignmentUpdate
{
    QString roleId;
    QString principalId;
};

bool readUpdates(const AdminCall &call, QList<AssignmentUpdate> *updates, HttpResponse *error)
{
    QJsonObject body;
    if (!parseObject(call.request, &body, error))
        return false;
    const QJsonValue list = body.value(QStringLiteral("roleAssignments"));
    if (!list.isArray()) {
        *error = invalidArgument(QStringLiteral("roleAssignments: expected a list of "
                                                "{roleId, principalId}"));
        return false;
    }
    const QJsonArray array = list.toArray();
    if (array.size() > kMaximumUpdates) {
        *error = invalidArgument(QStringLiteral("roleAssignments: at most %1 updates, got %2")
                                     .arg(kMaximumUpdates)
                                     .arg(array.size()));
        return false;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("roleAssignments[%1]").arg(i);
        if (!array.at(i).isObject()) {
            *error = invalidArgument(path + QStringLiteral(": expected an object"));
            return false;
        }
        AssignmentUpdate update;
        FieldReader fields(array.at(i).toObject(), path);
        fields.requiredString("roleId", &update.roleId);
        fields.requiredString("principalId", &update.principalId);
        if (!fields.ok()) {
            *error = fields.error();
            return false;
        }
        updates->append(update);
    }
    return true;
}

// Resolves every principal (404 PrincipalNotFound for the first unknown one), then applies all.
HttpResponse apply(const AdminCall &call, const QList<AssignmentUpdate> &updates,
                   const QString &resource, Change change)
{
    QList<RoleAssignment> assignments;
    for (const AssignmentUpdate &update : updates) {
        RoleAssignment assignment;
        if (call.directory.userById(update.principalId))
            assignment.principal = {PrincipalKind::User, update.principalId};
        else if (call.directory.groupById(update.principalId))
            assignment.principal = {PrincipalKind::Group, update.principalId};
        else
            return notFound(QStringLiteral("PrincipalNotFound"),
                            {{QStringLiteral("principalId"), update.principalId}});
        assignment.roleId = update.roleId;
        assignment.resource = resource;
        assignments.append(assignment);
    }
    // Adding what exists or removing what does not is not an error: the result is as asked.
    for (const RoleAssignment &assignment : std::as_const(assignments)) {
        if (change == Change::Add)
            call.directory.addRoleAssignment(assignment);
        else
            call.directory.removeRoleAssignment(assignment.key());
    }
    return HttpResponse::noContent();
}

HttpResponse listOn(const AdminCall &call, const QString &resource)
{
    QJsonArray data;
    const QList<RoleAssignment> assignments = call.directory.roleAssignments();
    for (const RoleAssignment &assignment : assignments) {
        if (assignment.resource == resource)
            data.append(roleAssignmentJson(assignment));
    }
    return HttpResponse::json(QJsonObject{{QStringLiteral("data"), data}});
}

QString verb(Change change)
{
    return change == Change::Add ? QStringLiteral("Add") : QStringLiteral("Remove");
}

HttpResponse changeEnrollmentRoles(const AdminCall &call, Change change)
{
    QList<AssignmentUpdate> updates;
    HttpResponse error;
    if (!readUpdates(call, &updates, &error))
        return error;
    const QString enrollmentRid = enrollmentRidOf(call);
    if (auto missing = enrollmentNotFound(call, enrollmentRid))
        return *missing;
    if (!isEnrollmentAdministrator(call))
        return permissionDenied(verb(change) +
                                    QStringLiteral("EnrollmentRoleAssignmentsPermissionDenied"),
                                {{QStringLiteral("enrollmentRid"), enrollmentRid}});
    for (const AssignmentUpdate &update : std::as_const(updates)) {
        if (update.roleId != defaults::kEnrollmentAdministratorRole)
            return notFound(QStringLiteral("EnrollmentRoleNotFound"), {});
    }
    return apply(call, updates, QString(defaults::kEnrollmentResource), change);
}

HttpResponse changeOrganizationRoles(const AdminCall &call, Change change)
{
    QList<AssignmentUpdate> updates;
    HttpResponse error;
    if (!readUpdates(call, &updates, &error))
        return error;
    const QString organizationRid = organizationRidOf(call);
    if (auto missing = organizationNotFound(call, organizationRid))
        return *missing;
    if (!call.can(kManageOrganizationRoles, organizationRid))
        return permissionDenied(verb(change) +
                                    QStringLiteral("OrganizationRoleAssignmentsPermissionDenied"),
                                {{QStringLiteral("organizationRid"), organizationRid}});
    for (const AssignmentUpdate &update : std::as_const(updates)) {
        // Only the organization roles apply here; enrollment-administrator is not one of them.
        if (!auth::Permissions::organizationRole(update.roleId))
            return notFound(QStringLiteral("RoleNotFound"),
                            {{QStringLiteral("roleId"), update.roleId}});
    }
    return apply(call, updates, organizationRid, change);
}

} // namespace

void installEnrollmentRoleAssignmentRoutes(AdminApi &api)
{
    const QString base = QStringLiteral("/enrollments/{enrollmentRid}/roleAssignments");
    api.add("GET", base, {EndpointRules::Access::Read, true, {}}, [](const AdminCall &call) {
        if (auto missing = enrollmentNotFound(call, enrollmentRidOf(call)))
            return *missing;
        return listOn(call, QString(defaults::kEnrollmentResource));
    });
    api.add("POST", base + QStringLiteral("/add"), {EndpointRules::Access::Write, true, {}},
            [](const AdminCall &call) { return changeEnrollmentRoles(call, Change::Add); });
    api.add("POST", base + QStringLiteral("/remove"), {EndpointRules::Access::Write, true, {}},
            [](const AdminCall &call) { return changeEnrollmentRoles(call, Change::Remove); });
}

void installOrganizationRoleAssignmentRoutes(AdminApi &api)
{
    const QString base = QStringLiteral("/organizations/{organizationRid}/roleAssignments");
    api.add("GET", base, {EndpointRules::Access::Read, false, {}}, [](const AdminCall &call) {
        const QString organizationRid = organizationRidOf(call);
        if (auto missing = organizationNotFound(call, organizationRid))
            return *missing;
        return listOn(call, organizationRid);
    });
    api.add("POST", base + QStringLiteral("/add"), {EndpointRules::Access::Write, false, {}},
            [](const AdminCall &call) { return changeOrganizationRoles(call, Change::Add); });
    api.add("POST", base + QStringLiteral("/remove"), {EndpointRules::Access::Write, false, {}},
            [](const AdminCall &call) { return changeOrganizationRoles(call, Change::Remove); });
}

} // namespace foundry::admin
