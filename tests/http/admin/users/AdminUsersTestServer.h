#pragma once
// The emulator's real routes over a seed with people in every role, for the Users, Groups and
// GroupMembers tests: tokens for any user and scope set, JSON calls, and error assertions.

#include "../../oauth/OAuthTestServer.h"

#include <QJsonArray>

namespace foundry::test {

inline constexpr QLatin1StringView kDefaultOrg{"ri.organization.main.organization.default"};
inline constexpr QLatin1StringView kAcmeOrg{"ri.organization.main.organization.acme"};

inline const char *kAdminUsersSeed = R"(tokens:
  fixed-carol-token: {login: carol, scopes: [api:admin-read]}
foundry:
  token_lifetime_seconds: 600
  organizations:
    - rid: ri.organization.main.organization.acme
      name: Acme
  users:
    - username: alice
      id: a11ce000-0000-4000-8000-000000000001
      given_name: Alice
      family_name: Chen
      email: alice@example.com
      provider_id: alice-at-okta
      attributes:
        department: [Research]
    - username: bob
      id: b0b00000-0000-4000-8000-000000000002
      family_name: Alvarez
      active: false
    - username: carol
      id: ca401000-0000-4000-8000-000000000003
      given_name: Caroline
    - username: dave
      id: da7e0000-0000-4000-8000-000000000004
      organization_rid: ri.organization.main.organization.acme
    - username: uga
      id: 09a00000-0000-4000-8000-000000000005
    - username: orgadmin
      id: 0a000000-0000-4000-8000-000000000006
    - username: member
      id: e0000000-0000-4000-8000-000000000007
    - username: nested
      id: 0e5ed000-0000-4000-8000-000000000008
    - username: acmeadmin
      id: acadd000-0000-4000-8000-000000000009
      organization_rid: ri.organization.main.organization.acme
    - username: enradmin
      id: e0ad0000-0000-4000-8000-000000000010
    - username: svc-etl
      id: 5e7c0000-0000-4000-8000-000000000011
      principal_type: service
      oauth_client_id: etl
  groups:
    - name: admins
      id: 9a000000-0000-4000-8000-0000000000a1
      description: Administrators through a nested group
      members: [group:inner]
    - name: inner
      id: 9b000000-0000-4000-8000-0000000000a2
      members: [nested]
    - name: readers
      id: 9c000000-0000-4000-8000-0000000000a3
      members: [alice, carol]
      attributes:
        purpose: [reading]
    - name: research
      id: 9d000000-0000-4000-8000-0000000000a4
      organization_rids: [ri.organization.main.organization.acme]
      members: [dave]
  role_assignments:
    - {principal: admin, role: enrollment-administrator, resource: enrollment}
    - {principal: enradmin, role: enrollment-administrator, resource: enrollment}
    - {principal: uga, role: users-and-groups-administrator, resource: ri.organization.main.organization.default}
    - {principal: orgadmin, role: organization-administrator, resource: ri.organization.main.organization.default}
    - {principal: member, role: member, resource: ri.organization.main.organization.default}
    - {principal: 'group:admins', role: users-and-groups-administrator, resource: ri.organization.main.organization.default}
    - {principal: acmeadmin, role: users-and-groups-administrator, resource: ri.organization.main.organization.acme}
  oauth_clients:
    - client_id: webapp
      client_secret: web-secret
      redirect_uris: ['http://localhost:8080/cb']
    - client_id: etl
      client_secret: etl-secret
      grant_types: [client_credentials]
)";

inline const QStringList kReadWrite{QStringLiteral("api:admin-read"),
                                    QStringLiteral("api:admin-write")};

class AdminUsersTestServer final
{
public:
    explicit AdminUsersTestServer(const char *seed = kAdminUsersSeed) : server(seed) {}

    QString idOf(const QString &username) const
    {
        const auto user = server.directory->userByUsername(username);
        if (!user)
            qFatal("no user %s in the test seed", qPrintable(username));
        return user->id;
    }
    QString groupIdOf(const QString &name) const
    {
        const auto group = server.directory->groupByName(name);
        if (!group)
            qFatal("no group %s in the test seed", qPrintable(name));
        return group->id;
    }

    // An access token issued to the user (as if signed in to `webapp`) with exactly `scopes`.
    QByteArray tokenFor(const QString &username, const QStringList &scopes = kReadWrite)
    {
        const auth::TokenGrant grant{idOf(username), QStringLiteral("webapp"), scopes};
        return server.services->oauth.tokens().issue(grant, 600).accessToken.toUtf8();
    }

    // /api/v2/admin + path, with a JSON body when given.
    Reply call(const QByteArray &method, const QString &path, const QByteArray &token,
               const QByteArray &body = {}, const QByteArray &contentType = "application/json")
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!token.isEmpty())
            headers.append({"Authorization", "Bearer " + token});
        if (!contentType.isEmpty())
            headers.append({"Content-Type", contentType});
        return server.send(method, QStringLiteral("/api/v2/admin") + path, body, headers);
    }
    Reply get(const QString &path, const QByteArray &token) { return call("GET", path, token); }
    Reply post(const QString &path, const QByteArray &token, const QJsonValue &body)
    {
        return call("POST", path, token, toJson(body));
    }

    static QByteArray toJson(const QJsonValue &value)
    {
        if (value.isArray())
            return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    }

    OAuthTestServer server;
};

inline QJsonArray jsonArray(const Reply &reply)
{
    return QJsonDocument::fromJson(reply.body).array();
}

// The ids of a page's `data` under `key` ("id", "groupId", "principalId").
inline QStringList dataIds(const Reply &reply, const QString &key = QStringLiteral("id"))
{
    QStringList ids;
    const QJsonArray data = reply.json().value(QLatin1StringView("data")).toArray();
    for (const QJsonValue &item : data)
        ids.append(item.toObject().value(key).toString());
    return ids;
}

} // namespace foundry::test

// Checks a Foundry error: status, errorName and the exact parameters.
#define QCOMPARE_FOUNDRY_ERROR(reply, expectedStatus, expectedName, expectedParameters)            \
    do {                                                                                           \
        const foundry::test::Reply &checked_ = (reply);                                            \
        QCOMPARE(checked_.status, expectedStatus);                                                 \
        QCOMPARE(checked_.json().value(QLatin1StringView("errorName")).toString(),                 \
                 QString(expectedName));                                                           \
        QCOMPARE(checked_.json().value(QLatin1StringView("parameters")).toObject(),                \
                 QJsonObject(expectedParameters));                                                 \
    } while (false)
