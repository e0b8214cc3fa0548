#include "AuthFixture.h"
#include "ClientAuthentication.h"

#include <QTest>

using namespace foundry;
using namespace foundry::auth;
using namespace foundry::auth::testing;

class TestClientAuthentication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extract_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("formId");
        QTest::addColumn<QString>("formSecret");
        QTest::addColumn<QString>("error"); // empty: success
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("fromBasic");
        const QByteArray plain = AuthFixture::basic(QStringLiteral("app"), QStringLiteral("pw"));
        QTest::newRow("form only") << QByteArray() << "app"
                                   << "pw"
                                   << "" << 0 << "app"
                                   << "pw" << false;
        QTest::newRow("basic only") << plain << ""
                                    << ""
                                    << "" << 0 << "app"
                                    << "pw" << true;
        QTest::newRow("basic lower-case scheme") << QByteArray("basic " + plain.mid(6)) << ""
                                                 << ""
                                                 << "" << 0 << "app"
                                                 << "pw" << true;
        QTest::newRow("basic and same form id") << plain << "app"
                                                << ""
                                                << "" << 0 << "app"
                                                << "pw" << true;
        QTest::newRow("basic and different form id") << plain << "other"
                                                     << ""
                                                     << "invalid_request" << 400 << ""
                                                     << "" << false;
        QTest::newRow("url-encoded ':' and '%'")
            << AuthFixture::basic(QStringLiteral("my:app%1"), QStringLiteral("p:w%2+x y")) << ""
            << ""
            << "" << 0 << "my:app%1"
            << "p:w%2+x y" << true;
        QTest::newRow("'+' decodes to a space")
            << QByteArray("Basic " + QByteArray("a+b:c+d").toBase64()) << ""
            << ""
            << "" << 0 << "a b"
            << "c d" << true;
        QTest::newRow("secret with raw colons after the first")
            << QByteArray("Basic " + QByteArray("app:a:b").toBase64()) << ""
            << ""
            << "" << 0 << "app"
            << "a:b" << true;
        QTest::newRow("basic without secret uses the form secret")
            << AuthFixture::basic(QStringLiteral("app"), QString()) << ""
            << "pw"
            << "" << 0 << "app"
            << "pw" << true;
        QTest::newRow("no colon") << QByteArray("Basic " + QByteArray("app").toBase64()) << ""
                                  << ""
                                  << "invalid_client" << 401 << ""
                                  << "" << false;
        QTest::newRow("not base64") << QByteArray("Basic !!!") << ""
                                    << ""
                                    << "invalid_client" << 401 << ""
                                    << "" << false;
        QTest::newRow("bearer header is ignored") << QByteArray("Bearer abc") << "app"
                                                  << ""
                                                  << "" << 0 << "app"
                                                  << "" << false;
        QTest::newRow("no client id") << QByteArray() << ""
                                      << "pw"
                                      << "invalid_request" << 400 << ""
                                      << "" << false;
    }

    void extract()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, formId);
        QFETCH(QString, formSecret);
        QFETCH(QString, error);
        QFETCH(int, status);
        QFETCH(QString, id);
        QFETCH(QString, secret);
        QFETCH(bool, fromBasic);
        FormParameters form;
        if (!formId.isEmpty())
            form.insert(QStringLiteral("client_id"), formId);
        if (!formSecret.isEmpty())
            form.insert(QStringLiteral("client_secret"), formSecret);
        const CredentialsResult result = extractClientCredentials(form, authorization);
        if (!error.isEmpty()) {
            QVERIFY(!result.credentials);
            QCOMPARE(result.error.error, error);
            QCOMPARE(result.error.status, status);
            return;
        }
        QVERIFY(result.credentials);
        QCOMPARE(result.credentials->clientId, id);
        QCOMPARE(result.credentials->secret, secret);
        QCOMPARE(result.credentials->fromBasic, fromBasic);
    }

    void resolve_unknownAndDisabledAreTheSame()
    {
        AuthFixture f;
        QVERIFY(resolveClient(*f.directory, QStringLiteral("confidential")));
        QVERIFY(!resolveClient(*f.directory, QStringLiteral("disabled")));
        QVERIFY(!resolveClient(*f.directory, QStringLiteral("nobody")));
        QVERIFY(!resolveClient(*f.directory, QString()));
    }

    void resolve_openModeAcceptsAnyClient()
    {
        AuthFixture f(DirectoryState::withDefaults());
        const auto client = resolveClient(*f.directory, QStringLiteral("anything"));
        QVERIFY(client);
        QVERIFY(client->openMode);
        QVERIFY(client->secretMatches(QStringLiteral("whatever")));
        QVERIFY(client->allowsGrant(grants::kClientCredentials));
        QVERIFY(!client->isConfidential());
    }

    void secretMatches_data()
    {
        QTest::addColumn<QString>("registered");
        QTest::addColumn<QString>("given");
        QTest::addColumn<bool>("match");
        QTest::newRow("right") << "s3cret"
                               << "s3cret" << true;
        QTest::newRow("wrong") << "s3cret"
                               << "s3creT" << false;
        QTest::newRow("missing") << "s3cret"
                                 << "" << false;
        QTest::newRow("public, none sent") << ""
                                           << "" << true;
        QTest::newRow("public, one sent") << ""
                                          << "x" << false;
    }

    void secretMatches()
    {
        QFETCH(QString, registered);
        QFETCH(QString, given);
        QFETCH(bool, match);
        ResolvedClient client{makeClient(QStringLiteral("c"), registered), false};
        QCOMPARE(client.secretMatches(given), match);
    }
};

QTEST_APPLESS_MAIN(TestClientAuthentication)
#include "test_client_authentication.moc"
