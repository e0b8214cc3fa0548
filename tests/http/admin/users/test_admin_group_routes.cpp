// Groups endpoints over real HTTP: create, list, get, getBatch, search, replace, delete,
// listCurrent; shapes, errors and their order.
#include "AdminUsersTestServer.h"

using namespace foundry;
using namespace foundry::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject groupBody(const QString &name, const QStringList &organizations,
                      const QJsonObject &attributes = {})
{
    return {{u"name"_s, name},
            {u"organizations"_s, QJsonArray::fromStringList(organizations)},
            {u"attributes"_s, attributes}};
}

QByteArray json(const QJsonObject &object)
{
    return AdminUsersTestServer::toJson(object);
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

class AdminGroupRoutesTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AdminUsersTestServer> m_server;
    QByteArray m_token; // uga: users-and-groups administrator of the default organization

    Directory &directory() { return *m_server->server.directory; }
    QString groupId(const char *name) { return m_server->groupIdOf(QString::fromLatin1(name)); }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<AdminUsersTestServer>();
        m_token = m_server->tokenFor(u"uga"_s);
    }

    void create_answersTheGroup_andTheDirectoryHoldsIt()
    {
        QJsonObject body =
            groupBody(u"pilots"_s, {QString(kDefaultOrg)}, {{u"base"_s, QJsonArray{u"north"_s}}});
        const Reply reply = m_server->post(u"/groups"_s, m_token, body);
        QCOMPARE(reply.status, 200);
        const QJsonObject group = reply.json();
        QCOMPARE(sortedKeys(group), (QStringList{u"attributes"_s, u"id"_s, u"name"_s,
                                                 u"organizations"_s, u"realm"_s}));
        QCOMPARE(group[u"name"_s].toString(), u"pilots"_s);
        QCOMPARE(group[u"realm"_s].toString(), u"palantir-internal-realm"_s);
        QCOMPARE(group[u"organizations"_s].toArray(), QJsonArray{QString(kDefaultOrg)});
        QCOMPARE(group[u"attributes"_s].toObject(),
                 (QJsonObject{{u"base"_s, QJsonArray{u"north"_s}}}));

        const auto stored = directory().groupByName(u"pilots"_s);
        QVERIFY(stored);
        QCOMPARE(stored->id, group[u"id"_s].toString());
        QVERIFY(stored->members.isEmpty());
        QCOMPARE(m_server->get(u"/groups/"_s + stored->id, m_token).json(), group);
    }

    void create_withDescription_answersIt()
    {
        QJsonObject body = groupBody(u"pilots"_s, {QString(kDefaultOrg)});
        body.insert(u"description"_s, u"Fly things"_s);
        const Reply reply = m_server->post(u"/groups"_s, m_token, body);
        QCOMPARE(reply.json()[u"description"_s].toString(), u"Fly things"_s);
        QCOMPARE(directory().groupByName(u"pilots"_s)->description, u"Fly things"_s);
    }

    void create_errors_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorName");
        QTest::addColumn<QJsonObject>("parameters");
        const QString defaultOrg(kDefaultOrg);
        const QString acme(kAcmeOrg);
        const QString nope = u"ri.organization.main.organization.nope"_s;
        QTest::newRow("name taken")
            << u"uga"_s << json(groupBody(u"readers"_s, {defaultOrg})) << 400
            << u"GroupNameAlreadyExists"_s << QJsonObject{{u"groupName"_s, u"readers"_s}};
        QTest::newRow("no organization") << u"uga"_s << json(groupBody(u"x"_s, {})) << 400
                                         << u"InvalidGroupOrganizations"_s << QJsonObject();
        QTest::newRow("unknown organization")
            << u"uga"_s << json(groupBody(u"x"_s, {nope})) << 404 << u"OrganizationNotFound"_s
            << QJsonObject{{u"organizationRid"_s, nope}};
        QTest::newRow("no name") << u"uga"_s
                                 << QByteArray(R"({"organizations": [], "attributes": {}})") << 400
                                 << u"Conjure:InvalidArgument"_s
                                 << QJsonObject{{u"message"_s, u"name: is required"_s}};
        QTest::newRow("blank name") << u"uga"_s << json(groupBody(u" "_s, {defaultOrg})) << 400
                                    << u"Conjure:InvalidArgument"_s
                                    << QJsonObject{{u"message"_s, u"name: must not be empty"_s}};
        QJsonObject withoutAttributes = groupBody(u"x"_s, {defaultOrg});
        withoutAttributes.remove(u"attributes"_s);
        QTest::newRow("no attributes")
            << u"uga"_s << json(withoutAttributes) << 400 << u"Conjure:InvalidArgument"_s
            << QJsonObject{{u"message"_s, u"attributes: is required"_s}};
        QTest::newRow("attribute not a list")
            << u"uga"_s << json(groupBody(u"x"_s, {defaultOrg}, {{u"a"_s, u"b"_s}})) << 400
            << u"Conjure:InvalidArgument"_s
            << QJsonObject{
                   {u"message"_s, u"attributes: the value of \"a\" must be a list of strings"_s}};
        QTest::newRow("organizations not a list")
            << u"uga"_s << QByteArray(R"({"name": "x", "organizations": "o", "attributes": {}})")
            << 400 << u"Conjure:InvalidArgument"_s
            << QJsonObject{
                   {u"message"_s, u"organizations: expected a list of strings, got a string"_s}};
        QTest::newRow("member may not create")
            << u"member"_s << json(groupBody(u"x"_s, {defaultOrg})) << 403
            << u"CreateGroupPermissionDenied"_s << QJsonObject();
        QTest::newRow("administrator elsewhere only")
            << u"uga"_s << json(groupBody(u"x"_s, {acme})) << 403
            << u"CreateGroupPermissionDenied"_s << QJsonObject();
        QTest::newRow("needs every organization")
            << u"acmeadmin"_s << json(groupBody(u"x"_s, {acme, defaultOrg})) << 403
            << u"CreateGroupPermissionDenied"_s << QJsonObject();
        QTest::newRow("404 before 403")
            << u"member"_s << json(groupBody(u"x"_s, {nope})) << 404 << u"OrganizationNotFound"_s
            << QJsonObject{{u"organizationRid"_s, nope}};
        QTest::newRow("403 before the name clash")
            << u"member"_s << json(groupBody(u"readers"_s, {defaultOrg})) << 403
            << u"CreateGroupPermissionDenied"_s << QJsonObject();
        QTest::newRow("400 shape before 404")
            << u"member"_s
            << QByteArray(R"({"name": 1, "organizations": ["nope"], "attributes": {}})") << 400
            << u"Conjure:InvalidArgument"_s
            << QJsonObject{{u"message"_s, u"name: expected a string, got a number"_s}};
    }
    void create_errors()
    {
        QFETCH(QString, username);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, errorName);
        QFETCH(QJsonObject, parameters);
        const int before = int(directory().groups().size());
        const Reply reply =
            m_server->call("POST", u"/groups"_s, m_server->tokenFor(username), body);
        QCOMPARE_FOUNDRY_ERROR(reply, status, errorName, parameters);
        QCOMPARE(int(directory().groups().size()), before);
    }

    void create_inEveryOrganization_byTheEnrollmentAdministrator()
    {
        const Reply reply =
            m_server->post(u"/groups"_s, m_server->tokenFor(u"enradmin"_s),
                           groupBody(u"both"_s, {QString(kAcmeOrg), QString(kDefaultOrg)}));
        QCOMPARE(reply.status, 200);
        QCOMPARE(directory().groupByName(u"both"_s)->organizationRids,
                 (QStringList{QString(kAcmeOrg), QString(kDefaultOrg)}));
    }

    void list_allGroupsInModelOrder()
    {
        const Reply reply = m_server->get(u"/groups"_s, m_token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(dataIds(reply, u"name"_s),
                 (QStringList{u"admins"_s, u"inner"_s, u"readers"_s, u"research"_s}));
        const QJsonObject inner = reply.json()[u"data"_s][1].toObject();
        QVERIFY(!inner.contains(u"description"_s));
        QCOMPARE(inner[u"attributes"_s].toObject(), QJsonObject());
    }

    void get_unknown_isGroupNotFound()
    {
        QCOMPARE_FOUNDRY_ERROR(m_server->get(u"/groups/nope"_s, m_token), 404, u"GroupNotFound"_s,
                               (QJsonObject{{u"groupId"_s, u"nope"_s}}));
    }

    void getBatch_knownIdsOnly()
    {
        const QJsonArray body{QJsonObject{{u"groupId"_s, groupId("readers")}},
                              QJsonObject{{u"groupId"_s, u"nope"_s}}};
        const Reply reply = m_server->post(u"/groups/getBatch"_s, m_token, body);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json()[u"data"_s].toObject().keys(), QStringList{groupId("readers")});
        QCOMPARE_FOUNDRY_ERROR(m_server->call("POST", u"/groups/getBatch"_s, m_token, "[]"), 400,
                               u"MissingBatchRequest"_s, QJsonObject());
        QCOMPARE_FOUNDRY_ERROR(
            m_server->call("POST", u"/groups/getBatch"_s, m_token, R"([{"id": "x"}])"), 400,
            u"Conjure:InvalidArgument"_s,
            (QJsonObject{{u"message"_s, u"[0].groupId: is required"_s}}));
    }

    void search_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("prefix, any case") << u"RE"_s << QStringList{u"readers"_s, u"research"_s};
        QTest::newRow("exact") << u"inner"_s << QStringList{u"inner"_s};
        QTest::newRow("not a prefix") << u"dmins"_s << QStringList();
    }
    void search()
    {
        QFETCH(QString, value);
        QFETCH(QStringList, names);
        const QJsonObject body{
            {u"where"_s, QJsonObject{{u"type"_s, u"queryString"_s}, {u"value"_s, value}}}};
        const Reply reply = m_server->post(u"/groups/search"_s, m_token, body);
        QCOMPARE(reply.status, 200);
        QCOMPARE(dataIds(reply, u"name"_s), names);
    }

    void replace_changesFields_keepsMembers()
    {
        const QString readers = groupId("readers");
        const QJsonObject body =
            groupBody(u"readers2"_s, {QString(kDefaultOrg)}, {{u"k"_s, QJsonArray{u"v"_s}}});
        const Reply reply = m_server->call("PUT", u"/groups/"_s + readers, m_token,
                                           AdminUsersTestServer::toJson(body));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json()[u"name"_s].toString(), u"readers2"_s);
        QCOMPARE(reply.json()[u"id"_s].toString(), readers);
        const Group stored = *directory().groupById(readers);
        QCOMPARE(stored.name, u"readers2"_s);
        QCOMPARE(stored.attributes, (Attributes{{u"k"_s, {u"v"_s}}}));
        QCOMPARE(stored.members.size(), 2);

        // The same name again is no clash with itself.
        QCOMPARE(
            m_server
                ->call("PUT", u"/groups/"_s + readers, m_token, AdminUsersTestServer::toJson(body))
                .status,
            200);
    }

    void replace_errors_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorName");
        QTest::newRow("unknown group")
            << u"uga"_s << u"nope"_s << groupBody(u"x"_s, {QString(kDefaultOrg)}) << 404
            << u"GroupNotFound"_s;
        QTest::newRow("name of another")
            << u"uga"_s << u"readers"_s << groupBody(u"inner"_s, {QString(kDefaultOrg)}) << 400
            << u"GroupNameAlreadyExists"_s;
        QTest::newRow("no organization") << u"uga"_s << u"readers"_s << groupBody(u"x"_s, {}) << 400
                                         << u"InvalidGroupOrganizations"_s;
        QTest::newRow("member") << u"member"_s << u"readers"_s
                                << groupBody(u"x"_s, {QString(kDefaultOrg)}) << 403
                                << u"ReplaceGroupPermissionDenied"_s;
        QTest::newRow("moving it where the caller may not")
            << u"uga"_s << u"readers"_s << groupBody(u"x"_s, {QString(kAcmeOrg)}) << 403
            << u"ReplaceGroupPermissionDenied"_s;
        QTest::newRow("moving it from where the caller may not")
            << u"uga"_s << u"research"_s << groupBody(u"x"_s, {QString(kDefaultOrg)}) << 403
            << u"ReplaceGroupPermissionDenied"_s;
    }
    void replace_errors()
    {
        QFETCH(QString, username);
        QFETCH(QString, group);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, errorName);
        const auto existing = directory().groupByName(group);
        const QString id = existing ? existing->id : group;
        const Reply reply = m_server->call("PUT", u"/groups/"_s + id, m_server->tokenFor(username),
                                           AdminUsersTestServer::toJson(body));
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json()[u"errorName"_s].toString(), errorName);
        if (existing)
            QCOMPARE(*directory().groupById(id), *existing);
    }

    void delete_answers204_andMembershipsGo()
    {
        const QString inner = groupId("inner");
        const Reply reply = m_server->call("DELETE", u"/groups/"_s + inner, m_token);
        QCOMPARE(reply.status, 204);
        QVERIFY(reply.body.isEmpty());
        QVERIFY(!directory().groupById(inner));
        QVERIFY(directory().groupByName(u"admins"_s)->members.isEmpty());
        const Reply memberships = m_server->get(u"/users/"_s + m_server->idOf(u"nested"_s) +
                                                    u"/groupMemberships?transitive=true"_s,
                                                m_token);
        QCOMPARE(dataIds(memberships, u"groupId"_s), QStringList());
        QCOMPARE(m_server->call("DELETE", u"/groups/"_s + inner, m_token).status, 404);
    }

    void delete_withoutPermission_isDenied()
    {
        const QString research = groupId("research");
        QCOMPARE_FOUNDRY_ERROR(m_server->call("DELETE", u"/groups/"_s + research, m_token), 403,
                               u"DeleteGroupPermissionDenied"_s,
                               (QJsonObject{{u"groupId"_s, research}}));
        QVERIFY(directory().groupById(research));
    }

    void listCurrent_needsPreview_notScope()
    {
        const QByteArray noScopes = m_server->tokenFor(u"nested"_s, {});
        QCOMPARE_FOUNDRY_ERROR(m_server->get(u"/groups/listCurrent"_s, noScopes), 400,
                               u"ApiFeaturePreviewUsageOnly"_s, QJsonObject());
        const Reply reply = m_server->get(u"/groups/listCurrent?preview=true"_s, noScopes);
        QCOMPARE(reply.status, 200);
        QCOMPARE(dataIds(reply, u"name"_s), (QStringList{u"admins"_s, u"inner"_s}));
        QCOMPARE(reply.json()[u"data"_s][0].toObject()[u"description"_s].toString(),
                 u"Administrators through a nested group"_s);
        QCOMPARE(m_server->get(u"/groups/listCurrent?preview=true"_s, {}).status, 401);
    }
};

QTEST_MAIN(AdminGroupRoutesTest)
#include "test_admin_group_routes.moc"
