// The enrollment's authentication providers (preview): list, get, preregisterUser and
// preregisterGroup. The preregistration rules themselves are auth::Preregistration's.
#include "AdminErrors.h"
#include "AdminJson.h"
#include "Directory.h"
#include "EnrollmentRouteSupport.h"
#include "JsonBody.h"
#include "Preregistration.h"

namespace foundry::admin {
namespace {

using auth::Preregistration;

const QString kPreregisterUser = QStringLiteral("multipass:preregister-user");
const QString kPreregisterGroup = QStringLiteral("multipass:preregister-group");

QString providerRidOf(const AdminCall &call)
{
    return call.pathParameter(QStringLiteral("authenticationProviderRid"));
}

QJsonObject providerPathIds(const AdminCall &call)
{
    return {{QStringLiteral("enrollmentRid"), enrollmentRidOf(call)},
            {QStringLiteral("authenticationProviderRid"), providerRidOf(call)}};
}

// The path's enrollment and provider, or the 404 to answer.
std::optional<AuthenticationProvider> findProvider(const AdminCall &call, HttpResponse *missing)
{
    if (auto notFoundResponse = enrollmentNotFound(call, enrollmentRidOf(call))) {
        *missing = *notFoundResponse;
        return std::nullopt;
    }
    auto provider = call.directory.authenticationProvider(providerRidOf(call));
    if (!provider)
        *missing =
            notFound(QStringLiteral("AuthenticationProviderNotFound"), providerPathIds(call));
    return provider;
}

HttpResponse preregistrationFailure(const Preregistration::Outcome &outcome,
                                    const AuthenticationProvider &provider, const QString &name,
                                    bool isGroup)
{
    using Failure = Preregistration::Failure;
    switch (outcome.failure) {
    case Failure::OrganizationNotFound:
        return notFound(QStringLiteral("OrganizationNotFound"),
                        {{QStringLiteral("organizationRid"), outcome.missing}});
    case Failure::NoOrganization:
        return domainError(QStringLiteral("InvalidGroupOrganizations"), {}, outcome.message);
    case Failure::UsernameNotAllowed:
        return domainError(QStringLiteral("PreregisterUsernameNotAllowed"),
                           {{QStringLiteral("username"), name},
                            {QStringLiteral("supportedUsernamePatterns"),
                             QJsonArray::fromStringList(provider.supportedUsernamePatterns)}},
                           outcome.message);
    case Failure::NameTakenInOtherRealm:
        if (isGroup)
            return domainError(QStringLiteral("GroupNameAlreadyExists"),
                               {{QStringLiteral("groupName"), name}}, outcome.message);
        return domainError(
            QStringLiteral("UsernameAlreadyExists"),
            {{QStringLiteral("username"), name}, {QStringLiteral("realm"), outcome.realm}},
            outcome.message);
    case Failure::Rejected:
    case Failure::None:
        break;
    }
    return invalidArgument(outcome.message);
}

HttpResponse preregisterUser(const AdminCall &call)
{
    QJsonObject body;
    HttpResponse error;
    if (!parseObject(call.request, &body, &error))
        return error;
    Preregistration::UserRequest request;
    FieldReader fields(body);
    fields.requiredString("username", &request.username);
    fields.requiredString("organization", &request.organizationRid);
    fields.optionalString("givenName", &request.givenName);
    fields.optionalString("familyName", &request.familyName);
    fields.optionalString("email", &request.email);
    fields.optionalAttributes("attributes", &request.attributes);
    if (!fields.ok())
        return fields.error();
    if (request.username.isEmpty())
        return invalidArgument(QStringLiteral("username: must not be empty"));

    const auto provider = findProvider(call, &error);
    if (!provider)
        return error;
    // The permission is held on the body's organization, so its existence is checked first.
    if (auto missing = organizationNotFound(call, request.organizationRid))
        return *missing;
    if (!call.can(kPreregisterUser, request.organizationRid))
        return permissionDenied(QStringLiteral("PreregisterUserPermissionDenied"),
                                providerPathIds(call));

    const auto outcome = Preregistration::preregisterUser(call.directory, *provider, request);
    if (!outcome.ok())
        return preregistrationFailure(outcome, *provider, request.username, false);
    return jsonStringResponse(outcome.id);
}

HttpResponse preregisterGroup(const AdminCall &call)
{
    QJsonObject body;
    HttpResponse error;
    if (!parseObject(call.request, &body, &error))
        return error;
    Preregistration::GroupRequest request;
    FieldReader fields(body);
    fields.requiredString("name", &request.name);
    fields.requiredStringList("organizations", &request.organizationRids);
    if (!fields.ok())
        return fields.error();
    if (request.name.isEmpty())
        return invalidArgument(QStringLiteral("name: must not be empty"));

    const auto provider = findProvider(call, &error);
    if (!provider)
        return error;
    for (const QString &rid : std::as_const(request.organizationRids)) {
        if (auto missing = organizationNotFound(call, rid))
            return *missing;
    }
    for (const QString &rid : std::as_const(request.organizationRids)) {
        if (!call.can(kPreregisterGroup, rid))
            return permissionDenied(QStringLiteral("PreregisterGroupPermissionDenied"),
                                    providerPathIds(call));
    }

    const auto outcome = Preregistration::preregisterGroup(call.directory, *provider, request);
    if (!outcome.ok())
        return preregistrationFailure(outcome, *provider, request.name, true);
    return jsonStringResponse(outcome.id);
}

} // namespace

void installAuthenticationProviderRoutes(AdminApi &api)
{
    const QString providers =
        QStringLiteral("/enrollments/{enrollmentRid}/authenticationProviders");
    const QString provider = providers + QStringLiteral("/{authenticationProviderRid}");
    api.add("GET", providers, {EndpointRules::Access::Read, true, {}}, [](const AdminCall &call) {
        if (auto missing = enrollmentNotFound(call, enrollmentRidOf(call)))
            return *missing;
        QJsonArray data;
        const QList<AuthenticationProvider> all = call.directory.authenticationProviders();
        for (const AuthenticationProvider &each : all)
            data.append(authenticationProviderJson(each));
        return HttpResponse::json(QJsonObject{{QStringLiteral("data"), data}});
    });
    api.add("GET", provider, {EndpointRules::Access::Read, true, {}}, [](const AdminCall &call) {
        HttpResponse missing;
        const auto found = findProvider(call, &missing);
        return found ? HttpResponse::json(authenticationProviderJson(*found)) : missing;
    });
    api.add("POST", provider + QStringLiteral("/preregisterUser"),
            {EndpointRules::Access::Write, true, kPreregisterUser}, preregisterUser);
    api.add("POST", provider + QStringLiteral("/preregisterGroup"),
            {EndpointRules::Access::Write, true, kPreregisterGroup}, preregisterGroup);
}

} // namespace foundry::admin
