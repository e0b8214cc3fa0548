#pragma once
// The seed the admin pages' tests share: two organizations, groups with a nested group, role
// assignments on an organization and the enrollment, two providers, applications with and
// without scope restrictions, and an admin token that may write.

namespace foundry::test {

inline const char *kAdminPagesSeed = R"(tokens:
  admin-token: {login: admin, scopes: [api:admin-read, api:admin-write]}
foundry:
  organizations:
    - rid: ri.organization.main.organization.acme
      name: Acme
      host: acme.localhost
    - rid: ri.organization.main.organization.empty
      name: Empty Org
  users:
    - username: alice
      display_name: Alice Chen
      organization_rid: ri.organization.main.organization.acme
    - username: bob
      organization_rid: ri.organization.main.organization.acme
    - username: carol@acme.example
      organization_rid: ri.organization.main.organization.acme
  groups:
    - name: dispatch
      organization_rids: [ri.organization.main.organization.acme]
      members: [alice]
    - name: operations
      description: Runs the network
      organization_rids: [ri.organization.main.organization.acme]
      members: [bob, group:dispatch]
  oauth_clients:
    - client_id: etl
      client_secret: etl-secret
      name: ETL Pipeline
      grant_types: [client_credentials]
      scope_restrictions: [api:ontologies-read, custom:thing]
    - client_id: portal
      name: Portal
      redirect_uris: [http://localhost:5173/cb]
      allowed_scopes: [api:ontologies-read, offline_access]
  authentication_providers:
    - rid: ri.control-panel.main.saml.okta
      name: Acme Okta
      realm: acme-realm
      supported_hosts: [acme.localhost]
      supported_username_patterns: [.*@acme\.example]
      protocol:
        type: saml
        entity_id: http://www.okta.com/acme
    - rid: ri.control-panel.main.oidc.entra
      name: Partner Entra
      protocol:
        type: oidc
        issuer: https://login.partner.example
        client_id: partner-client
  role_assignments:
    - principal: admin
      role: enrollment-administrator
      resource: enrollment
    - principal: alice
      role: users-and-groups-administrator
      resource: ri.organization.main.organization.acme
    - principal: group:operations
      role: member
      resource: ri.organization.main.organization.acme
)";

} // namespace foundry::test
