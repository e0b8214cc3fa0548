#pragma once
// A seed with an enrollment, two organizations, two authentication providers, people in every
// organization role (directly and through a group) and fixed tokens for them with the scopes the
// tests need; plus JSON calls and error checks over OAuthTestServer.

#include "FoundryError.h"
#include "OAuthTestServer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace foundry::test {

inline const char *kEnrollmentSeed = R"(tokens:
  admin-write: {login: admin, scopes: [api:admin-write]}
  admin-read: {login: admin, scopes: [api:admin-read]}
  admin-use-write: {login: admin, scopes: [api:use-admin-write]}
  admin-use-read: {login: admin, scopes: [api:use-admin-read]}
  admin-none: {login: admin, scopes: []}
  admin-prereg-user: {login: admin, scopes: [multipass:preregister-user]}
  admin-prereg-group: {login: admin, scopes: [multipass:preregister-group]}
  olivia-write: {login: olivia, scopes: [api:admin-write]}
  uma-write: {login: uma, scopes: [api:admin-write]}
  uma-prereg-user: {login: uma, scopes: [multipass:preregister-user]}
  uma-prereg-group: {login: uma, scopes: [multipass:preregister-group]}
  mel-write: {login: mel, scopes: [api:admin-write]}
  gus-write: {login: gus, scopes: [api:admin-write]}
  pat-write: {login: pat, scopes: [api:admin-write]}
  pat-read: {login: pat, scopes: [api:admin-read]}
  bob-write: {login: bob, scopes: [api:admin-write]}
foundry:
  enrollment:
    rid: ri.control-panel.main.customer.466f812b-f974-4478-9d4f-90402cd3def6
    name: Example Enrollment
  hosts: [example.palantirfoundry.com, a.example.com, b.example.com]
  organizations:
    - rid: ri.organization.main.organization.a
      name: Org A
      host: a.example.com
      description: The first organization
    - rid: ri.organization.main.organization.b
      name: Org B
  users:
    - username: olivia
      organization_rid: ri.organization.main.organization.a
    - username: uma
      organization_rid: ri.organization.main.organization.a
    - username: mel
      organization_rid: ri.organization.main.organization.a
    - username: gus
      organization_rid: ri.organization.main.organization.a
    - username: pat
      organization_rid: ri.organization.main.organization.a
    - username: bob
      active: false
  groups:
    - name: ug-admins
      organization_rids: [ri.organization.main.organization.a]
      members: [gus]
  authentication_providers:
    - rid: ri.control-panel.main.saml.3faf689c-eaa1-4137-851f-81d58afe4c86
      name: Example SAML Provider
      realm: 1bd3813a-ef8b-4211-bfbd-8b6485d0eb83
      supported_hosts: [example.palantirfoundry.com]
      supported_username_patterns: ['.*@example.com', '.*@palantir.com']
      protocol:
        type: saml
        entity_id: https://example.palantirfoundry.com/multipass/saml
        service_provider_metadata_url: https://example.palantirfoundry.com/multipass/saml/metadata
        acs_urls: [https://example.palantirfoundry.com/multipass/saml/acs]
        logout_urls: []
        certificates: [MIIBizCCATGgAwIBAgIUMfaxxVEHQKvpq5InQg/TmXWGahswCgYIKoZIzj0EAwIwGzEZMBcGA1UEAwwQc2FtbC5leGFtcGxlLmNvbTAeFw0yNjExMjMxOTMxMjBaFw0zNjExMjAxOTMxMjBaMBsxGTAXBgNVBAMMEHNhbWwuZXhhbXBsZS5jb20wWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAQYjRM/6Ln/WbzWk7sEiAYhwt7dCOG9d8Qe0EjXWq6r37bwIUysplBMCP888XcB7gWLvRiwerRoPcVRNwA7ya17o1MwUTAdBgNVHQ4EFgQUsGDHbjOGIgGJAA0yTDd/tIZCzhIwHwYDVR0jBBgwFoAUsGDHbjOGIgGJAA0yTDd/tIZCzhIwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNIADBFAiAkDf+wnsSoYKroxLEghqyhjJH4cXd81oZbkeDkxL7i6AIhAMEQxIdQLQlLyOb2levUUVZq+tUFzgAAZ57XabSI5LTj]
    - rid: ri.control-panel.main.oidc.6a7f0d52-2b7e-4f4e-a1f1-0d9c3b1e5a10
      name: Open Provider
      realm: oidc-realm
      enabled: false
      protocol: {type: oidc, issuer: 'https://idp.example.com', client_id: foundry}
  role_assignments:
    - {principal: admin, role: enrollment-administrator, resource: enrollment}
    - {principal: olivia, role: organization-administrator, resource: ri.organization.main.organization.a}
    - {principal: uma, role: users-and-groups-administrator, resource: ri.organization.main.organization.a}
    - {principal: mel, role: member, resource: ri.organization.main.organization.a}
    - {principal: 'group:ug-admins', role: users-and-groups-administrator, resource: ri.organization.main.organization.a}
)";

inline const QString kEnrollmentRid =
    QStringLiteral("ri.control-panel.main.customer.466f812b-f974-4478-9d4f-90402cd3def6");
inline const QString kSamlRid =
    QStringLiteral("ri.control-panel.main.saml.3faf689c-eaa1-4137-851f-81d58afe4c86");
inline const QString kOidcRid =
    QStringLiteral("ri.control-panel.main.oidc.6a7f0d52-2b7e-4f4e-a1f1-0d9c3b1e5a10");
inline const QString kSamlRealm = QStringLiteral("1bd3813a-ef8b-4211-bfbd-8b6485d0eb83");
inline const QString kOrgA = QStringLiteral("ri.organization.main.organization.a");
inline const QString kOrgB = QStringLiteral("ri.organization.main.organization.b");
inline const QString kUnknownOrg = QStringLiteral("ri.organization.main.organization.nope");

inline QString enrollmentPath(const QString &rest = {})
{
    return QStringLiteral("/api/v2/admin/enrollments/") + kEnrollmentRid + rest;
}
inline QString providerPath(const QString &providerRid, const QString &rest = {})
{
    return enrollmentPath(QStringLiteral("/authenticationProviders/") + providerRid + rest);
}
inline QString organizationPath(const QString &rid, const QString &rest = {})
{
    return QStringLiteral("/api/v2/admin/organizations/") + rid + rest;
}

inline QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
inline QByteArray jsonBytes(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// A request as the SDK sends it: JSON content type (even without a body) and a bearer token.
inline Reply callApi(OAuthTestServer &server, const QByteArray &method, const QString &path,
                     const QByteArray &token, const QByteArray &body = {})
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token});
    return server.send(method, path, body, headers);
}

inline QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

// The Foundry error envelope with this status, name and exactly these parameters.
inline void verifyError(const Reply &reply, int status, const QString &errorName,
                        const QJsonObject &parameters = {})
{
    QCOMPARE(reply.status, status);
    QVERIFY(reply.header("content-type").startsWith("application/json"));
    const QJsonObject json = reply.json();
    QCOMPARE(json.value(QStringLiteral("errorName")).toString(), errorName);
    QCOMPARE(json.value(QStringLiteral("errorCode")).toString(),
             FoundryError::errorCodeForStatus(status));
    QVERIFY(!json.value(QStringLiteral("errorInstanceId")).toString().isEmpty());
    QCOMPARE(json.value(QStringLiteral("parameters")).toObject(), parameters);
}

// {enrollmentRid, authenticationProviderRid}: the parameters of the provider's 404 and 403s.
inline QJsonObject providerIds(const QString &providerRid = kSamlRid)
{
    return {{QStringLiteral("enrollmentRid"), kEnrollmentRid},
            {QStringLiteral("authenticationProviderRid"), providerRid}};
}

// The string of a bare JSON string body (QJsonDocument reads only arrays and objects).
inline QString bareString(const Reply &reply)
{
    return QJsonDocument::fromJson("[" + reply.body + "]").array().first().toString();
}

inline QString userIdOf(const OAuthTestServer &server, const QString &username)
{
    const auto user = server.directory->userByUsername(username);
    return user ? user->id : QString();
}

} // namespace foundry::test
