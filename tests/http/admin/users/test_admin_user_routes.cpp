// Users endpoints over real HTTP: list, get, getBatch, getCurrent and search; answer shapes and
// every error.
#include "AdminUsersTestServer.h"

using namespace foundry;
using namespace foundry::test;
using namespace Qt::StringLiterals;

namespace {

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QJsonArray batchOf(int count, const QString &userId)
{
    QJsonArray array;
    for (int i = 0; i < count; ++i)
        array.append(QJsonObject{{QStringLiteral("userId"), userId}});
    return array;
}

} // namespace

class AdminUserRoutesTest : public QObject
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

    void list_activeByDefault_inModelOrder_withExactShapes()
    {
        const Reply reply = m_server->get(QStringLiteral("/users"), m_token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
        QCOMPARE(sortedKeys(reply.json()), QStringList{QStringLiteral("data")});
        const QStringList ids = dataIds(reply);
        QCOMPARE(ids.first(), m_server->idOf(QStringLiteral("admin")));
        QCOMPARE(ids.at(1), id("alice"));
        QVERIFY(!ids.contains(id("bob")));
        QCOMPARE(ids.size(), m_server->server.directory->userCount() - 1);

        const QJsonObject alice = reply.json()[QLatin1StringView("data")][1].toObject();
        QCOMPARE(sortedKeys(alice),
                 (QStringList{QStringLiteral("attributes"), QStringLiteral("email"),
                              QStringLiteral("familyName"), QStringLiteral("givenName"),
                              QStringLiteral("id"), QStringLiteral("organization"),
                              QStringLiteral("realm"), QStringLiteral("status"),
                              QStringLiteral("username")}));
        QCOMPARE(alice[QLatin1StringView("status")].toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(alice[QLatin1StringView("organization")].toString(), QString(kDefaultOrg));
        const QJsonObject attributes = alice[QLatin1StringView("attributes")].toObject();
        QCOMPARE(attributes[QLatin1StringView("department")].toArray(),
                 QJsonArray{QStringLiteral("Research")});
        QCOMPARE(attributes[QLatin1StringView("multipass:givenName")].toArray(),
                 QJsonArray{QStringLiteral("Alice")});
    }

    void list_optionalFieldsOmitted()
    {
        const Reply reply = m_server->get(QStringLiteral("/users"), m_token);
        const QJsonArray data = reply.json()[QLatin1StringView("data")].toArray();
        for (const QJsonValue &value : data) {
            const QJsonObject user = value.toObject();
            const QString username = user[QLatin1StringView("username")].toString();
            if (username == QLatin1StringView("carol")) {
                QVERIFY(!user.contains(QLatin1StringView("familyName")));
                QVERIFY(!user.contains(QLatin1StringView("email")));
                QVERIFY(user.contains(QLatin1StringView("givenName")));
            }
            if (username == QLatin1StringView("svc-etl"))
                QVERIFY(!user.contains(QLatin1StringView("organization")));
            for (auto it = user.begin(); it != user.end(); ++it)
                QVERIFY2(!it.value().isNull(), qPrintable(username + u'.' + it.key()));
        }
    }

    void list_include_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("containsBob");
        QTest::newRow("ACTIVE") << QStringLiteral("?include=ACTIVE") << 200 << false;
        QTest::newRow("DELETED") << QStringLiteral("?include=DELETED") << 200 << true;
        QTest::newRow("lower case") << QStringLiteral("?include=deleted") << 400 << false;
        QTest::newRow("unknown") << QStringLiteral("?include=ALL") << 400 << false;
    }
    void list_include()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(bool, containsBob);
        const Reply reply = m_server->get(QStringLiteral("/users") + query, m_token);
        QCOMPARE(reply.status, status);
        if (status != 200) {
            QCOMPARE(reply.json()[QLatin1StringView("errorName")].toString(),
                     QStringLiteral("Conjure:InvalidArgument"));
            return;
        }
        QCOMPARE(dataIds(reply).contains(id("bob")), containsBob);
        if (containsBob)
            QCOMPARE(dataIds(reply), QStringList{id("bob")});
    }

    void get_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorName");
        QTest::addColumn<QJsonObject>("parameters");
        const QString alice = QStringLiteral("a11ce000-0000-4000-8000-000000000001");
        const QString bob = QStringLiteral("b0b00000-0000-4000-8000-000000000002");
        QTest::newRow("active") << u"/users/"_s + alice << 200 << QString() << QJsonObject();
        QTest::newRow("active, status=ACTIVE")
            << u"/users/"_s + alice + u"?status=ACTIVE"_s << 200 << QString() << QJsonObject();
        QTest::newRow("percent-encoded id") << u"/users/a11ce000%2D0000-4000-8000-000000000001"_s
                                            << 200 << QString() << QJsonObject();
        QTest::newRow("deleted") << u"/users/"_s + bob << 400 << QStringLiteral("UserDeleted")
                                 << QJsonObject{{QStringLiteral("principalId"), bob}};
        QTest::newRow("deleted, status=DELETED")
            << u"/users/"_s + bob + u"?status=DELETED"_s << 200 << QString() << QJsonObject();
        QTest::newRow("active, status=DELETED")
            << u"/users/"_s + alice + u"?status=DELETED"_s << 400 << QStringLiteral("UserIsActive")
            << QJsonObject{{QStringLiteral("principalId"), alice}};
        QTest::newRow("unknown") << u"/users/nobody"_s << 404 << QStringLiteral("UserNotFound")
                                 << QJsonObject{
                                        {QStringLiteral("userId"), QStringLiteral("nobody")}};
        QTest::newRow("unknown, encoded space")
            << u"/users/no%20body"_s << 404 << QStringLiteral("UserNotFound")
            << QJsonObject{{QStringLiteral("userId"), QStringLiteral("no body")}};
        QTest::newRow("bad status before unknown id")
            << u"/users/nobody?status=GONE"_s << 400 << QStringLiteral("Conjure:InvalidArgument")
            << QJsonObject{{QStringLiteral("message"),
                            QStringLiteral("status: expected ACTIVE or DELETED, got \"GONE\"")}};
    }
    void get()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, errorName);
        QFETCH(QJsonObject, parameters);
        const Reply reply = m_server->get(path, m_token);
        if (status == 200) {
            QCOMPARE(reply.status, 200);
            QVERIFY(reply.json().contains(QLatin1StringView("username")));
            return;
        }
        QCOMPARE_FOUNDRY_ERROR(reply, status, errorName, parameters);
    }

    void getBatch_answersKnownIdsInTheRequestedState()
    {
        const QJsonArray body{QJsonObject{{QStringLiteral("userId"), id("alice")}},
                              QJsonObject{{QStringLiteral("userId"), QStringLiteral("nobody")}},
                              QJsonObject{{QStringLiteral("userId"), id("bob")}},
                              QJsonObject{{QStringLiteral("userId"), id("carol")},
                                          {QStringLiteral("status"), QStringLiteral("DELETED")}}};
        const Reply reply = m_server->post(QStringLiteral("/users/getBatch"), m_token, body);
        QCOMPARE(reply.status, 200);
        const QJsonObject data = reply.json()[QLatin1StringView("data")].toObject();
        QCOMPARE(data.keys(), QStringList{id("alice")});
        QCOMPARE(data[id("alice")][QLatin1StringView("username")].toString(),
                 QStringLiteral("alice"));

        const QJsonArray deleted{
            QJsonObject{{QStringLiteral("userId"), id("bob")},
                        {QStringLiteral("status"), QStringLiteral("DELETED")}}};
        const Reply bob = m_server->post(QStringLiteral("/users/getBatch"), m_token, deleted);
        QCOMPARE(bob.json()[QLatin1StringView("data")][id("bob")][QLatin1StringView("status")]
                     .toString(),
                 QStringLiteral("DELETED"));
    }

    void getBatch_errors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("errorName");
        QTest::addColumn<QJsonObject>("parameters");
        QTest::newRow("no body") << QByteArray() << QStringLiteral("MissingBatchRequest")
                                 << QJsonObject();
        QTest::newRow("empty array")
            << QByteArray("[]") << QStringLiteral("MissingBatchRequest") << QJsonObject();
        QTest::newRow("501 elements")
            << AdminUsersTestServer::toJson(batchOf(501, QStringLiteral("x")))
            << QStringLiteral("BatchRequestSizeExceededLimit")
            << QJsonObject{{QStringLiteral("maximumBatchSize"), 500},
                           {QStringLiteral("providedBatchSize"), 501}};
        QTest::newRow("object") << QByteArray(R"({"userId": "x"})")
                                << QStringLiteral("Conjure:InvalidArgument")
                                << QJsonObject{{QStringLiteral("message"),
                                                QStringLiteral("The body must be a JSON array.")}};
        QTest::newRow("element without userId")
            << QByteArray(R"([{"userId": "x"}, {"id": "y"}])")
            << QStringLiteral("Conjure:InvalidArgument")
            << QJsonObject{{QStringLiteral("message"), QStringLiteral("[1].userId: is required")}};
        QTest::newRow("bad status")
            << QByteArray(R"([{"userId": "x", "status": "GONE"}])")
            << QStringLiteral("Conjure:InvalidArgument")
            << QJsonObject{
                   {QStringLiteral("message"),
                    QStringLiteral("[0].status: expected ACTIVE or DELETED, got \"GONE\"")}};
    }
    void getBatch_errors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, errorName);
        QFETCH(QJsonObject, parameters);
        const Reply reply =
            m_server->call("POST", QStringLiteral("/users/getBatch"), m_token, body);
        QCOMPARE_FOUNDRY_ERROR(reply, 400, errorName, parameters);
    }

    void getBatch_fiveHundredElementsAccepted()
    {
        const Reply reply =
            m_server->post(QStringLiteral("/users/getBatch"), m_token, batchOf(500, id("carol")));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json()[QLatin1StringView("data")].toObject().keys(),
                 QStringList{id("carol")});
    }

    void getCurrent_answersTheCaller_notAUserNamedGetCurrent()
    {
        const Reply reply = m_server->get(QStringLiteral("/users/getCurrent"), m_token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json()[QLatin1StringView("id")].toString(), id("uga"));

        const QByteArray service =
            m_server->server.token("grant_type=client_credentials", "etl:etl-secret")
                .json()[QLatin1StringView("access_token")]
                .toString()
                .toUtf8();
        const Reply serviceReply = m_server->get(QStringLiteral("/users/getCurrent"), service);
        QCOMPARE(serviceReply.status, 403); // client credentials without admin scopes
        const QByteArray scoped =
            m_server->tokenFor(QStringLiteral("svc-etl"), {QStringLiteral("api:admin-read")});
        const Reply svc = m_server->get(QStringLiteral("/users/getCurrent"), scoped);
        QCOMPARE(svc.json()[QLatin1StringView("username")].toString(), QStringLiteral("svc-etl"));
        QVERIFY(!svc.json().contains(QLatin1StringView("organization")));
    }

    void search_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("usernames");
        QTest::newRow("username prefix")
            << QStringLiteral("ali") << QStringList{QStringLiteral("alice")};
        QTest::newRow("family name, any case")
            << QStringLiteral("cHEN") << QStringList{QStringLiteral("alice")};
        QTest::newRow("given name")
            << QStringLiteral("Carol") << QStringList{QStringLiteral("carol")};
        QTest::newRow("given name only")
            << QStringLiteral("caroli") << QStringList{QStringLiteral("carol")};
        QTest::newRow("not a prefix") << QStringLiteral("lice") << QStringList();
        QTest::newRow("deleted users excluded") << QStringLiteral("alv") << QStringList();
        QTest::newRow("several") << QStringLiteral("a")
                                 << QStringList{QStringLiteral("admin"), QStringLiteral("alice"),
                                                QStringLiteral("acmeadmin")};
    }
    void search()
    {
        QFETCH(QString, value);
        QFETCH(QStringList, usernames);
        const QJsonObject body{{QStringLiteral("where"),
                                QJsonObject{{QStringLiteral("type"), QStringLiteral("queryString")},
                                            {QStringLiteral("value"), value}}}};
        const Reply reply = m_server->post(QStringLiteral("/users/search"), m_token, body);
        QCOMPARE(reply.status, 200);
        QCOMPARE(dataIds(reply, QStringLiteral("username")), usernames);
        QVERIFY(!reply.json().contains(QLatin1StringView("nextPageToken")));
    }

    void search_errors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty body") << QByteArray() << 400 << QStringLiteral("where: is required");
        QTest::newRow("where not an object") << QByteArray(R"({"where": "ali"})") << 400
                                             << QStringLiteral("where: expected an object");
        QTest::newRow("no value") << QByteArray(R"({"where": {"type": "queryString"}})") << 400
                                  << QStringLiteral("where.value: is required");
        QTest::newRow("other type")
            << QByteArray(R"({"where": {"type": "regex", "value": "a"}})") << 400
            << QStringLiteral("where.type: expected \"queryString\", got \"regex\"");
        QTest::newRow("pageSize text")
            << QByteArray(R"({"where": {"type": "queryString", "value": "a"}, "pageSize": "2"})")
            << 400 << QStringLiteral("pageSize: expected a whole number, got a string");
        QTest::newRow("not JSON") << QByteArray("{where") << 400 << QString();
    }
    void search_errors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, message);
        const Reply reply = m_server->call("POST", QStringLiteral("/users/search"), m_token, body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json()[QLatin1StringView("errorName")].toString(),
                 QStringLiteral("Conjure:InvalidArgument"));
        if (!message.isEmpty())
            QCOMPARE(reply.json()[QLatin1StringView("parameters")][QLatin1StringView("message")]
                         .toString(),
                     message);
    }

    void search_otherContentType_isUnsupported()
    {
        const Reply reply = m_server->call("POST", QStringLiteral("/users/search"), m_token,
                                           "where=a", "application/x-www-form-urlencoded");
        QCOMPARE_FOUNDRY_ERROR(reply, 415, QStringLiteral("Conjure:UnsupportedMediaType"),
                               QJsonObject());
    }
};

QTEST_MAIN(AdminUserRoutesTest)
#include "test_admin_user_routes.moc"
