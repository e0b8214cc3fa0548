// The endpoints under /users/{userId}/ over real HTTP: profilePicture, getMarkings, providerInfo
// and groupMemberships.
#include "AdminUsersTestServer.h"

using namespace foundry;
using namespace foundry::test;
using namespace Qt::StringLiterals;

class AdminUserDetailRoutesTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AdminUsersTestServer> m_server;
    QByteArray m_token; // uga: may read and write

    QString id(const char *username) const { return m_server->idOf(QString::fromLatin1(username)); }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<AdminUsersTestServer>();
        m_token = m_server->tokenFor(QStringLiteral("uga"));
    }

    void profilePicture_pngBytesWhenTheModelHasOne()
    {
        const QString path = u"/users/"_s + id("alice") + u"/profilePicture"_s;
        QCOMPARE_FOUNDRY_ERROR(m_server->get(path, m_token), 404,
                               QStringLiteral("ProfilePictureNotFound"),
                               (QJsonObject{{QStringLiteral("userId"), id("alice")}}));
        User alice = *m_server->server.directory->userById(id("alice"));
        alice.profilePicture = QByteArray("\x89PNG\r\n\x1a\n-bytes", 14);
        QVERIFY(m_server->server.directory->updateUser(alice));
        const Reply reply = m_server->get(path, m_token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("content-type"), QByteArray("image/png"));
        QCOMPARE(reply.body, alice.profilePicture);
        QCOMPARE_FOUNDRY_ERROR(m_server->get(u"/users/nobody/profilePicture"_s, m_token), 404,
                               QStringLiteral("UserNotFound"),
                               (QJsonObject{{QStringLiteral("userId"), QStringLiteral("nobody")}}));
    }

    void getMarkings_isAlwaysEmpty()
    {
        const Reply reply = m_server->get(u"/users/"_s + id("alice") + u"/getMarkings"_s, m_token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json(), (QJsonObject{{QStringLiteral("view"), QJsonArray()}}));
        QCOMPARE(m_server->get(u"/users/nobody/getMarkings"_s, m_token).status, 404);
    }

    void providerInfo_getAndReplace()
    {
        const QString alice = u"/users/"_s + id("alice") + u"/providerInfo"_s;
        QCOMPARE(m_server->get(alice, m_token).json(),
                 (QJsonObject{{QStringLiteral("providerId"), QStringLiteral("alice-at-okta")}}));
        QCOMPARE_FOUNDRY_ERROR(
            m_server->get(u"/users/"_s + id("carol") + u"/providerInfo"_s, m_token), 404,
            QStringLiteral("UserProviderInfoNotFound"),
            (QJsonObject{{QStringLiteral("userId"), id("carol")}}));

        const Reply replaced = m_server->call("PUT", alice, m_token, R"({"providerId": "new-id"})");
        QCOMPARE(replaced.status, 200);
        QCOMPARE(replaced.json(),
                 (QJsonObject{{QStringLiteral("providerId"), QStringLiteral("new-id")}}));
        QCOMPARE(m_server->server.directory->userById(id("alice"))->providerId,
                 QStringLiteral("new-id"));

        QCOMPARE_FOUNDRY_ERROR(
            m_server->call("PUT", alice, m_token, "{}"), 400,
            QStringLiteral("Conjure:InvalidArgument"),
            (QJsonObject{{QStringLiteral("message"), QStringLiteral("providerId: is required")}}));
        QCOMPARE_FOUNDRY_ERROR(m_server->call("PUT", alice,
                                              m_server->tokenFor(QStringLiteral("member")),
                                              R"({"providerId": "x"})"),
                               403, QStringLiteral("ReplaceUserProviderInfoPermissionDenied"),
                               (QJsonObject{{QStringLiteral("userId"), id("alice")}}));
        QCOMPARE(
            m_server
                ->call("PUT", u"/users/nobody/providerInfo"_s, m_token, R"({"providerId": "x"})")
                .status,
            404);
    }

    void groupMemberships_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("groups");
        QTest::newRow("direct") << QStringLiteral("nested") << QString()
                                << QStringList{QStringLiteral("inner")};
        QTest::newRow("transitive, model order")
            << QStringLiteral("nested") << QStringLiteral("?transitive=true")
            << QStringList{QStringLiteral("admins"), QStringLiteral("inner")};
        QTest::newRow("transitive=false")
            << QStringLiteral("nested") << QStringLiteral("?transitive=false")
            << QStringList{QStringLiteral("inner")};
        QTest::newRow("none") << QStringLiteral("uga") << QStringLiteral("?transitive=true")
                              << QStringList();
        QTest::newRow("deleted user") << QStringLiteral("bob") << QString() << QStringList();
    }
    void groupMemberships()
    {
        QFETCH(QString, username);
        QFETCH(QString, query);
        QFETCH(QStringList, groups);
        const Reply reply = m_server->get(
            u"/users/"_s + m_server->idOf(username) + u"/groupMemberships"_s + query, m_token);
        QCOMPARE(reply.status, 200);
        QStringList expected;
        for (const QString &name : groups)
            expected.append(m_server->groupIdOf(name));
        QCOMPARE(dataIds(reply, QStringLiteral("groupId")), expected);
        for (const QJsonValue &item : reply.json()[QLatin1StringView("data")].toArray())
            QCOMPARE(item.toObject().keys(), QStringList{QStringLiteral("groupId")});
    }

    void groupMemberships_errors()
    {
        QCOMPARE_FOUNDRY_ERROR(m_server->get(u"/users/nobody/groupMemberships"_s, m_token), 404,
                               QStringLiteral("UserNotFound"),
                               (QJsonObject{{QStringLiteral("userId"), QStringLiteral("nobody")}}));
        const Reply bad =
            m_server->get(u"/users/nobody/groupMemberships?transitive=yes"_s, m_token);
        QCOMPARE(bad.status, 400); // the query's shape comes before the user's existence
    }
};

QTEST_MAIN(AdminUserDetailRoutesTest)
#include "test_admin_user_detail_routes.moc"
