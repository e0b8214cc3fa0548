#include "RedirectUri.h"

#include <QTest>

using namespace foundry::auth;

class TestRedirectUri : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("registered");
        QTest::addColumn<QString>("given");
        QTest::addColumn<bool>("match");
        const QString cb = QStringLiteral("http://localhost:8080/callback");
        QTest::newRow("identical") << cb << cb << true;
        QTest::newRow("scheme case")
            << cb << QStringLiteral("HTTP://localhost:8080/callback") << true;
        QTest::newRow("host case")
            << cb << QStringLiteral("http://LocalHost:8080/callback") << true;
        QTest::newRow("trailing slash given")
            << cb << QStringLiteral("http://localhost:8080/callback/") << true;
        QTest::newRow("trailing slash registered")
            << QStringLiteral("http://localhost:8080/callback//") << cb << true;
        QTest::newRow("query ignored")
            << cb << QStringLiteral("http://localhost:8080/callback?x=1") << true;
        QTest::newRow("fragment ignored")
            << cb << QStringLiteral("http://localhost:8080/callback#f") << true;
        QTest::newRow("default http port") << QStringLiteral("http://app.example/cb")
                                           << QStringLiteral("http://app.example:80/cb") << true;
        QTest::newRow("default https port") << QStringLiteral("https://app.example:443/cb")
                                            << QStringLiteral("https://app.example/cb") << true;
        QTest::newRow("root with and without slash")
            << QStringLiteral("http://app.example") << QStringLiteral("http://app.example/")
            << true;
        QTest::newRow("other port")
            << cb << QStringLiteral("http://localhost:8081/callback") << false;
        QTest::newRow("443 on http is not default")
            << QStringLiteral("http://app.example/cb")
            << QStringLiteral("http://app.example:443/cb") << false;
        QTest::newRow("other scheme")
            << cb << QStringLiteral("https://localhost:8080/callback") << false;
        QTest::newRow("other host")
            << cb << QStringLiteral("http://127.0.0.1:8080/callback") << false;
        QTest::newRow("path case")
            << cb << QStringLiteral("http://localhost:8080/Callback") << false;
        QTest::newRow("longer path")
            << cb << QStringLiteral("http://localhost:8080/callback/x") << false;
        QTest::newRow("prefix path") << cb << QStringLiteral("http://localhost:8080/call") << false;
        QTest::newRow("relative") << cb << QStringLiteral("/callback") << false;
        QTest::newRow("empty") << cb << QString() << false;
        QTest::newRow("custom scheme") << QStringLiteral("com.example.app:/oauth")
                                       << QStringLiteral("com.example.app:/oauth/") << true;
    }

    void matches()
    {
        QFETCH(QString, registered);
        QFETCH(QString, given);
        QFETCH(bool, match);
        QCOMPARE(redirects::matches(registered, given), match);
    }

    void isAbsolute_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("absolute");
        QTest::newRow("http") << QStringLiteral("http://localhost:1234/cb") << true;
        QTest::newRow("custom scheme") << QStringLiteral("myapp:/cb") << true;
        QTest::newRow("relative") << QStringLiteral("/cb") << false;
        QTest::newRow("http without host") << QStringLiteral("http:/cb") << false;
        QTest::newRow("garbage") << QStringLiteral("::not a url") << false;
    }

    void isAbsolute()
    {
        QFETCH(QString, uri);
        QFETCH(bool, absolute);
        QCOMPARE(redirects::isAbsolute(uri), absolute);
    }

    void withQueryParameters_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("http://h/cb") << QStringLiteral("s1")
                               << QStringLiteral("http://h/cb?code=c&state=s1");
        QTest::newRow("existing query kept")
            << QStringLiteral("http://h/cb?tenant=a%20b&x=1") << QStringLiteral("s")
            << QStringLiteral("http://h/cb?tenant=a%20b&x=1&code=c&state=s");
        QTest::newRow("state encoded")
            << QStringLiteral("http://h/cb") << QStringLiteral("a+b&c=d e/")
            << QStringLiteral("http://h/cb?code=c&state=a%2Bb%26c%3Dd%20e%2F");
        QTest::newRow("fragment dropped")
            << QStringLiteral("http://h/cb#frag") << QStringLiteral("s")
            << QStringLiteral("http://h/cb?code=c&state=s");
    }

    void withQueryParameters()
    {
        QFETCH(QString, uri);
        QFETCH(QString, state);
        QFETCH(QString, expected);
        QCOMPARE(redirects::withQueryParameters(uri, {{QStringLiteral("code"), QStringLiteral("c")},
                                                      {QStringLiteral("state"), state}}),
                 expected);
    }
};

QTEST_APPLESS_MAIN(TestRedirectUri)
#include "test_redirect_uri.moc"
