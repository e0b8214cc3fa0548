// Roles (get, getBatch; preview) over real HTTP: Admin.Role for every role with what each may
// assign, RoleNotFound, unknown ids left out of a batch, the batch limits, and the read scope.
#include "AdminEnrollmentTestSupport.h"

using namespace foundry;
using namespace foundry::test;

class TestAdminRoleRoutes : public QObject
{
    Q_OBJECT

    std::unique_ptr<OAuthTestServer> m_server;

private Q_SLOTS:
    void init() { m_server = std::make_unique<OAuthTestServer>(kEnrollmentSeed); }
    void cleanup() { m_server.reset(); }

    void getRole_answersAdminRole_data()
    {
        QTest::addColumn<QString>("roleId");
        QTest::addColumn<QStringList>("canAssigns");
        const QStringList organizationRoles{QStringLiteral("organization-administrator"),
                                            QStringLiteral("users-and-groups-administrator"),
                                            QStringLiteral("member")};
        QTest::newRow("organization administrator")
            << QStringLiteral("organization-administrator") << organizationRoles;
        QTest::newRow("users and groups administrator")
            << QStringLiteral("users-and-groups-administrator") << QStringList();
        QTest::newRow("member") << QStringLiteral("member") << QStringList();
        QTest::newRow("enrollment administrator")
            << QStringLiteral("enrollment-administrator")
            << organizationRoles + QStringList{QStringLiteral("enrollment-administrator")};
    }
    void getRole_answersAdminRole()
    {
        QFETCH(QString, roleId);
        QFETCH(QStringList, canAssigns);
        const Reply reply =
            callApi(*m_server, "GET",
                    QStringLiteral("/api/v2/admin/roles/%1?preview=true").arg(roleId), "pat-read");
        QCOMPARE(reply.status, 200);
        const QJsonObject role = reply.json();
        QCOMPARE(sortedKeys(role),
                 (QStringList{QStringLiteral("canAssigns"), QStringLiteral("description"),
                              QStringLiteral("displayName"), QStringLiteral("id"),
                              QStringLiteral("operations")}));
        QCOMPARE(role.value(QStringLiteral("id")).toString(), roleId);
        QVERIFY(!role.value(QStringLiteral("displayName")).toString().isEmpty());
        QVERIFY(!role.value(QStringLiteral("operations")).toArray().isEmpty());
        QCOMPARE(role.value(QStringLiteral("canAssigns")).toArray(),
                 QJsonArray::fromStringList(canAssigns));
    }

    void getRole_unknown_is404()
    {
        verifyError(callApi(*m_server, "GET",
                            QStringLiteral("/api/v2/admin/roles/owner?preview=true"), "admin-read"),
                    404, QStringLiteral("RoleNotFound"),
                    {{QStringLiteral("roleId"), QStringLiteral("owner")}});
    }

    void getRolesBatch_answersKnownRolesByIdAndSkipsUnknownOnes()
    {
        const QJsonArray body{
            QJsonObject{{QStringLiteral("roleId"), QStringLiteral("member")}},
            QJsonObject{{QStringLiteral("roleId"), QStringLiteral("owner")}},
            QJsonObject{{QStringLiteral("roleId"), QStringLiteral("enrollment-administrator")}}};
        // A read: api:admin-read is enough although it is a POST.
        const Reply reply =
            callApi(*m_server, "POST", QStringLiteral("/api/v2/admin/roles/getBatch?preview=true"),
                    "pat-read", jsonBytes(body));
        QCOMPARE(reply.status, 200);
        const QJsonObject data = reply.json().value(QStringLiteral("data")).toObject();
        QCOMPARE(sortedKeys(data), (QStringList{QStringLiteral("enrollment-administrator"),
                                                QStringLiteral("member")}));
        QCOMPARE(data.value(QStringLiteral("member"))
                     .toObject()
                     .value(QStringLiteral("displayName"))
                     .toString(),
                 QStringLiteral("Member"));
    }

    void getRolesBatch_badBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("errorName");
        QJsonArray tooMany;
        for (int i = 0; i < 501; ++i)
            tooMany.append(QJsonObject{{QStringLiteral("roleId"), QStringLiteral("member")}});
        QTest::newRow("no body") << QByteArray() << QStringLiteral("MissingBatchRequest");
        QTest::newRow("empty array") << QByteArray("[]") << QStringLiteral("MissingBatchRequest");
        QTest::newRow("an object") << QByteArray("{}") << QStringLiteral("Conjure:InvalidArgument");
        QTest::newRow("element without roleId")
            << QByteArray("[{}]") << QStringLiteral("Conjure:InvalidArgument");
        QTest::newRow("501 elements")
            << jsonBytes(tooMany) << QStringLiteral("BatchRequestSizeExceededLimit");
    }
    void getRolesBatch_badBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, errorName);
        const Reply reply =
            callApi(*m_server, "POST", QStringLiteral("/api/v2/admin/roles/getBatch?preview=true"),
                    "admin-read", body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("errorName")).toString(), errorName);
    }
};

QTEST_GUILESS_MAIN(TestAdminRoleRoutes)
#include "test_admin_role_routes.moc"
