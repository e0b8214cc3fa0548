#include "DirectoryState.h"
#include "Defaults.h"

#include <QUuid>

namespace foundry {

QStringList grants::all()
{
    return {QString(kAuthorizationCode), QString(kRefreshToken), QString(kClientCredentials)};
}

bool operator==(const User &a, const User &b)
{
    return a.id == b.id && a.username == b.username && a.displayName == b.displayName &&
           a.email == b.email && a.givenName == b.givenName && a.familyName == b.familyName &&
           a.realm == b.realm && a.organizationRid == b.organizationRid &&
           a.principalType == b.principalType && a.active == b.active &&
           a.oauthClientId == b.oauthClientId && a.attributes == b.attributes &&
           a.preregistered == b.preregistered && a.providerId == b.providerId &&
           a.profilePicture == b.profilePicture && a.extras == b.extras;
}

bool operator==(const Group &a, const Group &b)
{
    return a.id == b.id && a.name == b.name && a.description == b.description &&
           a.realm == b.realm && a.organizationRids == b.organizationRids &&
           a.members == b.members && a.attributes == b.attributes && a.extras == b.extras;
}

bool operator==(const OAuthClient &a, const OAuthClient &b)
{
    return a.clientId == b.clientId && a.clientSecret == b.clientSecret && a.name == b.name &&
           a.redirectUris == b.redirectUris && a.grantTypes == b.grantTypes &&
           a.allowedScopes == b.allowedScopes && a.scopeRestrictions == b.scopeRestrictions &&
           a.osdk == b.osdk && a.enabled == b.enabled && a.organizationRid == b.organizationRid &&
           a.extras == b.extras;
}

bool operator==(const AuthenticationProvider &a, const AuthenticationProvider &b)
{
    return a.rid == b.rid && a.name == b.name && a.realm == b.realm && a.enabled == b.enabled &&
           a.supportedHosts == b.supportedHosts &&
           a.supportedUsernamePatterns == b.supportedUsernamePatterns &&
           a.protocol == b.protocol && a.entityId == b.entityId &&
           a.metadataUrl == b.metadataUrl && a.acsUrls == b.acsUrls &&
           a.logoutUrls == b.logoutUrls && a.certificates == b.certificates &&
           a.issuer == b.issuer && a.oidcClientId == b.oidcClientId && a.extras == b.extras &&
           a.protocolExtras == b.protocolExtras;
}

bool operator==(const DirectoryState &a, const DirectoryState &b)
{
    return a.port == b.port && a.tokenLifetimeSeconds == b.tokenLifetimeSeconds &&
           a.enrollment == b.enrollment && a.hosts == b.hosts &&
           a.organizations == b.organizations && a.users == b.users && a.groups == b.groups &&
           a.oauthClients == b.oauthClients &&
           a.authenticationProviders == b.authenticationProviders &&
           a.roleAssignments == b.roleAssignments && a.fixedTokens == b.fixedTokens &&
           a.topLevelExtras == b.topLevelExtras && a.foundryExtras == b.foundryExtras;
}

QString RoleAssignment::key() const
{
    const QChar kind = principal.kind == PrincipalKind::Group ? u'g' : u'u';
    return kind + u':' + principal.id + u'|' + roleId + u'|' + resource;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

User DirectoryState::builtInAdmin()
{
    User admin;
    // Derived from the name, not random: the built-in admin is not written to the seed, yet its
    // id must not change from one run to the next.
    static const QUuid ns(QStringLiteral("6f1c1a52-3a0e-4d3e-9d43-5f0a5ac1d0f1"));
    admin.id = QUuid::createUuidV5(ns, QString(defaults::kAdminUsername))
                   .toString(QUuid::WithoutBraces);
    admin.username = defaults::kAdminUsername;
    admin.displayName = defaults::kAdminDisplayName;
    admin.email = defaults::kAdminEmail;
    admin.givenName = defaults::kAdminGivenName;
    admin.realm = defaults::kRealm;
    admin.organizationRid = defaults::kOrganizationRid;
    return admin;
}

Organization DirectoryState::defaultOrganization()
{
    Organization org;
    org.rid = defaults::kOrganizationRid;
    org.name = defaults::kOrganizationName;
    return org;
}

Enrollment DirectoryState::defaultEnrollment()
{
    Enrollment enrollment;
    enrollment.rid = defaults::kEnrollmentRid;
    enrollment.name = defaults::kEnrollmentName;
    enrollment.createdTime = QDateTime::currentDateTimeUtc();
    return enrollment;
}

QList<RoleAssignment> DirectoryState::defaultRoleAssignments(const QString &adminUserId)
{
    RoleAssignment assignment;
    assignment.principal = {PrincipalKind::User, adminUserId};
    assignment.roleId = defaults::kEnrollmentAdministratorRole;
    assignment.resource = defaults::kEnrollmentResource;
    return {assignment};
}

DirectoryState DirectoryState::withDefaults()
{
    DirectoryState state;
    state.enrollment = defaultEnrollment();
    state.hosts = QStringList{QString(defaults::kHost)};
    state.organizations = {defaultOrganization()};
    const User admin = builtInAdmin();
    state.users = {admin};
    state.roleAssignments = defaultRoleAssignments(admin.id);
    return state;
}

} // namespace foundry
