#include "Pkce.h"
#include "Secrets.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace foundry::auth;

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_haveTheSpecFormats()
    {
        const QRegularExpression access(QStringLiteral("^foundry_[A-Za-z0-9_-]{27}$"));
        const QRegularExpression refresh(QStringLiteral("^foundry_refresh_[A-Za-z0-9_-]{27}$"));
        const QRegularExpression code(QStringLiteral("^[0-9a-f]{40}$"));
        for (int i = 0; i < 200; ++i) {
            QVERIFY(access.match(secrets::newAccessToken()).hasMatch());
            QVERIFY(refresh.match(secrets::newRefreshToken()).hasMatch());
            QVERIFY(code.match(secrets::newAuthorizationCode()).hasMatch());
        }
    }

    void tokens_areUnique()
    {
        QSet<QString> seen;
        for (int i = 0; i < 2000; ++i)
            seen.insert(secrets::newAccessToken());
        QCOMPARE(seen.size(), 2000);
    }

    void constantTimeEquals_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("same") << QByteArray("s3cret") << QByteArray("s3cret") << true;
        QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
        QTest::newRow("first byte") << QByteArray("x3cret") << QByteArray("s3cret") << false;
        QTest::newRow("last byte") << QByteArray("s3crex") << QByteArray("s3cret") << false;
        QTest::newRow("prefix") << QByteArray("s3cre") << QByteArray("s3cret") << false;
        QTest::newRow("longer") << QByteArray("s3cret!") << QByteArray("s3cret") << false;
        QTest::newRow("empty vs value") << QByteArray() << QByteArray("s") << false;
        QTest::newRow("trailing nul") << QByteArray("abc\0", 4) << QByteArray("abc") << false;
        QTest::newRow("high bytes") << QByteArray("\xff\x80") << QByteArray("\xff\x80") << true;
    }

    void constantTimeEquals()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, equal);
        QCOMPARE(secrets::constantTimeEquals(QByteArrayView(a), QByteArrayView(b)), equal);
        QCOMPARE(secrets::constantTimeEquals(QByteArrayView(b), QByteArrayView(a)), equal);
    }

    void constantTimeEquals_strings()
    {
        QVERIFY(secrets::constantTimeEquals(QStringLiteral("ünïcode"), QStringLiteral("ünïcode")));
        QVERIFY(!secrets::constantTimeEquals(QStringLiteral("ünïcode"), QStringLiteral("unicode")));
    }

    void pkceMethod_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("known");
        QTest::addColumn<int>("method");
        QTest::newRow("S256") << QStringLiteral("S256") << true << int(pkce::Method::S256);
        QTest::newRow("plain") << QStringLiteral("plain") << true << int(pkce::Method::Plain);
        QTest::newRow("absent means plain") << QString() << true << int(pkce::Method::Plain);
        QTest::newRow("lower-case s256") << QStringLiteral("s256") << false << 0;
        QTest::newRow("PLAIN") << QStringLiteral("PLAIN") << false << 0;
        QTest::newRow("S512") << QStringLiteral("S512") << false << 0;
    }

    void pkceMethod()
    {
        QFETCH(QString, name);
        QFETCH(bool, known);
        QFETCH(int, method);
        const auto parsed = pkce::parseMethod(name);
        QCOMPARE(parsed.has_value(), known);
        if (known)
            QCOMPARE(int(*parsed), method);
    }

    void pkceS256_matchesRfc7636AppendixB()
    {
        // The worked example of RFC 7636 Appendix B.
        const QString verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        const QString challenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        QCOMPARE(pkce::s256Challenge(verifier), challenge);
        QVERIFY(pkce::verify(pkce::Method::S256, challenge, verifier));
        QVERIFY(!pkce::verify(pkce::Method::S256, challenge, verifier + u'x'));
        QVERIFY(!pkce::verify(pkce::Method::S256, challenge, QString()));
        QVERIFY(!pkce::verify(pkce::Method::Plain, challenge, verifier));
    }

    void pkcePlain_isEquality()
    {
        QVERIFY(pkce::verify(pkce::Method::Plain, QStringLiteral("abc"), QStringLiteral("abc")));
        QVERIFY(!pkce::verify(pkce::Method::Plain, QStringLiteral("abc"), QStringLiteral("abd")));
        QVERIFY(!pkce::verify(pkce::Method::Plain, QString(), QString()));
    }
};

QTEST_APPLESS_MAIN(TestSecrets)
#include "test_secrets.moc"
