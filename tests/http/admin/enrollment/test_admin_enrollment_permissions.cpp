// The permission matrix of the enrollment-side writes (endpoint × role × scope), decided at
// request time: preregistration, organization replace and create, role assignments, group
// replace/delete and member removal, provider info, token revocation. Roles come from the seed's
// assignments, directly (olivia, uma, mel) or through a group (gus); pat holds none; admin is the
// enrollment administrator. The scope rows run as admin, so the scope alone decides.
#include "AdminEnrollmentTestSupport.h"

#include "TokenStore.h"

using namespace foundry;
using namespace foundry::test;

namespace {

struct Endpoint
{
    const char *name;
    QByteArray method;
    QString path; // {mel}, {pat}, {ugAdmins} and {gus} are filled in per run
    QByteArray body;
    QString operationScope; // the single scope that also grants it, if any
    QString deniedError;
    QStringList deniedParameters; // enrollmentRid, authenticationProviderRid, organizationRid, ...
    QStringList allowedUsers;     // who holds the permission (admin always does)
};

const QStringList kUsersAndGroupsAdmins{QStringLiteral("olivia"), QStringLiteral("uma"),
                                        QStringLiteral("gus")};
const QStringList kOrganizationAdmins{QStringLiteral("olivia")};

const QList<Endpoint> &endpoints()
{
    static const QList<Endpoint> list{
        {"preregisterUser",
         "POST",
         providerPath(kSamlRid, QStringLiteral("/preregisterUser?preview=true")),
         R"({"username": "new.person@example.com", "organization": "ri.organization.main.organization.a"})",
         QStringLiteral("multipass:preregister-user"),
         QStringLiteral("PreregisterUserPermissionDenied"),
         {QStringLiteral("enrollmentRid"), QStringLiteral("authenticationProviderRid")},
         kUsersAndGroupsAdmins},
        {"preregisterGroup",
         "POST",
         providerPath(kSamlRid, QStringLiteral("/preregisterGroup?preview=true")),
         R"({"name": "Data Source Admins", "organizations": ["ri.organization.main.organization.a"]})",
         QStringLiteral("multipass:preregister-group"),
         QStringLiteral("PreregisterGroupPermissionDenied"),
         {QStringLiteral("enrollmentRid"), QStringLiteral("authenticationProviderRid")},
         kUsersAndGroupsAdmins},
        {"replace organization",
         "PUT",
         organizationPath(kOrgA),
         R"({"name": "Org A renamed"})",
         {},
         QStringLiteral("ReplaceOrganizationPermissionDenied"),
         {QStringLiteral("organizationRid")},
         kOrganizationAdmins},
        {"add organization role",
         "POST",
         organizationPath(kOrgA, QStringLiteral("/roleAssignments/add")),
         R"({"roleAssignments": [{"roleId": "member", "principalId": "{pat}"}]})",
         {},
         QStringLiteral("AddOrganizationRoleAssignmentsPermissionDenied"),
         {QStringLiteral("organizationRid")},
         kOrganizationAdmins},
        {"remove organization role",
         "POST",
         organizationPath(kOrgA, QStringLiteral("/roleAssignments/remove")),
         R"({"roleAssignments": [{"roleId": "member", "principalId": "{mel}"}]})",
         {},
         QStringLiteral("RemoveOrganizationRoleAssignmentsPermissionDenied"),
         {QStringLiteral("organizationRid")},
         kOrganizationAdmins},
        {"add enrollment role",
         "POST",
         enrollmentPath(QStringLiteral("/roleAssignments/add?preview=true")),
         R"({"roleAssignments": [{"roleId": "enrollment-administrator", "principalId": "{pat}"}]})",
         {},
         QStringLiteral("AddEnrollmentRoleAssignmentsPermissionDenied"),
         {QStringLiteral("enrollmentRid")},
         {}},
        {"create organization",
         "POST",
         QStringLiteral("/api/v2/admin/organizations?preview=true"),
         R"({"administrators": ["{pat}"], "enrollmentRid": "ri.control-panel.main.customer.466f812b-f974-4478-9d4f-90402cd3def6", "name": "Org C"})",
         {},
         QStringLiteral("CreateOrganizationPermissionDenied"),
         {},
         {}},
        {"replace group",
         "PUT",
         QStringLiteral("/api/v2/admin/groups/{ugAdmins}"),
         R"({"name": "ug-admins", "organizations": ["ri.organization.main.organization.a"], "attributes": {}, "description": "renamed"})",
         {},
         QStringLiteral("ReplaceGroupPermissionDenied"),
         {QStringLiteral("groupId")},
         kUsersAndGroupsAdmins},
        {"remove group member",
         "POST",
         QStringLiteral("/api/v2/admin/groups/{ugAdmins}/groupMembers/remove"),
         R"({"principalIds": ["{gus}"]})",
         QStringLiteral("multipass:manage-group-membership"),
         QStringLiteral("RemoveGroupMembersPermissionDenied"),
         {QStringLiteral("groupId")},
         kUsersAndGroupsAdmins},
        {"delete group",
         "DELETE",
         QStringLiteral("/api/v2/admin/groups/{ugAdmins}"),
         {},
         {},
         QStringLiteral("DeleteGroupPermissionDenied"),
         {QStringLiteral("groupId")},
         kUsersAndGroupsAdmins},
        {"replace provider info",
         "PUT",
         QStringLiteral("/api/v2/admin/users/{mel}/providerInfo"),
         R"({"providerId": "mel-at-okta"})",
         {},
         QStringLiteral("ReplaceUserProviderInfoPermissionDenied"),
         {QStringLiteral("userId")},
         kUsersAndGroupsAdmins},
        {"revoke mel's tokens",
         "POST",
         QStringLiteral("/api/v2/admin/users/{mel}/revokeAllTokens"),
         {},
         QStringLiteral("multipass:revoke-tokens"),
         QStringLiteral("RevokeAllTokensUserPermissionDenied"),
         {QStringLiteral("userId")},
         kUsersAndGroupsAdmins + QStringList{QStringLiteral("mel")}}, // her own: always allowed
        {"delete mel",
         "DELETE",
         QStringLiteral("/api/v2/admin/users/{mel}"),
         {},
         QStringLiteral("multipass:delete-user"),
         QStringLiteral("DeleteUserPermissionDenied"),
         {QStringLiteral("userId")},
         kUsersAndGroupsAdmins},
    };
    return list;
}

const Endpoint &endpointNamed(const QString &name)
{
    for (const Endpoint &endpoint : endpoints()) {
        if (QLatin1StringView(endpoint.name) == name)
            return endpoint;
    }
    qFatal("no endpoint %s", qPrintable(name));
}

} // namespace

class TestAdminEnrollmentPermissions : public QObject
{
    Q_OBJECT

    std::unique_ptr<OAuthTestServer> m_server;

    QString idOf(const QString &username) const { return userIdOf(*m_server, username); }
    QString ugAdminsId() const
    {
        return m_server->directory->groupByName(QStringLiteral("ug-admins"))->id;
    }

    QString fill(QString text) const
    {
        return text.replace(QStringLiteral("{mel}"), idOf(QStringLiteral("mel")))
            .replace(QStringLiteral("{pat}"), idOf(QStringLiteral("pat")))
            .replace(QStringLiteral("{gus}"), idOf(QStringLiteral("gus")))
            .replace(QStringLiteral("{ugAdmins}"), ugAdminsId());
    }

    QByteArray tokenFor(const QString &username, const QStringList &scopes)
    {
        const auth::TokenGrant grant{idOf(username), QStringLiteral("matrix"), scopes};
        return m_server->services->oauth.tokens().issue(grant, 600).accessToken.toUtf8();
    }

    Reply call(const Endpoint &endpoint, const QByteArray &token)
    {
        return callApi(*m_server, endpoint.method, fill(endpoint.path), token,
                       fill(QString::fromUtf8(endpoint.body)).toUtf8());
    }

    QJsonObject deniedParameters(const Endpoint &endpoint) const
    {
        QJsonObject parameters;
        for (const QString &name : endpoint.deniedParameters) {
            if (name == QLatin1StringView("enrollmentRid"))
                parameters.insert(name, kEnrollmentRid);
            else if (name == QLatin1StringView("authenticationProviderRid"))
                parameters.insert(name, kSamlRid);
            else if (name == QLatin1StringView("organizationRid"))
                parameters.insert(name, kOrgA);
            else if (name == QLatin1StringView("groupId"))
                parameters.insert(name, ugAdminsId());
            else if (name == QLatin1StringView("userId"))
                parameters.insert(name, idOf(QStringLiteral("mel")));
        }
        return parameters;
    }

    static void verifySuccess(const Reply &reply)
    {
        QVERIFY2(reply.status == 200 || reply.status == 204, reply.body.constData());
    }

private Q_SLOTS:
    void init() { m_server = std::make_unique<OAuthTestServer>(kEnrollmentSeed); }
    void cleanup() { m_server.reset(); }

    void roles_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("username");
        const QStringList users{QStringLiteral("admin"), QStringLiteral("olivia"),
                                QStringLiteral("uma"),   QStringLiteral("gus"),
                                QStringLiteral("mel"),   QStringLiteral("pat")};
        for (const Endpoint &endpoint : endpoints()) {
            for (const QString &username : users)
                QTest::addRow("%s by %s", endpoint.name, qPrintable(username))
                    << QString::fromLatin1(endpoint.name) << username;
        }
    }
    // Broad scopes for everyone: the role alone decides, and a denial names the path's ids.
    void roles()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, username);
        const Endpoint &target = endpointNamed(endpoint);
        const Reply reply = call(target, tokenFor(username, {QStringLiteral("api:admin-read"),
                                                             QStringLiteral("api:admin-write")}));
        if (username == QLatin1StringView("admin") || target.allowedUsers.contains(username))
            verifySuccess(reply);
        else
            verifyError(reply, 403, target.deniedError, deniedParameters(target));
    }

    void scopes_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QStringList>("scopes");
        QTest::addColumn<bool>("granted");
        for (const Endpoint &endpoint : endpoints()) {
            const QString name = QString::fromLatin1(endpoint.name);
            QTest::addRow("%s, api:admin-write", endpoint.name)
                << name << QStringList{QStringLiteral("api:admin-write")} << true;
            QTest::addRow("%s, api:use-admin-write", endpoint.name)
                << name << QStringList{QStringLiteral("api:use-admin-write")} << true;
            QTest::addRow("%s, api:admin-read only", endpoint.name)
                << name << QStringList{QStringLiteral("api:admin-read")} << false;
            QTest::addRow("%s, no scope", endpoint.name) << name << QStringList() << false;
            // An operation scope grants only its own endpoint.
            const QString foreign =
                endpoint.operationScope == QLatin1StringView("multipass:create-group")
                    ? QStringLiteral("multipass:delete-user")
                    : QStringLiteral("multipass:create-group");
            QTest::addRow("%s, another operation scope", endpoint.name)
                << name << QStringList{foreign} << false;
            if (!endpoint.operationScope.isEmpty())
                QTest::addRow("%s, its operation scope", endpoint.name)
                    << name << QStringList{endpoint.operationScope} << true;
        }
    }
    void scopes()
    {
        QFETCH(QString, endpoint);
        QFETCH(QStringList, scopes);
        QFETCH(bool, granted);
        const Endpoint &target = endpointNamed(endpoint);
        const Reply reply = call(target, tokenFor(QStringLiteral("admin"), scopes));
        if (granted)
            verifySuccess(reply);
        else
            verifyError(reply, 403, QStringLiteral("ApiUsageDenied"),
                        {{QStringLiteral("missingScope"), QStringLiteral("api:admin-write")}});
    }

    // A role granted in the Directory (as the console does) counts on the next request with the
    // same token, and taking it away counts as fast.
    void roleChange_countsOnTheNextRequest()
    {
        const Endpoint &target = endpointNamed(QStringLiteral("replace organization"));
        const QByteArray token =
            tokenFor(QStringLiteral("pat"), {QStringLiteral("api:admin-write")});
        verifyError(call(target, token), 403, target.deniedError, deniedParameters(target));
        const RoleAssignment grant{{PrincipalKind::User, idOf(QStringLiteral("pat"))},
                                   QStringLiteral("organization-administrator"),
                                   kOrgA,
                                   {}};
        m_server->directory->addRoleAssignment(grant);
        verifySuccess(call(target, token));
        m_server->directory->removeRoleAssignment(grant.key());
        verifyError(call(target, token), 403, target.deniedError, deniedParameters(target));
    }
};

QTEST_MAIN(TestAdminEnrollmentPermissions)
#include "test_admin_enrollment_permissions.moc"
