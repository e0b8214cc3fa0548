// preregisterGroup over real HTTP: the bare-string answer, the group in the provider's realm,
// idempotency, and its errors (shape, organizations, permission on every one, operation scope,
// a name held in another realm), none of which creates anything.
#include "AdminEnrollmentTestSupport.h"

using namespace foundry;
using namespace foundry::test;

namespace {
const QString kPreregisterGroup = QStringLiteral("/preregisterGroup?preview=true");
} // namespace

class TestAdminPreregisterGroupRoutes : public QObject
{
    Q_OBJECT

    std::unique_ptr<OAuthTestServer> m_server;

    Reply preregisterGroup(const QJsonObject &body, const QByteArray &token = "admin-write")
    {
        return callApi(*m_server, "POST", providerPath(kSamlRid, kPreregisterGroup), token,
                       jsonBytes(body));
    }

private Q_SLOTS:
    void init() { m_server = std::make_unique<OAuthTestServer>(kEnrollmentSeed); }
    void cleanup() { m_server.reset(); }

    void preregisterGroup_createsTheGroupAndIsIdempotent()
    {
        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("saml-engineers")},
                               {QStringLiteral("organizations"), QJsonArray{kOrgA}}};
        const Reply first = preregisterGroup(body, "uma-prereg-group");
        QCOMPARE(first.status, 200);
        const auto group = m_server->directory->groupByName(QStringLiteral("saml-engineers"));
        QVERIFY(group);
        QCOMPARE(bareString(first), group->id);
        QCOMPARE(group->realm, kSamlRealm);
        QCOMPARE(group->organizationRids, QStringList{kOrgA});
        const Reply second = preregisterGroup(body);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.body, first.body);
    }

    void preregisterGroup_errors_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorName");
        QTest::addColumn<QJsonObject>("parameters");
        const auto body = [](const QString &name, const QJsonArray &organizations) {
            return jsonBytes(QJsonObject{{QStringLiteral("name"), name},
                                         {QStringLiteral("organizations"), organizations}});
        };
        QTest::newRow("no organizations field")
            << QByteArray("admin-write")
            << jsonBytes(QJsonObject{{QStringLiteral("name"), QStringLiteral("g")}}) << 400
            << QStringLiteral("Conjure:InvalidArgument")
            << QJsonObject{
                   {QStringLiteral("message"), QStringLiteral("organizations: is required")}};
        QTest::newRow("empty organizations")
            << QByteArray("admin-write") << body(QStringLiteral("g"), {}) << 400
            << QStringLiteral("InvalidGroupOrganizations") << QJsonObject();
        QTest::newRow("unknown organization")
            << QByteArray("admin-write") << body(QStringLiteral("g"), {kOrgA, kUnknownOrg}) << 404
            << QStringLiteral("OrganizationNotFound")
            << QJsonObject{{QStringLiteral("organizationRid"), kUnknownOrg}};
        QTest::newRow("permission on one org only")
            << QByteArray("uma-write") << body(QStringLiteral("g"), {kOrgA, kOrgB}) << 403
            << QStringLiteral("PreregisterGroupPermissionDenied") << providerIds();
        QTest::newRow("user operation scope")
            << QByteArray("admin-prereg-user") << body(QStringLiteral("g"), {kOrgA}) << 403
            << QStringLiteral("ApiUsageDenied")
            << QJsonObject{{QStringLiteral("missingScope"), QStringLiteral("api:admin-write")}};
        QTest::newRow("name of an internal group")
            << QByteArray("admin-write") << body(QStringLiteral("ug-admins"), {kOrgA}) << 400
            << QStringLiteral("GroupNameAlreadyExists")
            << QJsonObject{{QStringLiteral("groupName"), QStringLiteral("ug-admins")}};
    }
    void preregisterGroup_errors()
    {
        QFETCH(QByteArray, token);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, errorName);
        QFETCH(QJsonObject, parameters);
        const int groups = int(m_server->directory->groups().size());
        verifyError(
            callApi(*m_server, "POST", providerPath(kSamlRid, kPreregisterGroup), token, body),
            status, errorName, parameters);
        QCOMPARE(int(m_server->directory->groups().size()), groups);
    }
};

QTEST_GUILESS_MAIN(TestAdminPreregisterGroupRoutes)
#include "test_admin_preregister_group_routes.moc"
