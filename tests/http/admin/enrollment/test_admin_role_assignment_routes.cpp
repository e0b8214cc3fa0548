// Role assignments on the enrollment (preview) and on organizations over real HTTP: the
// listings, add/remove answering 204, idempotent changes, the 100-update limit, unknown roles and
// principals, who may change them, all-or-nothing validation, and live effect on permissions.
#include "AdminEnrollmentTestSupport.h"

using namespace foundry;
using namespace foundry::test;

namespace {

const QString kEnrollmentAdministrator = QStringLiteral("enrollment-administrator");
const QString kUsersAndGroups = QStringLiteral("users-and-groups-administrator");

QByteArray updates(const QList<QPair<QString, QString>> &roleAndPrincipal)
{
    QJsonArray list;
    for (const auto &[role, principal] : roleAndPrincipal)
        list.append(QJsonObject{{QStringLiteral("roleId"), role},
                                {QStringLiteral("principalId"), principal}});
    return jsonBytes(QJsonObject{{QStringLiteral("roleAssignments"), list}});
}

QString enrollmentRoles(const QString &action = {})
{
    return enrollmentPath(QStringLiteral("/roleAssignments") + action +
                          QStringLiteral("?preview=true"));
}

QString organizationRoles(const QString &rid, const QString &action = {})
{
    return organizationPath(rid, QStringLiteral("/roleAssignments") + action);
}

} // namespace

class TestAdminRoleAssignmentRoutes : public QObject
{
    Q_OBJECT

    std::unique_ptr<OAuthTestServer> m_server;

    QString id(const char *username) { return userIdOf(*m_server, QString::fromLatin1(username)); }

    bool holds(const QString &principalId, const QString &role, const QString &resource)
    {
        const QList<RoleAssignment> all = m_server->directory->roleAssignments();
        return std::any_of(all.cbegin(), all.cend(), [&](const RoleAssignment &assignment) {
            return assignment.principal.id == principalId && assignment.roleId == role &&
                   assignment.resource == resource;
        });
    }

private Q_SLOTS:
    void init() { m_server = std::make_unique<OAuthTestServer>(kEnrollmentSeed); }
    void cleanup() { m_server.reset(); }

    void listEnrollmentAssignments_answersPrincipalTypeIdAndRole()
    {
        const Reply reply = callApi(*m_server, "GET", enrollmentRoles(), "pat-read");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json(),
                 (QJsonObject{{QStringLiteral("data"),
                               QJsonArray{QJsonObject{
                                   {QStringLiteral("principalType"), QStringLiteral("USER")},
                                   {QStringLiteral("principalId"), id("admin")},
                                   {QStringLiteral("roleId"), kEnrollmentAdministrator}}}}}));
    }

    void listOrganizationAssignments_answersOnlyThatOrganizations()
    {
        const Reply reply = callApi(*m_server, "GET", organizationRoles(kOrgA), "pat-read");
        QCOMPARE(reply.status, 200);
        const QJsonArray data = reply.json().value(QStringLiteral("data")).toArray();
        QCOMPARE(data.size(), 4);
        QCOMPARE(data.at(3).toObject(),
                 (QJsonObject{{QStringLiteral("principalType"), QStringLiteral("GROUP")},
                              {QStringLiteral("principalId"),
                               m_server->directory->groupByName(QStringLiteral("ug-admins"))->id},
                              {QStringLiteral("roleId"), kUsersAndGroups}}));
        QCOMPARE(callApi(*m_server, "GET", organizationRoles(kOrgB), "pat-read").json(),
                 (QJsonObject{{QStringLiteral("data"), QJsonArray()}}));
        verifyError(callApi(*m_server, "GET", organizationRoles(kUnknownOrg), "admin-read"), 404,
                    QStringLiteral("OrganizationNotFound"),
                    {{QStringLiteral("organizationRid"), kUnknownOrg}});
    }

    void enrollmentAddThenRemove_answer204AndChangeTheDirectory()
    {
        const QString pat = id("pat");
        const Reply added = callApi(*m_server, "POST", enrollmentRoles(QStringLiteral("/add")),
                                    "admin-write", updates({{kEnrollmentAdministrator, pat}}));
        QCOMPARE(added.status, 204);
        QVERIFY(added.body.isEmpty());
        QVERIFY(holds(pat, kEnrollmentAdministrator, QStringLiteral("enrollment")));
        // Adding it again is not an error; pat, now an administrator, may remove it.
        QCOMPARE(callApi(*m_server, "POST", enrollmentRoles(QStringLiteral("/add")), "admin-write",
                         updates({{kEnrollmentAdministrator, pat}}))
                     .status,
                 204);
        const Reply removed = callApi(*m_server, "POST", enrollmentRoles(QStringLiteral("/remove")),
                                      "pat-write", updates({{kEnrollmentAdministrator, pat}}));
        QCOMPARE(removed.status, 204);
        QVERIFY(removed.body.isEmpty());
        QVERIFY(!holds(pat, kEnrollmentAdministrator, QStringLiteral("enrollment")));
        QCOMPARE(callApi(*m_server, "POST", enrollmentRoles(QStringLiteral("/remove")),
                         "admin-write", updates({{kEnrollmentAdministrator, pat}}))
                     .status,
                 204);
    }

    void enrollmentChanges_errors_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("roleId");
        QTest::addColumn<QString>("principal"); // a username, else taken as an id
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorName");
        const QString add = QStringLiteral("/add");
        const QString remove = QStringLiteral("/remove");
        QTest::newRow("organization administrator may not add")
            << add << QByteArray("olivia-write") << kEnrollmentAdministrator << "pat" << 403
            << QStringLiteral("AddEnrollmentRoleAssignmentsPermissionDenied");
        QTest::newRow("users-and-groups administrator may not remove")
            << remove << QByteArray("uma-write") << kEnrollmentAdministrator << "admin" << 403
            << QStringLiteral("RemoveEnrollmentRoleAssignmentsPermissionDenied");
        QTest::newRow("an organization role")
            << add << QByteArray("admin-write") << kUsersAndGroups << "pat" << 404
            << QStringLiteral("EnrollmentRoleNotFound");
        QTest::newRow("unknown principal")
            << add << QByteArray("admin-write") << kEnrollmentAdministrator << "ghost-id" << 404
            << QStringLiteral("PrincipalNotFound");
        QTest::newRow("read scope") << add << QByteArray("admin-read") << kEnrollmentAdministrator
                                    << "pat" << 403 << QStringLiteral("ApiUsageDenied");
    }
    void enrollmentChanges_errors()
    {
        QFETCH(QString, action);
        QFETCH(QByteArray, token);
        QFETCH(QString, roleId);
        QFETCH(QString, principal);
        QFETCH(int, status);
        QFETCH(QString, errorName);
        const QString principalId = id(principal.toLatin1().constData()).isEmpty()
                                        ? principal
                                        : id(principal.toLatin1().constData());
        const QList<RoleAssignment> before = m_server->directory->roleAssignments();
        const Reply reply = callApi(*m_server, "POST", enrollmentRoles(action), token,
                                    updates({{roleId, principalId}}));
        QJsonObject parameters;
        if (status == 403 && errorName != u"ApiUsageDenied")
            parameters = {{QStringLiteral("enrollmentRid"), kEnrollmentRid}};
        else if (errorName == u"ApiUsageDenied")
            parameters = {{QStringLiteral("missingScope"), QStringLiteral("api:admin-write")}};
        else if (errorName == u"PrincipalNotFound")
            parameters = {{QStringLiteral("principalId"), principalId}};
        verifyError(reply, status, errorName, parameters);
        QCOMPARE(m_server->directory->roleAssignments(), before);
    }

    void badUpdateLists_are400_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QJsonArray hundredAndOne;
        for (int i = 0; i < 101; ++i)
            hundredAndOne.append(QJsonObject{{QStringLiteral("roleId"), QStringLiteral("member")},
                                             {QStringLiteral("principalId"), QStringLiteral("x")}});
        QTest::newRow("no body") << QByteArray() << QStringLiteral("roleAssignments");
        QTest::newRow("not a list")
            << QByteArray(R"({"roleAssignments": {}})") << QStringLiteral("roleAssignments");
        QTest::newRow("element not an object") << QByteArray(R"({"roleAssignments": ["member"]})")
                                               << QStringLiteral("roleAssignments[0]");
        QTest::newRow("no principalId")
            << QByteArray(R"({"roleAssignments": [{"roleId": "member"}]})")
            << QStringLiteral("roleAssignments[0].principalId");
        QTest::newRow("101 updates")
            << jsonBytes(QJsonObject{{QStringLiteral("roleAssignments"), hundredAndOne}})
            << QStringLiteral("at most 100");
    }
    void badUpdateLists_are400()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        for (const QString &path : {enrollmentRoles(QStringLiteral("/add")),
                                    organizationRoles(kUnknownOrg, QStringLiteral("/remove"))}) {
            const Reply reply = callApi(*m_server, "POST", path, "admin-write", body);
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.json().value(QStringLiteral("errorName")).toString(),
                     QStringLiteral("Conjure:InvalidArgument"));
            QVERIFY2(reply.json()
                         .value(QStringLiteral("parameters"))
                         .toObject()
                         .value(QStringLiteral("message"))
                         .toString()
                         .contains(message),
                     reply.body.constData());
        }
    }

    void organizationChanges_permissionMatrix_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("organization");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("enrollment administrator") << QByteArray("admin-write") << kOrgB << true;
        QTest::newRow("enrollment administrator, use-alias")
            << QByteArray("admin-use-write") << kOrgA << true;
        QTest::newRow("organization administrator, own")
            << QByteArray("olivia-write") << kOrgA << true;
        QTest::newRow("organization administrator, other")
            << QByteArray("olivia-write") << kOrgB << false;
        QTest::newRow("users-and-groups administrator")
            << QByteArray("uma-write") << kOrgA << false;
        QTest::newRow("through a group") << QByteArray("gus-write") << kOrgA << false;
        QTest::newRow("member") << QByteArray("mel-write") << kOrgA << false;
        QTest::newRow("no role") << QByteArray("pat-write") << kOrgA << false;
    }
    void organizationChanges_permissionMatrix()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, organization);
        QFETCH(bool, allowed);
        const QString pat = id("pat");
        for (const QString &action : {QStringLiteral("/add"), QStringLiteral("/remove")}) {
            const Reply reply = callApi(*m_server, "POST", organizationRoles(organization, action),
                                        token, updates({{QStringLiteral("member"), pat}}));
            if (allowed) {
                QCOMPARE(reply.status, 204);
                QCOMPARE(holds(pat, QStringLiteral("member"), organization), action == u"/add");
            } else {
                const QString verb =
                    action == u"/add" ? QStringLiteral("Add") : QStringLiteral("Remove");
                verifyError(reply, 403,
                            verb + QStringLiteral("OrganizationRoleAssignmentsPermissionDenied"),
                            {{QStringLiteral("organizationRid"), organization}});
                QVERIFY(!holds(pat, QStringLiteral("member"), organization));
            }
        }
    }

    void organizationChanges_areValidatedBeforeAnyIsApplied_data()
    {
        QTest::addColumn<QString>("secondRole");
        QTest::addColumn<QString>("secondPrincipal");
        QTest::addColumn<QString>("errorName");
        QTest::addColumn<QJsonObject>("parameters");
        QTest::newRow("unknown role")
            << QStringLiteral("owner") << QString() << QStringLiteral("RoleNotFound")
            << QJsonObject{{QStringLiteral("roleId"), QStringLiteral("owner")}};
        QTest::newRow("enrollment role on an organization")
            << kEnrollmentAdministrator << QString() << QStringLiteral("RoleNotFound")
            << QJsonObject{{QStringLiteral("roleId"), kEnrollmentAdministrator}};
        QTest::newRow("unknown principal")
            << QStringLiteral("member") << QStringLiteral("ghost")
            << QStringLiteral("PrincipalNotFound")
            << QJsonObject{{QStringLiteral("principalId"), QStringLiteral("ghost")}};
    }
    void organizationChanges_areValidatedBeforeAnyIsApplied()
    {
        QFETCH(QString, secondRole);
        QFETCH(QString, secondPrincipal);
        QFETCH(QString, errorName);
        QFETCH(QJsonObject, parameters);
        const QString pat = id("pat");
        const Reply reply = callApi(
            *m_server, "POST", organizationRoles(kOrgA, QStringLiteral("/add")), "olivia-write",
            updates({{QStringLiteral("member"), pat},
                     {secondRole, secondPrincipal.isEmpty() ? pat : secondPrincipal}}));
        verifyError(reply, 404, errorName, parameters);
        QVERIFY(!holds(pat, QStringLiteral("member"), kOrgA));
    }

    void organizationAdd_acceptsGroupsAsPrincipals()
    {
        const QString group = m_server->directory->groupByName(QStringLiteral("ug-admins"))->id;
        QCOMPARE(callApi(*m_server, "POST", organizationRoles(kOrgB, QStringLiteral("/add")),
                         "admin-write",
                         updates({{QStringLiteral("organization-administrator"), group}}))
                     .status,
                 204);
        const QJsonArray data = callApi(*m_server, "GET", organizationRoles(kOrgB), "admin-read")
                                    .json()
                                    .value(QStringLiteral("data"))
                                    .toArray();
        QCOMPARE(data.size(), 1);
        QCOMPARE(data.first().toObject().value(QStringLiteral("principalType")).toString(),
                 QStringLiteral("GROUP"));
        // gus is in that group: the role counts for his next request with the same token.
        QCOMPARE(callApi(*m_server, "PUT", organizationPath(kOrgB), "gus-write",
                         jsonBytes(QJsonObject{{QStringLiteral("name"), QStringLiteral("Org B2")}}))
                     .status,
                 200);
    }

    void removingOwnAdministratorRole_takesEffectOnTheNextRequest()
    {
        const QString olivia = id("olivia");
        QCOMPARE(callApi(*m_server, "POST", organizationRoles(kOrgA, QStringLiteral("/remove")),
                         "olivia-write",
                         updates({{QStringLiteral("organization-administrator"), olivia}}))
                     .status,
                 204);
        verifyError(callApi(*m_server, "POST", organizationRoles(kOrgA, QStringLiteral("/add")),
                            "olivia-write",
                            updates({{QStringLiteral("organization-administrator"), olivia}})),
                    403, QStringLiteral("AddOrganizationRoleAssignmentsPermissionDenied"),
                    {{QStringLiteral("organizationRid"), kOrgA}});
    }
};

QTEST_GUILESS_MAIN(TestAdminRoleAssignmentRoutes)
#include "test_admin_role_assignment_routes.moc"
