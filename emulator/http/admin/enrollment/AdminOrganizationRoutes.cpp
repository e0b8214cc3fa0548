// Organizations: get, replace, create (preview) and listAvailableRoles; their role assignments
// and the Roles endpoints are installed from here too.
#include "AdminErrors.h"
#include "AdminJson.h"
#include "AdminRoutes.h"
#include "Directory.h"
#include "EnrollmentRouteSupport.h"
#include "JsonBody.h"
#include "OrganizationRules.h"
#include "RoleJson.h"

namespace foundry::admin {
namespace {

const QString kManageOrganization = QStringLiteral("multipass:manage-organization");
const QString kOrganizationAdministrator = QStringLiteral("organization-administrator");

// The fields create and replace share: {name, host?, description?}.
struct OrganizationFields
{
    QString name;
    QString host;
    QString description;
};

bool readOrganizationFields(FieldReader &fields, OrganizationFields *out, HttpResponse *error)
{
    fields.requiredString("name", &out->name);
    fields.optionalString("host", &out->host);
    fields.optionalString("description", &out->description);
    if (!fields.ok()) {
        *error = fields.error();
        return false;
    }
    if (out->name.isEmpty()) {
        *error = invalidArgument(QStringLiteral("name: must not be empty"));
        return false;
    }
    return true;
}

// InvalidHostName, then OrganizationNameAlreadyExists; nothing when the fields are acceptable.
std::optional<HttpResponse> organizationRuleBroken(const AdminCall &call,
                                                   const OrganizationFields &fields,
                                                   const QString &ownRid)
{
    if (!fields.host.isEmpty() && !organizations::isValidHostName(fields.host))
        return domainError(QStringLiteral("InvalidHostName"),
                           {{QStringLiteral("invalidHostName"), fields.host}},
                           QStringLiteral("A host name may only contain letters, numbers, "
                                          "periods and hyphens."));
    if (organizations::nameTaken(call.directory, fields.name, ownRid))
        return domainError(QStringLiteral("OrganizationNameAlreadyExists"),
                           {{QStringLiteral("displayName"), fields.name}},
                           QStringLiteral("An organization with the same name already exists."));
    return std::nullopt;
}

HttpResponse replaceOrganization(const AdminCall &call)
{
    QJsonObject body;
    HttpResponse error;
    if (!parseObject(call.request, &body, &error))
        return error;
    OrganizationFields fields;
    FieldReader reader(body);
    if (!readOrganizationFields(reader, &fields, &error))
        return error;
    const QString rid = organizationRidOf(call);
    auto organization = call.directory.organization(rid);
    if (!organization)
        return organizationNotFoundError(rid);
    if (!call.can(kManageOrganization, rid))
        return permissionDenied(QStringLiteral("ReplaceOrganizationPermissionDenied"),
                                {{QStringLiteral("organizationRid"), rid}});
    if (auto broken = organizationRuleBroken(call, fields, rid))
        return *broken;
    // A replace: an absent host or description clears it.
    organization->name = fields.name;
    organization->host = fields.host;
    organization->description = fields.description;
    QString refusal;
    if (!call.directory.updateOrganization(*organization, &refusal))
        return invalidArgument(refusal);
    return HttpResponse::json(organizationJson(*organization));
}

HttpResponse createOrganization(const AdminCall &call)
{
    QJsonObject body;
    HttpResponse error;
    if (!parseObject(call.request, &body, &error))
        return error;
    QStringList administrators;
    QString enrollmentRid;
    OrganizationFields fields;
    FieldReader reader(body);
    reader.requiredStringList("administrators", &administrators);
    reader.requiredString("enrollmentRid", &enrollmentRid);
    if (!readOrganizationFields(reader, &fields, &error))
        return error;
    if (auto missing = enrollmentNotFound(call, enrollmentRid))
        return *missing;
    if (!isEnrollmentAdministrator(call))
        return permissionDenied(QStringLiteral("CreateOrganizationPermissionDenied"));
    if (administrators.isEmpty())
        return domainError(QStringLiteral("CreateOrganizationMissingInitialAdminRole"), {},
                           QStringLiteral("At least one organization administrator is required."));
    QList<PrincipalRef> principals;
    for (const QString &id : std::as_const(administrators)) {
        if (call.directory.userById(id))
            principals.append({PrincipalKind::User, id});
        else if (call.directory.groupById(id))
            principals.append({PrincipalKind::Group, id});
        else
            return notFound(QStringLiteral("PrincipalNotFound"),
                            {{QStringLiteral("principalId"), id}});
    }
    if (auto broken = organizationRuleBroken(call, fields, {}))
        return *broken;

    Organization organization;
    organization.rid = organizations::newOrganizationRid();
    organization.name = fields.name;
    organization.host = fields.host;
    organization.description = fields.description;
    QString refusal;
    if (!call.directory.addOrganization(organization, &refusal))
        return invalidArgument(refusal);
    for (const PrincipalRef &principal : std::as_const(principals))
        call.directory.addRoleAssignment(
            {principal, kOrganizationAdministrator, organization.rid, {}});
    return HttpResponse::json(organizationJson(organization));
}

} // namespace

void installOrganizationRoutes(AdminApi &api)
{
    using Access = EndpointRules::Access;
    api.add("POST", QStringLiteral("/organizations"), {Access::Write, true, {}},
            createOrganization);
    api.add("GET", QStringLiteral("/organizations/{organizationRid}"), {Access::Read, false, {}},
            [](const AdminCall &call) {
                const auto organization = call.directory.organization(organizationRidOf(call));
                if (!organization)
                    return organizationNotFoundError(organizationRidOf(call));
                return HttpResponse::json(organizationJson(*organization));
            });
    api.add("PUT", QStringLiteral("/organizations/{organizationRid}"), {Access::Write, false, {}},
            replaceOrganization);
    api.add("GET", QStringLiteral("/organizations/{organizationRid}/listAvailableRoles"),
            {Access::Read, false, {}}, [](const AdminCall &call) {
                if (auto missing = organizationNotFound(call, organizationRidOf(call)))
                    return *missing;
                QJsonArray data;
                for (const auto &role : auth::Permissions::organizationRoles())
                    data.append(coreRoleJson(role));
                return HttpResponse::json(QJsonObject{{QStringLiteral("data"), data}});
            });
    installOrganizationRoleAssignmentRoutes(api);
    installRoleRoutes(api);
}

} // namespace foundry::admin
