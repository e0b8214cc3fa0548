// Who may do what, decided at request time: the permission matrix (endpoint × role × scope), the
// order of Foundry's checks, and live effects of deletion, revocation and role changes.
#include "AdminUsersTestServer.h"

using namespace foundry;
using namespace foundry::test;
using namespace Qt::StringLiterals;

namespace {

// The endpoints under test; each knows its request, operation scope and denial.
struct Endpoint
{
    const char *name;
    QByteArray method;
    QString path; // {carol}, {dave}, {self} and {readers} are filled in per run
    QByteArray body;
    QString operationScope;
    QString deniedError;
    QString deniedParameter; // the path id named by the denial, if any
    bool write = true;
};

const QList<Endpoint> &endpoints()
{
    static const QList<Endpoint> list{
        {"delete carol",
         "DELETE",
         u"/users/{carol}"_s,
         {},
         u"multipass:delete-user"_s,
         u"DeleteUserPermissionDenied"_s,
         u"userId"_s},
        {"delete dave (Acme)",
         "DELETE",
         u"/users/{dave}"_s,
         {},
         u"multipass:delete-user"_s,
         u"DeleteUserPermissionDenied"_s,
         u"userId"_s},
        {"revoke carol's tokens",
         "POST",
         u"/users/{carol}/revokeAllTokens"_s,
         {},
         u"multipass:revoke-tokens"_s,
         u"RevokeAllTokensUserPermissionDenied"_s,
         u"userId"_s},
        {"revoke own tokens",
         "POST",
         u"/users/{self}/revokeAllTokens"_s,
         {},
         u"multipass:revoke-tokens"_s,
         {},
         {}},
        {"create group",
         "POST",
         u"/groups"_s,
         R"({"name": "new", "organizations": ["ri.organization.main.organization.default"], "attributes": {}})",
         u"multipass:create-group"_s,
         u"CreateGroupPermissionDenied"_s,
         {}},
        {"add member", "POST", u"/groups/{readers}/groupMembers/add"_s,
         R"({"principalIds": ["da7e0000-0000-4000-8000-000000000004"]})",
         u"multipass:manage-group-membership"_s, u"AddGroupMembersPermissionDenied"_s,
         u"groupId"_s},
        {"list users", "GET", u"/users"_s, {}, {}, {}, {}, false},
    };
    return list;
}

// Which roles may perform each write (the read and the own revocation are allowed to all).
bool allowed(const QString &endpoint, const QString &username)
{
    if (endpoint == QLatin1StringView("list users") ||
        endpoint == QLatin1StringView("revoke own tokens"))
        return true;
    if (username == QLatin1StringView("enradmin"))
        return true;
    if (endpoint.contains(QLatin1StringView("Acme")))
        return username == QLatin1StringView("acmeadmin");
    return username == QLatin1StringView("uga") || username == QLatin1StringView("orgadmin") ||
           username == QLatin1StringView("nested");
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

class AdminUsersPermissionsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AdminUsersTestServer> m_server;

    Directory &directory() { return *m_server->server.directory; }
    QString user(const char *name) const { return m_server->idOf(QString::fromLatin1(name)); }

    Reply callEndpoint(const Endpoint &endpoint, const QString &username, const QByteArray &token)
    {
        QString path = endpoint.path;
        path.replace(u"{carol}"_s, user("carol"))
            .replace(u"{dave}"_s, user("dave"))
            .replace(u"{self}"_s, m_server->idOf(username))
            .replace(u"{readers}"_s, m_server->groupIdOf(u"readers"_s));
        return m_server->call(endpoint.method, path, token, endpoint.body);
    }

    void checkOutcome(const Endpoint &endpoint, const Reply &reply, const QString &expectedError)
    {
        if (expectedError.isEmpty()) {
            QVERIFY2(reply.status == 200 || reply.status == 204, reply.body.constData());
            return;
        }
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.json()[u"errorName"_s].toString(), expectedError);
        QJsonObject parameters;
        if (expectedError == QLatin1StringView("ApiUsageDenied")) {
            parameters.insert(u"missingScope"_s,
                              endpoint.write ? u"api:admin-write"_s : u"api:admin-read"_s);
        } else if (endpoint.deniedParameter == QLatin1StringView("userId")) {
            parameters.insert(u"userId"_s,
                              endpoint.path.contains(u"{dave}"_s) ? user("dave") : user("carol"));
        } else if (endpoint.deniedParameter == QLatin1StringView("groupId")) {
            parameters.insert(u"groupId"_s, m_server->groupIdOf(u"readers"_s));
        }
        QCOMPARE(reply.json()[u"parameters"_s].toObject(), parameters);
    }

private Q_SLOTS:
    void init() { m_server = std::make_unique<AdminUsersTestServer>(); }

    void matrix_roles_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("username");
        const QStringList roles{u"member"_s, u"alice"_s,     u"uga"_s,     u"orgadmin"_s,
                                u"nested"_s, u"acmeadmin"_s, u"enradmin"_s};
        for (const Endpoint &endpoint : endpoints()) {
            for (const QString &username : roles) {
                QTest::addRow("%s by %s", endpoint.name, qPrintable(username))
                    << QString::fromLatin1(endpoint.name) << username;
            }
        }
    }
    // Every role with the broad scopes: the permission alone decides.
    void matrix_roles()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, username);
        const Endpoint &target = endpointNamed(endpoint);
        const Reply reply = callEndpoint(target, username, m_server->tokenFor(username));
        checkOutcome(target, reply, allowed(endpoint, username) ? QString() : target.deniedError);
    }

    void matrix_scopes_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QStringList>("scopes");
        QTest::addColumn<bool>("granted");
        for (const Endpoint &endpoint : endpoints()) {
            const QString name = QString::fromLatin1(endpoint.name);
            const QString broad = endpoint.write ? u"api:admin-write"_s : u"api:admin-read"_s;
            const QString alias =
                endpoint.write ? u"api:use-admin-write"_s : u"api:use-admin-read"_s;
            QTest::addRow("%s, broad", endpoint.name) << name << QStringList{broad} << true;
            QTest::addRow("%s, api:use- alias", endpoint.name)
                << name << QStringList{alias} << true;
            QTest::addRow("%s, no scope", endpoint.name) << name << QStringList() << false;
            QTest::addRow("%s, unknown scope", endpoint.name)
                << name << QStringList{u"api:ontologies-write"_s} << false;
            if (!endpoint.write)
                continue;
            QTest::addRow("%s, read only", endpoint.name)
                << name << QStringList{u"api:admin-read"_s} << false;
            QTest::addRow("%s, its operation scope", endpoint.name)
                << name << QStringList{endpoint.operationScope} << true;
            const QString other =
                endpoint.operationScope == QLatin1StringView("multipass:delete-user")
                    ? u"multipass:revoke-tokens"_s
                    : u"multipass:delete-user"_s;
            QTest::addRow("%s, another operation scope", endpoint.name)
                << name << QStringList{other} << false;
        }
    }
    // The enrollment administrator holds every permission: the scope alone decides.
    void matrix_scopes()
    {
        QFETCH(QString, endpoint);
        QFETCH(QStringList, scopes);
        QFETCH(bool, granted);
        const Endpoint &target = endpointNamed(endpoint);
        const Reply reply =
            callEndpoint(target, u"enradmin"_s, m_server->tokenFor(u"enradmin"_s, scopes));
        checkOutcome(target, reply, granted ? QString() : u"ApiUsageDenied"_s);
    }

    void orderOfChecks_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("username"); // empty: no token
        QTest::addColumn<QStringList>("scopes");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorName");
        const QString carol = u"/users/ca401000-0000-4000-8000-000000000003"_s;
        const QString readersAdd =
            u"/groups/9c000000-0000-4000-8000-0000000000a3/groupMembers/add"_s;
        QTest::newRow("wrong method before the token")
            << QByteArray("PATCH") << carol << QString() << QStringList() << QByteArray() << 405
            << u"Default:MethodNotAllowed"_s;
        QTest::newRow("unknown path before the token")
            << QByteArray("GET") << u"/userz"_s << QString() << QStringList() << QByteArray() << 404
            << u"Default:NotFound"_s;
        QTest::newRow("no token") << QByteArray("GET") << carol << QString() << QStringList()
                                  << QByteArray() << 401 << u"Default:Unauthorized"_s;
        QTest::newRow("preview, for a token without scopes")
            << QByteArray("GET") << u"/groups/listCurrent"_s << u"member"_s << QStringList()
            << QByteArray() << 400 << u"ApiFeaturePreviewUsageOnly"_s;
        QTest::newRow("write scope before body")
            << QByteArray("POST") << u"/groups"_s << u"uga"_s << QStringList{u"api:admin-read"_s}
            << QByteArray("{") << 403 << u"ApiUsageDenied"_s;
        QTest::newRow("read scope before body")
            << QByteArray("POST") << u"/users/search"_s << u"uga"_s << QStringList()
            << QByteArray("{") << 403 << u"ApiUsageDenied"_s;
        QTest::newRow("body before the group")
            << QByteArray("POST") << u"/groups/nope/groupMembers/add"_s << u"member"_s << kReadWrite
            << QByteArray("{") << 400 << u"Conjure:InvalidArgument"_s;
        QTest::newRow("404 before 403") << QByteArray("DELETE") << u"/users/nobody"_s << u"member"_s
                                        << kReadWrite << QByteArray() << 404 << u"UserNotFound"_s;
        QTest::newRow("403 before the cycle")
            << QByteArray("POST") << readersAdd << u"member"_s << kReadWrite
            << QByteArray(R"({"principalIds": ["9c000000-0000-4000-8000-0000000000a3"]})") << 403
            << u"AddGroupMembersPermissionDenied"_s;
    }
    void orderOfChecks()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, username);
        QFETCH(QStringList, scopes);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, errorName);
        const QByteArray token =
            username.isEmpty() ? QByteArray() : m_server->tokenFor(username, scopes);
        const Reply reply = m_server->call(method, path, token, body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json()[u"errorName"_s].toString(), errorName);
        if (status == 405)
            QVERIFY(reply.header("allow").contains("DELETE"));
    }
};

QTEST_MAIN(AdminUsersPermissionsTest)
#include "test_admin_users_permissions.moc"
