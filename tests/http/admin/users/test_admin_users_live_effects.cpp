// Live effects over real HTTP: a deleted user's tokens stop at once, revocation ends issued
// tokens, and roles granted in the Directory (as the console does) count on the next request.
#include "AdminUsersTestServer.h"

using namespace foundry;
using namespace foundry::test;
using namespace Qt::StringLiterals;

class AdminUsersLiveEffectsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AdminUsersTestServer> m_server;

    Directory &directory() { return *m_server->server.directory; }
    QString user(const char *name) const { return m_server->idOf(QString::fromLatin1(name)); }

private Q_SLOTS:
    void init() { m_server = std::make_unique<AdminUsersTestServer>(); }

    // The answers come from a per-thread cache of serialised users (userJsonBytes): an edit
    // made in the Directory, as the console makes it, must show on the very next request.
    void userEditedInTheDirectory_showsOnTheNextGetCurrentAndListing()
    {
        const QByteArray carol = m_server->tokenFor(u"carol"_s, {u"api:admin-read"_s});
        const auto emailInListing = [&] {
            const QJsonArray data = m_server->get(u"/users?pageSize=1000"_s, carol)
                                        .json()[u"data"_s]
                                        .toArray();
            for (const QJsonValue &item : data) {
                if (item[u"id"_s].toString() == user("carol"))
                    return item[u"email"_s].toString();
            }
            return u"(not listed)"_s;
        };
        for (const QString &email : {u"first@example.com"_s, u"second@example.com"_s}) {
            User edited = *directory().userById(user("carol"));
            edited.email = email;
            QVERIFY(directory().updateUser(edited));
            for (int twice = 0; twice < 2; ++twice) { // the second answer is the cached one
                QCOMPARE(m_server->get(u"/users/getCurrent"_s, carol).json()[u"email"_s].toString(),
                         email);
                QCOMPARE(emailInListing(), email);
            }
        }
    }

    void expiredToken_isUnauthorizedWithReason()
    {
        const QByteArray token = m_server->tokenFor(u"uga"_s);
        m_server->server.clock->advanceSeconds(601);
        QCOMPARE_FOUNDRY_ERROR(m_server->get(u"/users"_s, token), 401, u"Default:Unauthorized"_s,
                               (QJsonObject{{u"error"_s, u"EXPIRED"_s}}));
    }

    void deleteUser_itsTokensStopAtOnce()
    {
        const QByteArray carolIssued = m_server->tokenFor(u"carol"_s, {u"api:admin-read"_s});
        const QByteArray carolFixed = "fixed-carol-token";
        QCOMPARE(m_server->get(u"/users/getCurrent"_s, carolIssued).status, 200);
        QCOMPARE(m_server->get(u"/users/getCurrent"_s, carolFixed).status, 200);

        const Reply deleted =
            m_server->call("DELETE", u"/users/"_s + user("carol"), m_server->tokenFor(u"uga"_s));
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
        QCOMPARE(directory().userById(user("carol"))->active, false);
        QCOMPARE_FOUNDRY_ERROR(m_server->get(u"/users/getCurrent"_s, carolIssued), 401,
                               u"Default:Unauthorized"_s, QJsonObject());
        QCOMPARE(m_server->get(u"/users/getCurrent"_s, carolFixed).status, 401);

        const QByteArray reader = m_server->tokenFor(u"member"_s);
        QCOMPARE(m_server->get(u"/users/"_s + user("carol") + u"?status=DELETED"_s, reader)
                     .json()[u"status"_s]
                     .toString(),
                 u"DELETED"_s);
        QVERIFY(
            dataIds(m_server->get(u"/users?include=DELETED"_s, reader)).contains(user("carol")));
        // Deleting again changes nothing; reactivating in the console brings the tokens back.
        QCOMPARE(
            m_server->call("DELETE", u"/users/"_s + user("carol"), m_server->tokenFor(u"uga"_s))
                .status,
            204);
        QVERIFY(directory().setUserActive(user("carol"), true));
        QCOMPARE(m_server->get(u"/users/getCurrent"_s, carolFixed).status, 200);
    }

    void revokeAllTokens_revokesIssuedTokens_fixedOnesAreConfiguration()
    {
        const QByteArray carolIssued = m_server->tokenFor(u"carol"_s, {u"api:admin-read"_s});
        const Reply reply =
            m_server->call("POST", u"/users/"_s + user("carol") + u"/revokeAllTokens"_s,
                           m_server->tokenFor(u"uga"_s));
        QCOMPARE(reply.status, 204);
        QVERIFY(reply.body.isEmpty());
        QCOMPARE(m_server->get(u"/users/getCurrent"_s, carolIssued).status, 401);
        QCOMPARE(m_server->get(u"/users/getCurrent"_s, "fixed-carol-token").status, 200);
        QCOMPARE(directory().userById(user("carol"))->active, true);
    }

    void revokeOwnTokens_endsTheCallersSession()
    {
        const QByteArray member = m_server->tokenFor(u"member"_s);
        QCOMPARE(
            m_server->call("POST", u"/users/"_s + user("member") + u"/revokeAllTokens"_s, member)
                .status,
            204);
        QCOMPARE(m_server->get(u"/users"_s, member).status, 401);
    }

    void roleChangedInTheDirectory_countsOnTheNextRequestWithTheSameToken()
    {
        const QByteArray member = m_server->tokenFor(u"member"_s);
        const QString carol = u"/users/"_s + user("carol");
        QCOMPARE(m_server->call("DELETE", carol, member).status, 403);

        RoleAssignment assignment;
        assignment.principal = {PrincipalKind::User, user("member")};
        assignment.roleId = u"users-and-groups-administrator"_s;
        assignment.resource = QString(kDefaultOrg);
        QVERIFY(directory().addRoleAssignment(assignment));
        QCOMPARE(m_server->call("DELETE", carol, member).status, 204);

        QVERIFY(directory().removeRoleAssignment(assignment.key()));
        QCOMPARE(m_server->call("DELETE", u"/users/"_s + user("alice"), member).status, 403);
    }

    void groupRoleGrantedInTheDirectory_reachesNestedMembers()
    {
        const QByteArray alice = m_server->tokenFor(u"alice"_s);
        const QString dave = u"/users/"_s + user("dave");
        QCOMPARE(m_server->call("DELETE", dave, alice).status, 403);
        RoleAssignment assignment;
        assignment.principal = {PrincipalKind::Group, m_server->groupIdOf(u"readers"_s)};
        assignment.roleId = u"organization-administrator"_s;
        assignment.resource = QString(kAcmeOrg);
        QVERIFY(directory().addRoleAssignment(assignment));
        QCOMPARE(m_server->call("DELETE", dave, alice).status, 204);
    }

    void groupCreatedOverHttp_isInTheDirectory_andItsRolesApply()
    {
        const QByteArray uga = m_server->tokenFor(u"uga"_s);
        const QByteArray body =
            R"({"name": "ops", "organizations": ["ri.organization.main.organization.default"], "attributes": {}})";
        const Reply created = m_server->call("POST", u"/groups"_s, uga, body);
        QCOMPARE(created.status, 200);
        const auto ops = directory().groupByName(u"ops"_s);
        QVERIFY(ops);
        QCOMPARE(ops->id, created.json()[u"id"_s].toString());

        // Membership added over HTTP + a role granted to the group in the console.
        QCOMPARE(m_server
                     ->call("POST", u"/groups/"_s + ops->id + u"/groupMembers/add"_s, uga,
                            "{\"principalIds\": [\"" + user("member").toLatin1() + "\"]}")
                     .status,
                 204);
        RoleAssignment assignment;
        assignment.principal = {PrincipalKind::Group, ops->id};
        assignment.roleId = u"users-and-groups-administrator"_s;
        assignment.resource = QString(kDefaultOrg);
        QVERIFY(directory().addRoleAssignment(assignment));
        QCOMPARE(
            m_server->call("DELETE", u"/users/"_s + user("carol"), m_server->tokenFor(u"member"_s))
                .status,
            204);
    }
};

QTEST_MAIN(AdminUsersLiveEffectsTest)
#include "test_admin_users_live_effects.moc"
