// GroupMembers endpoints over real HTTP: direct and transitive listings, add and remove with
// their errors, cycles refused, and the roles a membership grants taking effect at once.
#include "AdminUsersTestServer.h"

using namespace foundry;
using namespace foundry::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject member(const char *type, const QString &id)
{
    return {{u"principalType"_s, QString::fromLatin1(type)}, {u"principalId"_s, id}};
}

QJsonObject principals(const QStringList &ids)
{
    return {{u"principalIds"_s, QJsonArray::fromStringList(ids)}};
}

} // namespace

class AdminGroupMemberRoutesTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AdminUsersTestServer> m_server;
    QByteArray m_token; // uga: users-and-groups administrator of the default organization

    QString user(const char *name) const { return m_server->idOf(QString::fromLatin1(name)); }
    QString group(const char *name) const { return m_server->groupIdOf(QString::fromLatin1(name)); }
    Reply add(const QString &groupId, const QJsonObject &body, const QByteArray &token)
    {
        return m_server->post(u"/groups/"_s + groupId + u"/groupMembers/add"_s, token, body);
    }
    Reply remove(const QString &groupId, const QJsonObject &body, const QByteArray &token)
    {
        return m_server->post(u"/groups/"_s + groupId + u"/groupMembers/remove"_s, token, body);
    }
    QJsonArray members(const QString &groupId, const QString &query = {})
    {
        const Reply reply =
            m_server->get(u"/groups/"_s + groupId + u"/groupMembers"_s + query, m_token);
        return reply.json()[u"data"_s].toArray();
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<AdminUsersTestServer>();
        m_token = m_server->tokenFor(u"uga"_s);
    }

    void list_directMembers_withTypes()
    {
        QCOMPARE(members(group("admins")), QJsonArray{member("GROUP", group("inner"))});
        QCOMPARE(members(group("readers")),
                 (QJsonArray{member("USER", user("alice")), member("USER", user("carol"))}));
    }

    void list_transitive_includesNestedGroupsAndTheirMembers()
    {
        QCOMPARE(members(group("admins"), u"?transitive=true"_s),
                 (QJsonArray{member("GROUP", group("inner")), member("USER", user("nested"))}));
        // A principal reached twice is listed once.
        QCOMPARE(add(group("admins"), principals({user("nested")}), m_token).status, 204);
        QCOMPARE(members(group("admins"), u"?transitive=true"_s),
                 (QJsonArray{member("GROUP", group("inner")), member("USER", user("nested"))}));
    }

    void list_errors()
    {
        QCOMPARE_FOUNDRY_ERROR(m_server->get(u"/groups/nope/groupMembers"_s, m_token), 404,
                               u"GroupNotFound"_s, (QJsonObject{{u"groupId"_s, u"nope"_s}}));
        QCOMPARE(m_server->get(u"/groups/nope/groupMembers?transitive=1"_s, m_token).status, 400);
    }

    void add_answers204_andListsThem()
    {
        QJsonObject body = principals({user("carol"), group("readers")});
        body.insert(u"expiration"_s, u"2030-01-01T00:00:00Z"_s);
        const Reply reply = add(group("inner"), body, m_token);
        QCOMPARE(reply.status, 204);
        QVERIFY(reply.body.isEmpty());
        QCOMPARE(members(group("inner")),
                 (QJsonArray{member("USER", user("nested")), member("USER", user("carol")),
                             member("GROUP", group("readers"))}));
        // Adding again changes nothing.
        QCOMPARE(add(group("inner"), principals({user("carol")}), m_token).status, 204);
        QCOMPARE(members(group("inner")).size(), 3);
        // Alice (in readers, now in inner, in admins) holds the admins' role through three groups.
        const Reply deleted =
            m_server->call("DELETE", u"/users/"_s + user("bob"), m_server->tokenFor(u"alice"_s));
        QCOMPARE(deleted.status, 204);
    }

    void add_errors_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("groupName");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorName");
        QTest::addColumn<QStringList>("parameterKeys");
        QTest::newRow("unknown principal")
            << u"uga"_s << u"readers"_s << QByteArray(R"({"principalIds": ["nobody"]})") << 404
            << u"PrincipalNotFound"_s << QStringList{u"principalId"_s};
        QTest::newRow("unknown group")
            << u"uga"_s << u"nope"_s << QByteArray(R"({"principalIds": []})") << 404
            << u"GroupNotFound"_s << QStringList{u"groupId"_s};
        QTest::newRow("no principalIds")
            << u"uga"_s << u"readers"_s << QByteArray("{}") << 400 << u"Conjure:InvalidArgument"_s
            << QStringList{u"message"_s};
        QTest::newRow("bad expiration")
            << u"uga"_s << u"readers"_s
            << QByteArray(R"({"principalIds": [], "expiration": "tomorrow"})") << 400
            << u"Conjure:InvalidArgument"_s << QStringList{u"message"_s};
        QTest::newRow("member") << u"member"_s << u"readers"_s
                                << QByteArray(R"({"principalIds": []})") << 403
                                << u"AddGroupMembersPermissionDenied"_s
                                << QStringList{u"groupId"_s};
        QTest::newRow("administrator of another organization")
            << u"acmeadmin"_s << u"readers"_s << QByteArray(R"({"principalIds": []})") << 403
            << u"AddGroupMembersPermissionDenied"_s << QStringList{u"groupId"_s};
        QTest::newRow("404 principal before 403")
            << u"member"_s << u"readers"_s << QByteArray(R"({"principalIds": ["nobody"]})") << 404
            << u"PrincipalNotFound"_s << QStringList{u"principalId"_s};
    }
    void add_errors()
    {
        QFETCH(QString, username);
        QFETCH(QString, groupName);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, errorName);
        QFETCH(QStringList, parameterKeys);
        const auto target = m_server->server.directory->groupByName(groupName);
        const QString id = target ? target->id : groupName;
        const Reply reply = m_server->call("POST", u"/groups/"_s + id + u"/groupMembers/add"_s,
                                           m_server->tokenFor(username), body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json()[u"errorName"_s].toString(), errorName);
        QCOMPARE(reply.json()[u"parameters"_s].toObject().keys(), parameterKeys);
        if (target)
            QCOMPARE(*m_server->server.directory->groupById(id), *target);
    }

    void add_cycles_areRefused_data()
    {
        QTest::addColumn<QString>("container");
        QTest::addColumn<QString>("added");
        QTest::newRow("itself") << u"readers"_s << u"readers"_s;
        QTest::newRow("its parent") << u"inner"_s << u"admins"_s;
        QTest::newRow("its grandparent") << u"readers"_s << u"admins"_s;
    }
    void add_cycles_areRefused()
    {
        QFETCH(QString, container);
        QFETCH(QString, added);
        // readers → inner → admins: admins contains readers through inner.
        QCOMPARE(add(group("inner"), principals({group("readers")}), m_token).status, 204);
        const QString containerId = m_server->groupIdOf(container);
        const QString addedId = m_server->groupIdOf(added);
        const auto before = m_server->server.directory->groupById(containerId);
        const Reply reply = add(containerId, principals({user("carol"), addedId}), m_token);
        QCOMPARE_FOUNDRY_ERROR(
            reply, 400, u"GroupMembershipCycle"_s,
            (QJsonObject{{u"groupId"_s, containerId}, {u"principalId"_s, addedId}}));
        QCOMPARE(*m_server->server.directory->groupById(containerId), *before); // nothing added
    }

    void add_permissionBeforeCycle()
    {
        const QString readers = group("readers");
        QCOMPARE(add(readers, principals({readers}), m_server->tokenFor(u"member"_s)).status, 403);
    }

    void add_inAnotherOrganization_byItsAdministrator()
    {
        QCOMPARE(
            add(group("research"), principals({user("alice")}), m_server->tokenFor(u"acmeadmin"_s))
                .status,
            204);
    }

    void remove_answers204_andIgnoresNonMembers()
    {
        const Reply reply =
            remove(group("readers"), principals({user("alice"), user("dave")}), m_token);
        QCOMPARE(reply.status, 204);
        QVERIFY(reply.body.isEmpty());
        QCOMPARE(members(group("readers")), QJsonArray{member("USER", user("carol"))});
    }

    void remove_errors()
    {
        const QString readers = group("readers");
        QCOMPARE_FOUNDRY_ERROR(remove(readers, principals({}), m_server->tokenFor(u"member"_s)),
                               403, u"RemoveGroupMembersPermissionDenied"_s,
                               (QJsonObject{{u"groupId"_s, readers}}));
        QCOMPARE_FOUNDRY_ERROR(remove(readers, principals({u"nobody"_s}), m_token), 404,
                               u"PrincipalNotFound"_s,
                               (QJsonObject{{u"principalId"_s, u"nobody"_s}}));
        QCOMPARE(remove(u"nope"_s, principals({}), m_token).status, 404);
        QCOMPARE(m_server
                     ->call("POST", u"/groups/"_s + readers + u"/groupMembers/remove"_s, m_token,
                            R"({"principalIds": "x"})")
                     .status,
                 400);
    }

    void removingTheNestedGroup_takesItsRoleAway()
    {
        const QByteArray nested = m_server->tokenFor(u"nested"_s);
        const QString carol = u"/users/"_s + user("carol");
        QCOMPARE(m_server->post(carol + u"/revokeAllTokens"_s, nested, QJsonObject()).status, 204);
        QCOMPARE(remove(group("admins"), principals({group("inner")}), m_token).status, 204);
        QCOMPARE_FOUNDRY_ERROR(m_server->post(carol + u"/revokeAllTokens"_s, nested, QJsonObject()),
                               403, u"RevokeAllTokensUserPermissionDenied"_s,
                               (QJsonObject{{u"userId"_s, user("carol")}}));
    }
};

QTEST_MAIN(AdminGroupMemberRoutesTest)
#include "test_admin_group_member_routes.moc"
