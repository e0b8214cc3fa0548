// preregisterUser over real HTTP: the bare-string answer, the created user, idempotency,
// anchored username patterns, the body's errors in Foundry's order, the permission matrix
// (roles × scopes, operation scopes, the api:use- alias) and live role changes.
#include "AdminEnrollmentTestSupport.h"

using namespace foundry;
using namespace foundry::test;

namespace {

const QString kPreregisterUser = QStringLiteral("/preregisterUser?preview=true");

QJsonObject userBody(const QString &username, const QString &organization = kOrgA)
{
    return {{QStringLiteral("username"), username}, {QStringLiteral("organization"), organization}};
}

} // namespace

class TestAdminPreregisterRoutes : public QObject
{
    Q_OBJECT

    std::unique_ptr<OAuthTestServer> m_server;

    Reply preregisterUser(const QJsonObject &body, const QByteArray &token = "admin-write",
                          const QString &provider = kSamlRid)
    {
        return callApi(*m_server, "POST", providerPath(provider, kPreregisterUser), token,
                       jsonBytes(body));
    }

private Q_SLOTS:
    void init() { m_server = std::make_unique<OAuthTestServer>(kEnrollmentSeed); }
    void cleanup() { m_server.reset(); }

    void preregisterUser_answersTheNewIdAsABareString()
    {
        QJsonObject body = userBody(QStringLiteral("ann@example.com"));
        body.insert(QStringLiteral("givenName"), QStringLiteral("Ann"));
        body.insert(QStringLiteral("familyName"), QStringLiteral("Lee"));
        body.insert(QStringLiteral("email"), QStringLiteral("ann@example.com"));
        body.insert(QStringLiteral("attributes"),
                    QJsonObject{{QStringLiteral("team"), QJsonArray{QStringLiteral("red")}}});
        const Reply reply = preregisterUser(body);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
        QVERIFY(reply.body.startsWith('"') && reply.body.endsWith('"'));
        const auto user = m_server->directory->userByUsername(QStringLiteral("ann@example.com"));
        QVERIFY(user);
        QCOMPARE(bareString(reply), user->id);
        QVERIFY(user->active && user->preregistered && !user->isService());
        QCOMPARE(user->realm, kSamlRealm);
        QCOMPARE(user->organizationRid, kOrgA);
        QCOMPARE(user->givenName, QStringLiteral("Ann"));
        QCOMPARE(user->familyName, QStringLiteral("Lee"));
        QCOMPARE(user->email, QStringLiteral("ann@example.com"));
        QCOMPARE(user->attributes, (Attributes{{QStringLiteral("team"), {QStringLiteral("red")}}}));
    }

    void preregisterUser_again_answersTheSameIdAndChangesNothing()
    {
        const Reply first = preregisterUser(userBody(QStringLiteral("ann@example.com")));
        const int users = m_server->directory->userCount();
        QJsonObject changed = userBody(QStringLiteral("ann@example.com"), kOrgB);
        changed.insert(QStringLiteral("givenName"), QStringLiteral("Other"));
        const Reply second = preregisterUser(changed);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.body, first.body);
        QCOMPARE(m_server->directory->userCount(), users);
        const auto user = m_server->directory->userByUsername(QStringLiteral("ann@example.com"));
        QCOMPARE(user->organizationRid, kOrgA);
        QVERIFY(user->givenName.isEmpty());
    }

    void preregisterUser_usernamePatterns_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("first pattern") << QStringLiteral("ann@example.com") << true;
        QTest::newRow("second pattern") << QStringLiteral("bo@palantir.com") << true;
        QTest::newRow("other domain") << QStringLiteral("cy@other.org") << false;
        QTest::newRow("suffix after the match")
            << QStringLiteral("ann@example.com.evil.org") << false;
        QTest::newRow("no @ at all") << QStringLiteral("ann") << false;
    }
    void preregisterUser_usernamePatterns()
    {
        QFETCH(QString, username);
        QFETCH(bool, allowed);
        const Reply reply = preregisterUser(userBody(username));
        if (allowed) {
            QCOMPARE(reply.status, 200);
            return;
        }
        verifyError(
            reply, 400, QStringLiteral("PreregisterUsernameNotAllowed"),
            {{QStringLiteral("username"), username},
             {QStringLiteral("supportedUsernamePatterns"),
              QJsonArray{QStringLiteral(".*@example.com"), QStringLiteral(".*@palantir.com")}}});
        QVERIFY(!m_server->directory->userByUsername(username));
    }

    void preregisterUser_providerWithoutPatterns_acceptsAnyUsername()
    {
        const Reply reply =
            preregisterUser(userBody(QStringLiteral("anything goes")), "admin-write", kOidcRid);
        QCOMPARE(reply.status, 200);
        QCOMPARE(m_server->directory->userByUsername(QStringLiteral("anything goes"))->realm,
                 QStringLiteral("oidc-realm"));
    }

    void preregisterUser_usernameOfAnotherRealm_isRefused()
    {
        verifyError(preregisterUser(userBody(QStringLiteral("olivia")), "admin-write", kOidcRid),
                    400, QStringLiteral("UsernameAlreadyExists"),
                    {{QStringLiteral("username"), QStringLiteral("olivia")},
                     {QStringLiteral("realm"), QStringLiteral("palantir-internal-realm")}});
    }

    void preregisterUser_badBodies_are400_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("not JSON") << QByteArray("{") << QString();
        QTest::newRow("an array") << QByteArray("[]") << QString();
        QTest::newRow("no body") << QByteArray() << QStringLiteral("username");
        QTest::newRow("no username")
            << jsonBytes(QJsonObject{{QStringLiteral("organization"), kOrgA}})
            << QStringLiteral("username");
        QTest::newRow("empty username")
            << jsonBytes(userBody(QString())) << QStringLiteral("username");
        QTest::newRow("no organization")
            << jsonBytes(QJsonObject{{QStringLiteral("username"), QStringLiteral("a@example.com")}})
            << QStringLiteral("organization");
        QTest::newRow("username a number")
            << QByteArray(R"({"username": 5, "organization": "x"})") << QStringLiteral("username");
        QTest::newRow("attributes not lists")
            << QByteArray(
                   R"({"username": "a@example.com", "organization": "x", "attributes": {"k": "v"}})")
            << QStringLiteral("attributes");
    }
    void preregisterUser_badBodies_are400()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        // Shape comes before the path entities: the provider does not even exist here.
        const Reply reply = callApi(
            *m_server, "POST",
            providerPath(QStringLiteral("ri.control-panel.main.saml.nope"), kPreregisterUser),
            "admin-write", body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("errorName")).toString(),
                 QStringLiteral("Conjure:InvalidArgument"));
        QVERIFY(reply.json()
                    .value(QStringLiteral("parameters"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(field));
    }

    void preregisterUser_otherContentType_is415()
    {
        const Reply reply =
            m_server->send("POST", providerPath(kSamlRid, kPreregisterUser), "username=a",
                           {{"Content-Type", "application/x-www-form-urlencoded"},
                            {"Authorization", "Bearer admin-write"}});
        verifyError(reply, 415, QStringLiteral("Conjure:UnsupportedMediaType"));
    }

    void preregisterUser_unknownOrganization_is404BeforePermission_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("enrollment administrator") << QByteArray("admin-write");
        QTest::newRow("no role at all") << QByteArray("pat-write");
    }
    void preregisterUser_unknownOrganization_is404BeforePermission()
    {
        QFETCH(QByteArray, token);
        verifyError(preregisterUser(userBody(QStringLiteral("a@example.com"), kUnknownOrg), token),
                    404, QStringLiteral("OrganizationNotFound"),
                    {{QStringLiteral("organizationRid"), kUnknownOrg}});
    }

    void preregisterUser_patternsAreCheckedAfterPermission()
    {
        verifyError(preregisterUser(userBody(QStringLiteral("cy@other.org")), "pat-write"), 403,
                    QStringLiteral("PreregisterUserPermissionDenied"), providerIds());
    }

    void preregisterUser_permissionMatrix_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("organization");
        QTest::addColumn<QString>("expected"); // "ok", an errorName
        const QString ok = QStringLiteral("ok");
        const QString denied = QStringLiteral("PreregisterUserPermissionDenied");
        const QString noScope = QStringLiteral("ApiUsageDenied");
        QTest::newRow("enrollment admin, org A") << QByteArray("admin-write") << kOrgA << ok;
        QTest::newRow("enrollment admin, org B") << QByteArray("admin-write") << kOrgB << ok;
        QTest::newRow("enrollment admin, use-alias")
            << QByteArray("admin-use-write") << kOrgA << ok;
        QTest::newRow("enrollment admin, operation scope")
            << QByteArray("admin-prereg-user") << kOrgA << ok;
        QTest::newRow("enrollment admin, other operation scope")
            << QByteArray("admin-prereg-group") << kOrgA << noScope;
        QTest::newRow("enrollment admin, read scope")
            << QByteArray("admin-read") << kOrgA << noScope;
        QTest::newRow("enrollment admin, no scope") << QByteArray("admin-none") << kOrgA << noScope;
        QTest::newRow("org admin, own org") << QByteArray("olivia-write") << kOrgA << ok;
        QTest::newRow("org admin, other org") << QByteArray("olivia-write") << kOrgB << denied;
        QTest::newRow("users-and-groups admin, own org") << QByteArray("uma-write") << kOrgA << ok;
        QTest::newRow("users-and-groups admin, operation scope")
            << QByteArray("uma-prereg-user") << kOrgA << ok;
        QTest::newRow("users-and-groups admin, other org")
            << QByteArray("uma-write") << kOrgB << denied;
        QTest::newRow("users-and-groups admin through a group")
            << QByteArray("gus-write") << kOrgA << ok;
        QTest::newRow("member") << QByteArray("mel-write") << kOrgA << denied;
        QTest::newRow("no role") << QByteArray("pat-write") << kOrgA << denied;
        QTest::newRow("no role, read scope") << QByteArray("pat-read") << kOrgA << noScope;
    }
    void preregisterUser_permissionMatrix()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, organization);
        QFETCH(QString, expected);
        const QString username =
            QStringLiteral("new-%1@example.com").arg(QString::fromLatin1(token));
        const Reply reply = preregisterUser(userBody(username, organization), token);
        if (expected == u"ok") {
            QCOMPARE(reply.status, 200);
            QCOMPARE(m_server->directory->userByUsername(username)->organizationRid, organization);
        } else if (expected == u"ApiUsageDenied") {
            verifyError(reply, 403, expected,
                        {{QStringLiteral("missingScope"), QStringLiteral("api:admin-write")}});
        } else {
            verifyError(reply, 403, expected, providerIds());
            QVERIFY(!m_server->directory->userByUsername(username));
        }
    }

    void roleGrantedOrRevokedInDirectory_countsOnTheNextRequestWithTheSameToken()
    {
        const QString pat = userIdOf(*m_server, QStringLiteral("pat"));
        verifyError(preregisterUser(userBody(QStringLiteral("one@example.com")), "pat-write"), 403,
                    QStringLiteral("PreregisterUserPermissionDenied"), providerIds());
        const RoleAssignment grant{{PrincipalKind::User, pat},
                                   QStringLiteral("users-and-groups-administrator"),
                                   kOrgA,
                                   {}};
        QVERIFY(m_server->directory->addRoleAssignment(grant));
        QCOMPARE(preregisterUser(userBody(QStringLiteral("one@example.com")), "pat-write").status,
                 200);
        QVERIFY(m_server->directory->removeRoleAssignment(grant.key()));
        verifyError(preregisterUser(userBody(QStringLiteral("two@example.com")), "pat-write"), 403,
                    QStringLiteral("PreregisterUserPermissionDenied"), providerIds());
    }
};

QTEST_GUILESS_MAIN(TestAdminPreregisterRoutes)
#include "test_admin_preregister_routes.moc"
