// Organizations (get, replace, create, listAvailableRoles) over real HTTP: exact shapes, replace
// semantics, the domain errors, permissions and read scopes.
#include "AdminEnrollmentTestSupport.h"

using namespace foundry;
using namespace foundry::test;

namespace {

const QString kOrganizations = QStringLiteral("/api/v2/admin/organizations?preview=true");

QJsonObject createBody(const QJsonArray &administrators, const QString &name)
{
    return {{QStringLiteral("administrators"), administrators},
            {QStringLiteral("enrollmentRid"), kEnrollmentRid},
            {QStringLiteral("name"), name}};
}

} // namespace

class TestAdminOrganizationRoutes : public QObject
{
    Q_OBJECT

    std::unique_ptr<OAuthTestServer> m_server;

    Reply replace(const QString &rid, const QJsonObject &body,
                  const QByteArray &token = "admin-write")
    {
        return callApi(*m_server, "PUT", organizationPath(rid), token, jsonBytes(body));
    }

private Q_SLOTS:
    void init() { m_server = std::make_unique<OAuthTestServer>(kEnrollmentSeed); }
    void cleanup() { m_server.reset(); }

    void get_answersTheOrganizationWithOptionalFieldsOmitted()
    {
        const Reply a = callApi(*m_server, "GET", organizationPath(kOrgA), "pat-read");
        QCOMPARE(a.status, 200);
        QCOMPARE(
            a.json(),
            (QJsonObject{{QStringLiteral("rid"), kOrgA},
                         {QStringLiteral("name"), QStringLiteral("Org A")},
                         {QStringLiteral("description"), QStringLiteral("The first organization")},
                         {QStringLiteral("markingId"), QStringLiteral("a")},
                         {QStringLiteral("host"), QStringLiteral("a.example.com")}}));
        const QJsonObject b =
            callApi(*m_server, "GET", organizationPath(kOrgB), "admin-read").json();
        QCOMPARE(sortedKeys(b), (QStringList{QStringLiteral("markingId"), QStringLiteral("name"),
                                             QStringLiteral("rid")}));
    }

    void get_unknownOrganization_is404()
    {
        verifyError(callApi(*m_server, "GET", organizationPath(kUnknownOrg), "admin-read"), 404,
                    QStringLiteral("OrganizationNotFound"),
                    {{QStringLiteral("organizationRid"), kUnknownOrg}});
    }

    void replace_setsNameHostDescriptionAndClearsWhatIsAbsent()
    {
        const Reply reply = replace(kOrgA,
                                    {{QStringLiteral("name"), QStringLiteral("Org Alpha")},
                                     {QStringLiteral("host"), QStringLiteral("alpha.example.com")}},
                                    "olivia-write");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json(),
                 (QJsonObject{{QStringLiteral("rid"), kOrgA},
                              {QStringLiteral("name"), QStringLiteral("Org Alpha")},
                              {QStringLiteral("markingId"), QStringLiteral("a")},
                              {QStringLiteral("host"), QStringLiteral("alpha.example.com")}}));
        const auto stored = m_server->directory->organization(kOrgA);
        QCOMPARE(stored->name, QStringLiteral("Org Alpha"));
        QCOMPARE(stored->host, QStringLiteral("alpha.example.com"));
        QVERIFY(stored->description.isEmpty());
    }

    void replace_errors_data()
    {
        QTest::addColumn<QString>("rid");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorName");
        QTest::addColumn<QJsonObject>("parameters");
        const QJsonObject ok{{QStringLiteral("name"), QStringLiteral("Renamed")}};
        const QJsonObject aIds{{QStringLiteral("organizationRid"), kOrgA}};
        QTest::newRow("no name") << kOrgA << QByteArray("admin-write") << QJsonObject() << 400
                                 << QStringLiteral("Conjure:InvalidArgument")
                                 << QJsonObject{{QStringLiteral("message"),
                                                 QStringLiteral("name: is required")}};
        QTest::newRow("unknown organization")
            << kUnknownOrg << QByteArray("admin-write") << ok << 404
            << QStringLiteral("OrganizationNotFound")
            << QJsonObject{{QStringLiteral("organizationRid"), kUnknownOrg}};
        QTest::newRow("users-and-groups admin")
            << kOrgA << QByteArray("uma-write") << ok << 403
            << QStringLiteral("ReplaceOrganizationPermissionDenied") << aIds;
        QTest::newRow("org admin of another org")
            << kOrgB << QByteArray("olivia-write") << ok << 403
            << QStringLiteral("ReplaceOrganizationPermissionDenied")
            << QJsonObject{{QStringLiteral("organizationRid"), kOrgB}};
        QTest::newRow("read scope")
            << kOrgA << QByteArray("admin-read") << ok << 403 << QStringLiteral("ApiUsageDenied")
            << QJsonObject{{QStringLiteral("missingScope"), QStringLiteral("api:admin-write")}};
        QTest::newRow("host with a port")
            << kOrgA << QByteArray("admin-write")
            << QJsonObject{{QStringLiteral("name"), QStringLiteral("A")},
                           {QStringLiteral("host"), QStringLiteral("a.example.com:443")}}
            << 400 << QStringLiteral("InvalidHostName")
            << QJsonObject{
                   {QStringLiteral("invalidHostName"), QStringLiteral("a.example.com:443")}};
        QTest::newRow("host with an underscore")
            << kOrgA << QByteArray("admin-write")
            << QJsonObject{{QStringLiteral("name"), QStringLiteral("A")},
                           {QStringLiteral("host"), QStringLiteral("a_b.example.com")}}
            << 400 << QStringLiteral("InvalidHostName")
            << QJsonObject{{QStringLiteral("invalidHostName"), QStringLiteral("a_b.example.com")}};
        QTest::newRow("host with an empty label")
            << kOrgA << QByteArray("admin-write")
            << QJsonObject{{QStringLiteral("name"), QStringLiteral("A")},
                           {QStringLiteral("host"), QStringLiteral("a..example.com")}}
            << 400 << QStringLiteral("InvalidHostName")
            << QJsonObject{{QStringLiteral("invalidHostName"), QStringLiteral("a..example.com")}};
        QTest::newRow("name of another organization")
            << kOrgA << QByteArray("admin-write")
            << QJsonObject{{QStringLiteral("name"), QStringLiteral("Org B")}} << 400
            << QStringLiteral("OrganizationNameAlreadyExists")
            << QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Org B")}};
    }
    void replace_errors()
    {
        QFETCH(QString, rid);
        QFETCH(QByteArray, token);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, errorName);
        QFETCH(QJsonObject, parameters);
        verifyError(replace(rid, body, token), status, errorName, parameters);
        QCOMPARE(m_server->directory->organization(kOrgA)->name, QStringLiteral("Org A"));
    }

    void replace_keepingItsOwnName_isFine()
    {
        QCOMPARE(replace(kOrgA, {{QStringLiteral("name"), QStringLiteral("Org A")}}).status, 200);
    }

    void create_makesTheOrganizationAndItsAdministrators()
    {
        const QString olivia = userIdOf(*m_server, QStringLiteral("olivia"));
        const QString group = m_server->directory->groupByName(QStringLiteral("ug-admins"))->id;
        QJsonObject body = createBody({olivia, group}, QStringLiteral("Org C"));
        body.insert(QStringLiteral("host"), QStringLiteral("c.example.com"));
        body.insert(QStringLiteral("description"), QStringLiteral("Third"));
        const Reply reply =
            callApi(*m_server, "POST", kOrganizations, "admin-write", jsonBytes(body));
        QCOMPARE(reply.status, 200);
        const QJsonObject json = reply.json();
        QCOMPARE(sortedKeys(json), (QStringList{QStringLiteral("description"),
                                                QStringLiteral("host"), QStringLiteral("markingId"),
                                                QStringLiteral("name"), QStringLiteral("rid")}));
        const QString rid = json.value(QStringLiteral("rid")).toString();
        QVERIFY(rid.startsWith(QStringLiteral("ri.organization.main.organization.")));
        QCOMPARE(m_server->directory->organization(rid)->name, QStringLiteral("Org C"));
        int administrators = 0;
        for (const RoleAssignment &assignment : m_server->directory->roleAssignments()) {
            if (assignment.resource == rid) {
                QCOMPARE(assignment.roleId, QStringLiteral("organization-administrator"));
                ++administrators;
            }
        }
        QCOMPARE(administrators, 2);
        // The new administrator manages the new organization at once.
        QCOMPARE(replace(rid, {{QStringLiteral("name"), QStringLiteral("Org C2")}}, "olivia-write")
                     .status,
                 200);
    }

    void create_errors_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorName");
        QTest::addColumn<QJsonObject>("parameters");
        const QJsonArray someone{QStringLiteral("00000000-0000-0000-0000-000000000000")};
        QJsonObject otherEnrollment = createBody({}, QStringLiteral("X"));
        otherEnrollment.insert(QStringLiteral("enrollmentRid"),
                               QStringLiteral("ri.enrollment..enrollment.other"));
        QJsonObject badHost = createBody({}, QStringLiteral("X"));
        badHost.insert(QStringLiteral("host"), QStringLiteral("bad host"));
        QTest::newRow("no administrators field")
            << QByteArray("admin-write")
            << QJsonObject{{QStringLiteral("enrollmentRid"), kEnrollmentRid},
                           {QStringLiteral("name"), QStringLiteral("X")}}
            << 400 << QStringLiteral("Conjure:InvalidArgument")
            << QJsonObject{
                   {QStringLiteral("message"), QStringLiteral("administrators: is required")}};
        QTest::newRow("other enrollment")
            << QByteArray("admin-write") << otherEnrollment << 404
            << QStringLiteral("EnrollmentNotFound")
            << QJsonObject{{QStringLiteral("enrollmentRid"),
                            QStringLiteral("ri.enrollment..enrollment.other")}};
        QTest::newRow("organization administrator")
            << QByteArray("olivia-write") << createBody({}, QStringLiteral("X")) << 403
            << QStringLiteral("CreateOrganizationPermissionDenied") << QJsonObject();
        QTest::newRow("no administrators")
            << QByteArray("admin-write") << createBody({}, QStringLiteral("X")) << 400
            << QStringLiteral("CreateOrganizationMissingInitialAdminRole") << QJsonObject();
        QTest::newRow("unknown administrator")
            << QByteArray("admin-write") << createBody(someone, QStringLiteral("X")) << 404
            << QStringLiteral("PrincipalNotFound")
            << QJsonObject{{QStringLiteral("principalId"), someone.first()}};
    }
    void create_errors()
    {
        QFETCH(QByteArray, token);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, errorName);
        QFETCH(QJsonObject, parameters);
        const int organizations = int(m_server->directory->organizations().size());
        verifyError(callApi(*m_server, "POST", kOrganizations, token, jsonBytes(body)), status,
                    errorName, parameters);
        QCOMPARE(int(m_server->directory->organizations().size()), organizations);
    }

    void create_domainRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("errorName");
        QTest::addColumn<QJsonObject>("parameters");
        QTest::newRow("name taken")
            << QStringLiteral("Org A") << QString()
            << QStringLiteral("OrganizationNameAlreadyExists")
            << QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Org A")}};
        QTest::newRow("bad host") << QStringLiteral("Org C") << QStringLiteral("-c.example.com")
                                  << QStringLiteral("InvalidHostName")
                                  << QJsonObject{{QStringLiteral("invalidHostName"),
                                                  QStringLiteral("-c.example.com")}};
    }
    void create_domainRules()
    {
        QFETCH(QString, name);
        QFETCH(QString, host);
        QFETCH(QString, errorName);
        QFETCH(QJsonObject, parameters);
        QJsonObject body = createBody({userIdOf(*m_server, QStringLiteral("olivia"))}, name);
        if (!host.isEmpty())
            body.insert(QStringLiteral("host"), host);
        verifyError(callApi(*m_server, "POST", kOrganizations, "admin-write", jsonBytes(body)), 400,
                    errorName, parameters);
    }

    void listAvailableRoles_answersTheThreeOrganizationRoles()
    {
        const Reply reply =
            callApi(*m_server, "GET",
                    organizationPath(kOrgB, QStringLiteral("/listAvailableRoles")), "pat-read");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().keys(), QStringList{QStringLiteral("data")});
        const QJsonArray data = reply.json().value(QStringLiteral("data")).toArray();
        QStringList ids;
        for (const QJsonValue &value : data) {
            const QJsonObject role = value.toObject();
            QCOMPARE(sortedKeys(role),
                     (QStringList{QStringLiteral("description"), QStringLiteral("id"),
                                  QStringLiteral("isDefault"), QStringLiteral("name"),
                                  QStringLiteral("operations"), QStringLiteral("roleSetId"),
                                  QStringLiteral("type")}));
            QCOMPARE(role.value(QStringLiteral("type")).toString(), QStringLiteral("ORGANIZATION"));
            QCOMPARE(role.value(QStringLiteral("isDefault")).toBool(),
                     role.value(QStringLiteral("id")).toString() == u"member");
            ids.append(role.value(QStringLiteral("id")).toString());
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("organization-administrator"),
                                   QStringLiteral("users-and-groups-administrator"),
                                   QStringLiteral("member")}));
        QCOMPARE(data.at(1).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Users and groups administrator"));
        QCOMPARE(data.at(1).toObject().value(QStringLiteral("operations")).toArray().size(), 6);
        QCOMPARE(data.at(2).toObject().value(QStringLiteral("operations")).toArray(),
                 QJsonArray{QStringLiteral("multipass:view-users")});
        verifyError(callApi(*m_server, "GET",
                            organizationPath(kUnknownOrg, QStringLiteral("/listAvailableRoles")),
                            "admin-read"),
                    404, QStringLiteral("OrganizationNotFound"),
                    {{QStringLiteral("organizationRid"), kUnknownOrg}});
    }
};

QTEST_GUILESS_MAIN(TestAdminOrganizationRoutes)
#include "test_admin_organization_routes.moc"
