// Paging of the Users, Groups and GroupMembers listings: page sizes, tokens, and stability while
// users and groups are added and deleted between pages.
#include "AdminUsersTestServer.h"
#include "Paging.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace foundry;
using namespace foundry::test;
using namespace Qt::StringLiterals;

namespace {

User person(const QString &username)
{
    User user;
    user.username = username;
    user.organizationRid = QString(kDefaultOrg);
    return user;
}

QString nextToken(const Reply &reply)
{
    return reply.json()[u"nextPageToken"_s].toString();
}

} // namespace

class AdminUsersPagingTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AdminUsersTestServer> m_server;
    QByteArray m_token;

    Directory &directory() { return *m_server->server.directory; }
    QStringList activeIds()
    {
        QStringList ids;
        for (const User &user : directory().users()) {
            if (user.active)
                ids.append(user.id);
        }
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<AdminUsersTestServer>();
        m_token = m_server->tokenFor(u"uga"_s);
    }

    void users_pagesCoverEveryone_lastPageHasNoToken()
    {
        QStringList seen;
        QString token;
        int pages = 0;
        do {
            const Reply reply = m_server->get(u"/users?pageSize=4&pageToken="_s + token, m_token);
            QCOMPARE(reply.status, 200);
            token = nextToken(reply);
            // Opaque like Foundry's: "v1." and a single base64url run, nothing else.
            static const QRegularExpression format(QStringLiteral("^v1\\.[A-Za-z0-9_-]+$"));
            QVERIFY2(token.isEmpty() || format.match(token).hasMatch(), qPrintable(token));
            QVERIFY(dataIds(reply).size() <= 4);
            seen += dataIds(reply);
            ++pages;
        } while (!token.isEmpty() && pages < 10);
        QCOMPARE(seen, activeIds());
        QCOMPARE(pages, (int(activeIds().size()) + 3) / 4);
    }

    void users_exactMultiple_lastFullPageHasNoToken()
    {
        const int count = int(activeIds().size());
        const Reply reply = m_server->get(u"/users?pageSize="_s + QString::number(count), m_token);
        QCOMPARE(dataIds(reply).size(), count);
        QVERIFY(!reply.json().contains(u"nextPageToken"_s));
    }

    void users_changesBetweenPages_nothingRepeatsOrVanishes()
    {
        const QStringList before = activeIds();
        const Reply first = m_server->get(u"/users?pageSize=3"_s, m_token);
        const QStringList page1 = dataIds(first);
        QCOMPARE(page1, before.mid(0, 3));

        // Between pages: delete (over HTTP) the first and the last user returned, and one not
        // reached yet; add one.
        for (const QString &id : {page1.at(0), page1.at(2), before.at(5)})
            QCOMPARE(m_server->call("DELETE", u"/users/"_s + id, m_token).status, 204);
        QVERIFY(directory().addUser(person(u"zoe"_s)));
        const QString zoe = directory().userByUsername(u"zoe"_s)->id;

        QStringList rest;
        QString token = nextToken(first);
        while (!token.isEmpty()) {
            const Reply reply = m_server->get(u"/users?pageSize=3&pageToken="_s + token, m_token);
            QCOMPARE(reply.status, 200);
            rest += dataIds(reply);
            token = nextToken(reply);
        }
        QStringList expected = before.mid(3);
        expected.removeAll(before.at(5));
        expected.append(zoe);
        QCOMPARE(rest, expected);
    }

    void groups_deletedBetweenPages_nextPageResumesAfterIt()
    {
        const Reply first = m_server->get(u"/groups?pageSize=2"_s, m_token);
        QCOMPARE(dataIds(first, u"name"_s), (QStringList{u"admins"_s, u"inner"_s}));
        QCOMPARE(m_server->call("DELETE", u"/groups/"_s + m_server->groupIdOf(u"inner"_s), m_token)
                     .status,
                 204);
        const Reply second =
            m_server->get(u"/groups?pageSize=2&pageToken="_s + nextToken(first), m_token);
        QCOMPARE(dataIds(second, u"name"_s), (QStringList{u"readers"_s, u"research"_s}));
        QVERIFY(!second.json().contains(u"nextPageToken"_s));
    }

    void search_pagesInTheBody()
    {
        const auto body = [](const QString &token) {
            QJsonObject object{
                {u"where"_s, QJsonObject{{u"type"_s, u"queryString"_s}, {u"value"_s, u"a"_s}}},
                {u"pageSize"_s, 2}};
            if (!token.isEmpty())
                object.insert(u"pageToken"_s, token);
            return object;
        };
        const Reply first = m_server->post(u"/users/search"_s, m_token, body({}));
        QCOMPARE(dataIds(first, u"username"_s), (QStringList{u"admin"_s, u"alice"_s}));
        const Reply second = m_server->post(u"/users/search"_s, m_token, body(nextToken(first)));
        QCOMPARE(dataIds(second, u"username"_s), QStringList{u"acmeadmin"_s});
        QVERIFY(!second.json().contains(u"nextPageToken"_s));
    }

    void groupMembers_andMemberships_page()
    {
        const QString readers = m_server->groupIdOf(u"readers"_s);
        const Reply first =
            m_server->get(u"/groups/"_s + readers + u"/groupMembers?pageSize=1"_s, m_token);
        QCOMPARE(dataIds(first, u"principalId"_s), QStringList{m_server->idOf(u"alice"_s)});
        const Reply second = m_server->get(
            u"/groups/"_s + readers + u"/groupMembers?pageSize=1&pageToken="_s + nextToken(first),
            m_token);
        QCOMPARE(dataIds(second, u"principalId"_s), QStringList{m_server->idOf(u"carol"_s)});
        QVERIFY(!second.json().contains(u"nextPageToken"_s));

        const QString nested = u"/users/"_s + m_server->idOf(u"nested"_s) +
                               u"/groupMemberships?transitive=true&pageSize=1"_s;
        const Reply memberships = m_server->get(nested, m_token);
        QCOMPARE(dataIds(memberships, u"groupId"_s), QStringList{m_server->groupIdOf(u"admins"_s)});
        QVERIFY(!nextToken(memberships).isEmpty());
    }

    void pageSize_invalid_data()
    {
        QTest::addColumn<QString>("pageSize");
        QTest::newRow("zero") << u"0"_s;
        QTest::newRow("negative") << u"-3"_s;
        QTest::newRow("text") << u"ten"_s;
    }
    void pageSize_invalid()
    {
        QFETCH(QString, pageSize);
        const QString members =
            u"/groups/"_s + m_server->groupIdOf(u"readers"_s) + u"/groupMembers"_s;
        for (const QString &path : {u"/users"_s, u"/groups"_s, members}) {
            QCOMPARE_FOUNDRY_ERROR(m_server->get(path + u"?pageSize="_s + pageSize, m_token), 400,
                                   u"InvalidPageSize"_s, (QJsonObject{{u"pageSize"_s, pageSize}}));
        }
        const QByteArray body =
            "{\"where\": {\"type\": \"queryString\", \"value\": \"\"}, \"pageSize\": 0}";
        QCOMPARE(m_server->call("POST", u"/groups/search"_s, m_token, body)
                     .json()[u"errorName"_s]
                     .toString(),
                 u"InvalidPageSize"_s);
    }

    void pageSize_clampedToAThousand()
    {
        for (int i = 0; i < 1100; ++i)
            QVERIFY(directory().addUser(person(u"bulk-"_s + QString::number(i))));
        const Reply reply = m_server->get(u"/users?pageSize=5000"_s, m_token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(dataIds(reply).size(), 1000);
        QVERIFY(!nextToken(reply).isEmpty());
        const Reply byDefault = m_server->get(u"/users"_s, m_token);
        QCOMPARE(dataIds(byDefault).size(), 100);
    }

    void pageToken_notIssuedForThisListing_isInvalid_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("tokenFrom"); // the listing the token was issued by
        QTest::newRow("forged") << u"/users"_s << QString();
        QTest::newRow("groups token on users") << u"/users"_s << u"/groups?pageSize=1"_s;
        QTest::newRow("ACTIVE token on DELETED")
            << u"/users?include=DELETED"_s << u"/users?pageSize=1"_s;
        QTest::newRow("direct token on transitive")
            << u"/users/0e5ed000-0000-4000-8000-000000000008/groupMemberships?transitive=true"_s
            << u"/users/0e5ed000-0000-4000-8000-000000000008/groupMemberships?transitive=true&pageSize=1"_s;
    }
    void pageToken_notIssuedForThisListing_isInvalid()
    {
        QFETCH(QString, path);
        QFETCH(QString, tokenFrom);
        QString token = u"v1.bGlzdGluZwox.AAAAAAAAAAAAAAAA"_s;
        if (!tokenFrom.isEmpty()) {
            token = nextToken(m_server->get(tokenFrom, m_token));
            QVERIFY(!token.isEmpty());
        }
        if (path.endsWith(u"transitive=true"_s)) // same path, another listing
            path.replace(u"transitive=true"_s, u"transitive=false"_s);
        const QString separator = path.contains(u'?') ? u"&"_s : u"?"_s;
        QCOMPARE_FOUNDRY_ERROR(m_server->get(path + separator + u"pageToken="_s + token, m_token),
                               400, u"InvalidPageToken"_s, (QJsonObject{{u"pageToken"_s, token}}));
    }

    void pageToken_tamperedOrOfAnotherSearch_isInvalid()
    {
        const QString token = nextToken(m_server->get(u"/users?pageSize=1"_s, m_token));
        QString tampered = token;
        tampered[5] = tampered[5] == u'A' ? u'B' : u'A';
        QCOMPARE(m_server->get(u"/users?pageToken="_s + tampered, m_token)
                     .json()[u"errorName"_s]
                     .toString(),
                 u"InvalidPageToken"_s);

        const QByteArray first =
            "{\"where\": {\"type\": \"queryString\", \"value\": \"a\"}, \"pageSize\": 1}";
        const QString searchToken =
            nextToken(m_server->call("POST", u"/users/search"_s, m_token, first));
        const QByteArray other =
            "{\"where\": {\"type\": \"queryString\", \"value\": \"c\"}, \"pageToken\": \"" +
            searchToken.toLatin1() + "\"}";
        QCOMPARE(m_server->call("POST", u"/users/search"_s, m_token, other)
                     .json()[u"errorName"_s]
                     .toString(),
                 u"InvalidPageToken"_s);
    }

    // The filtered slicer itself: hidden items anchor the cursor; the token appears only when
    // another shown item follows.
    void pageResponse_splicedBytes_equalTheJsonObjectsAnswer()
    {
        const QJsonObject a{{u"id"_s, u"a"_s}, {u"n"_s, 1}};
        const QJsonObject b{{u"id"_s, u"b\"\u00e9"_s}};
        const QByteArrayList bytes{QJsonDocument(a).toJson(QJsonDocument::Compact),
                                   QJsonDocument(b).toJson(QJsonDocument::Compact)};
        for (const QString &token : {QString(), admin::encodePageToken({u"l"_s, 1, u"b"_s})}) {
            QCOMPARE(admin::pageResponse(bytes, token).body,
                     admin::pageResponse(QJsonArray{a, b}, token).body);
        }
        QCOMPARE(admin::pageResponse(QByteArrayList(), QString()).body,
                 admin::pageResponse(QJsonArray(), QString()).body);
    }

    void sliceFilteredPage_anchorsOnHiddenItems()
    {
        const QStringList order{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s};
        QSet<QString> hidden{u"d"_s};
        const auto shown = [&](qsizetype row) { return !hidden.contains(order.at(row)); };
        const auto slice = [&](const admin::PageRequest &request) {
            return admin::sliceFilteredPage(
                u"l"_s, order.size(), [&](qsizetype row) { return order.at(row); }, shown, request);
        };
        admin::PageRequest request;
        request.pageSize = 2;
        const admin::FilteredPageSlice first = slice(request);
        QCOMPARE(first.rows, (QList<qsizetype>{0, 1}));
        QVERIFY(!first.nextPageToken.isEmpty());

        hidden = {u"a"_s, u"b"_s, u"d"_s}; // both returned items hidden meanwhile
        request.cursor = admin::decodePageToken(first.nextPageToken);
        const admin::FilteredPageSlice second = slice(request);
        QCOMPARE(second.rows, (QList<qsizetype>{2, 4}));
        QVERIFY(second.nextPageToken.isEmpty());

        hidden = {u"e"_s}; // only hidden items follow: no token
        request.cursor.reset();
        request.pageSize = 4;
        QVERIFY(slice(request).nextPageToken.isEmpty());
    }
};

QTEST_MAIN(AdminUsersPagingTest)
#include "test_admin_users_paging.moc"
