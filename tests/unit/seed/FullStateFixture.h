#pragma once

// A state that sets every field of the seed format to something other than its default, and the
// exact text the writer must produce for it.

#include "Defaults.h"
#include "DirectoryState.h"

namespace seedtest {

using namespace foundry;

inline const QString kAcme = QStringLiteral("ri.organization.main.organization.acme");

inline DirectoryState fullState()
{
    DirectoryState state = DirectoryState::withDefaults();
    state.port = 4100;
    state.tokenLifetimeSeconds = 0;
    state.enrollment.name = QStringLiteral("Acme Enrollment");
    state.hosts = {QStringLiteral("localhost"), QStringLiteral("acme.localhost")};
    state.organizations.append({kAcme,
                                QStringLiteral("Acme"),
                                QStringLiteral("acme.localhost"),
                                QStringLiteral("Main tenant"),
                                {}});

    User alice;
    alice.id = QStringLiteral("0b7c6a2e-3c1f-4d8a-9e5b-1f2a3b4c5d6e");
    alice.username = QStringLiteral("alice");
    alice.displayName = QStringLiteral("Alice Chen");
    alice.email = QStringLiteral("alice@example.com");
    alice.givenName = QStringLiteral("Alice");
    alice.familyName = QStringLiteral("Chen");
    alice.realm = QStringLiteral("corp-realm");
    alice.organizationRid = kAcme;
    alice.active = false;
    alice.attributes = {
        {QStringLiteral("team"), {QStringLiteral("Platform"), QStringLiteral("Infra")}}};
    alice.preregistered = true;
    alice.providerId = QStringLiteral("00u1alice");
    state.users.append(alice);

    User service;
    service.id = QStringLiteral("5a1e2d3c-4b5a-4c6d-8e7f-0a1b2c3d4e5f");
    service.username = QStringLiteral("svc-etl");
    service.realm = QString(defaults::kRealm);
    service.principalType = PrincipalType::Service;
    service.oauthClientId = QStringLiteral("etl");
    state.users.append(service);

    Group ops;
    ops.id = QStringLiteral("11111111-2222-4333-8444-555555555555");
    ops.name = QStringLiteral("ops");
    ops.realm = QString(defaults::kRealm);
    ops.organizationRids = {QString(defaults::kOrganizationRid)};
    state.groups.append(ops);

    Group all;
    all.id = QStringLiteral("66666666-7777-4888-8999-aaaaaaaaaaaa");
    all.name = QStringLiteral("all");
    all.description = QStringLiteral("Everyone");
    all.realm = QStringLiteral("corp-realm");
    all.organizationRids = {kAcme};
    all.members = {{PrincipalKind::Group, ops.id}, {PrincipalKind::User, alice.id}};
    all.attributes = {{QStringLiteral("channel"), {QStringLiteral("#all")}}};
    state.groups.append(all);

    OAuthClient client;
    client.clientId = QStringLiteral("etl");
    client.clientSecret = QStringLiteral("s3cret");
    client.name = QStringLiteral("ETL");
    client.redirectUris = {QStringLiteral("http://localhost:8080/cb")};
    client.grantTypes = {QString(grants::kClientCredentials)};
    client.allowedScopes = {QStringLiteral("api:admin-read")};
    client.scopeRestrictions = QStringList();
    client.osdk = true;
    client.enabled = false;
    client.organizationRid = kAcme;
    state.oauthClients.append(client);

    AuthenticationProvider saml;
    saml.rid = QStringLiteral("ri.control-panel.main.saml.1");
    saml.name = QStringLiteral("Okta");
    saml.realm = QStringLiteral("9d1c0c0e-1111-4222-8333-444455556666");
    saml.enabled = false;
    saml.supportedHosts = {QStringLiteral("localhost")};
    saml.supportedUsernamePatterns = {QStringLiteral(".*@acme\\.example")};
    saml.entityId = QStringLiteral("urn:okta");
    saml.metadataUrl = QStringLiteral("http://localhost:4000/metadata");
    saml.acsUrls = {QStringLiteral("http://localhost:4000/acs")};
    saml.logoutUrls = {QStringLiteral("http://localhost:4000/logout")};
    saml.certificates = {QStringLiteral("MIIC")};
    state.authenticationProviders.append(saml);

    AuthenticationProvider oidc;
    oidc.rid = QStringLiteral("ri.control-panel.main.oidc.2");
    oidc.name = QStringLiteral("Entra");
    oidc.realm = QStringLiteral("corp-realm");
    oidc.protocol = ProviderProtocol::Oidc;
    oidc.issuer = QStringLiteral("https://login.example/v2.0");
    oidc.oidcClientId = QStringLiteral("abc");
    state.authenticationProviders.append(oidc);

    RoleAssignment role;
    role.principal = {PrincipalKind::Group, all.id};
    role.roleId = QStringLiteral("member");
    role.resource = kAcme;
    state.roleAssignments.append(role);

    state.fixedTokens.append({QStringLiteral("demo-admin-token"),
                              QStringLiteral("admin"),
                              {QStringLiteral("api:admin-read")},
                              true,
                              {}});
    state.fixedTokens.append({QStringLiteral("bare"), QStringLiteral("alice"), {}, false, {}});
    state.foundryExtras.append(
        {QStringLiteral("connections"), QStringLiteral("[]"), QStringLiteral("role_assignments")});
    return state;
}

inline const char kFullStateText[] = R"(tokens:
  demo-admin-token:
    login: admin
    scopes: [api:admin-read]
  bare:
    login: alice
foundry:
  port: 4100
  token_lifetime_seconds: 0
  enrollment:
    rid: ri.enrollment..enrollment.default
    name: Acme Enrollment
  hosts: [localhost, acme.localhost]
  organizations:
    - rid: ri.organization.main.organization.acme
      name: Acme
      host: acme.localhost
      description: Main tenant
  users:
    - username: alice
      id: 0b7c6a2e-3c1f-4d8a-9e5b-1f2a3b4c5d6e
      display_name: Alice Chen
      email: alice@example.com
      given_name: Alice
      family_name: Chen
      realm: corp-realm
      organization_rid: ri.organization.main.organization.acme
      active: false
      attributes:
        team: [Platform, Infra]
      preregistered: true
      provider_id: 00u1alice
    - username: svc-etl
      id: 5a1e2d3c-4b5a-4c6d-8e7f-0a1b2c3d4e5f
      principal_type: service
      oauth_client_id: etl
  groups:
    - name: ops
      id: 11111111-2222-4333-8444-555555555555
    - name: all
      id: 66666666-7777-4888-8999-aaaaaaaaaaaa
      description: Everyone
      realm: corp-realm
      organization_rids: [ri.organization.main.organization.acme]
      members: [group:ops, alice]
      attributes:
        channel: ["#all"]
  oauth_clients:
    - client_id: etl
      client_secret: s3cret
      name: ETL
      redirect_uris: [http://localhost:8080/cb]
      grant_types: [client_credentials]
      allowed_scopes: [api:admin-read]
      scope_restrictions: []
      osdk: true
      enabled: false
      organization_rid: ri.organization.main.organization.acme
  authentication_providers:
    - rid: ri.control-panel.main.saml.1
      name: Okta
      realm: 9d1c0c0e-1111-4222-8333-444455556666
      enabled: false
      supported_hosts: [localhost]
      supported_username_patterns: [.*@acme\.example]
      protocol:
        type: saml
        entity_id: urn:okta
        service_provider_metadata_url: http://localhost:4000/metadata
        acs_urls: [http://localhost:4000/acs]
        logout_urls: [http://localhost:4000/logout]
        certificates: [MIIC]
    - rid: ri.control-panel.main.oidc.2
      name: Entra
      realm: corp-realm
      protocol:
        type: oidc
        issuer: https://login.example/v2.0
        client_id: abc
  role_assignments:
    - principal: admin
      role: enrollment-administrator
      resource: enrollment
    - principal: group:all
      role: member
      resource: ri.organization.main.organization.acme
  connections: []
)";

} // namespace seedtest
