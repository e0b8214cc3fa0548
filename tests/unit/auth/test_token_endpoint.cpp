// The token endpoint: order of checks, the response shape.
#include "AuthFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace foundry;
using namespace foundry::auth;
using namespace foundry::auth::testing;

namespace {
using Form = QList<QPair<QString, QString>>;
const QString kGrant = QStringLiteral("grant_type");
const QString kCode = QStringLiteral("authorization_code");
} // namespace

class TestTokenEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orderOfChecks_data()
    {
        QTest::addColumn<bool>("formEncoded");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("grantType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        const QByteArray basic = AuthFixture::basic(QStringLiteral("confidential"), kSecret);
        QTest::newRow("content type first") << false << QByteArray() << ""
                                            << "nonsense" << 400 << "invalid_request";
        QTest::newRow("client_id missing") << true << QByteArray() << ""
                                           << "nonsense" << 400 << "invalid_request";
        QTest::newRow("basic and form ids differ")
            << true << basic << "other" << kCode << 400 << "invalid_request";
        QTest::newRow("malformed basic")
            << true << QByteArray("Basic %%%") << "" << kCode << 401 << "invalid_client";
        QTest::newRow("grant_type missing") << true << QByteArray() << "nobody"
                                            << "" << 400 << "invalid_request";
        QTest::newRow("grant_type unknown before client")
            << true << QByteArray() << "nobody"
            << "password" << 400 << "unsupported_grant_type";
        QTest::newRow("grant_type case-sensitive")
            << true << basic << ""
            << "Client_Credentials" << 400 << "unsupported_grant_type";
    }

    void orderOfChecks()
    {
        QFETCH(bool, formEncoded);
        QFETCH(QByteArray, authorization);
        QFETCH(QString, clientId);
        QFETCH(QString, grantType);
        QFETCH(int, status);
        QFETCH(QString, error);
        AuthFixture f;
        Form form{{kGrant, grantType}};
        if (!clientId.isEmpty())
            form.append({QStringLiteral("client_id"), clientId});
        const TokenOutcome outcome = f.token(form, authorization, formEncoded);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.error, error);
        QCOMPARE(outcome.error.status, status);
        QVERIFY(!outcome.error.description.isEmpty());
        QCOMPARE(outcome.error.toJson().value(QStringLiteral("error")).toString(), error);
    }

    void success_hasTheSpecShape()
    {
        AuthFixture f;
        const QString code = f.signIn(QStringLiteral("confidential"), kConfidentialRedirect,
                                      QStringLiteral("api:admin-read offline_access"));
        const TokenOutcome outcome = f.exchange(code, QStringLiteral("confidential"), kSecret);
        QVERIFY(outcome.ok());
        const QJsonObject json = outcome.response->toJson();
        QCOMPARE(json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(json.value(QStringLiteral("expires_in")).toInteger(), 3600);
        QCOMPARE(json.value(QStringLiteral("scope")).toString(),
                 QStringLiteral("api:admin-read offline_access"));
        QVERIFY(json.value(QStringLiteral("access_token"))
                    .toString()
                    .startsWith(QStringLiteral("foundry_")));
        QVERIFY(json.value(QStringLiteral("refresh_token"))
                    .toString()
                    .startsWith(QStringLiteral("foundry_refresh_")));
        QVERIFY(!json.contains(QStringLiteral("id_token")));
        const BearerResult bearer = f.bearer(outcome.response->accessToken);
        QVERIFY(bearer.ok());
        QCOMPARE(bearer.identity.user.username, QStringLiteral("alice"));
    }

    void refreshToken_onlyWithOfflineAccess()
    {
        AuthFixture f;
        const QString code = f.signIn(QStringLiteral("confidential"), kConfidentialRedirect,
                                      QStringLiteral("api:admin-read"));
        const TokenOutcome outcome = f.exchange(code, QStringLiteral("confidential"), kSecret);
        QVERIFY(outcome.ok());
        QVERIFY(outcome.response->refreshToken.isEmpty());
        QVERIFY(!outcome.response->toJson().contains(QStringLiteral("refresh_token")));
        // No scope at all: no `scope` key.
        const TokenOutcome bare =
            f.exchange(f.signIn(QStringLiteral("confidential"), kConfidentialRedirect, {}),
                       QStringLiteral("confidential"), kSecret);
        QVERIFY(!bare.response->toJson().contains(QStringLiteral("scope")));
    }

    void toJsonBytes_isWhatQJsonDocumentWrites_data()
    {
        QTest::addColumn<QString>("accessToken");
        QTest::addColumn<qint64>("expiresIn");
        QTest::addColumn<QStringList>("scopes");
        QTest::addColumn<QString>("refreshToken");
        QTest::addColumn<QString>("tokenType");
        const QString bearer = QStringLiteral("Bearer");
        QTest::newRow("access only") << QStringLiteral("foundry_abc-_DEF123") << qint64(3600)
                                     << QStringList() << QString() << bearer;
        QTest::newRow("scopes and refresh")
            << QStringLiteral("foundry_x") << qint64(60)
            << QStringList{QStringLiteral("api:admin-read"), QStringLiteral("offline_access")}
            << QStringLiteral("foundry_refresh_y") << bearer;
        QTest::newRow("never expires") << QStringLiteral("t") << kNeverExpiresSeconds
                                       << QStringList{QStringLiteral("a/b")} << QString() << bearer;
        QTest::newRow("characters that need escaping")
            << QStringLiteral("q\"b\\s/\x01\t\n") << qint64(1)
            << QStringList{QStringLiteral("sc\u00f6pe"), QStringLiteral("\U0001F600")}
            << QStringLiteral("\u2028") << QStringLiteral("\x7f");
    }

    void toJsonBytes_isWhatQJsonDocumentWrites()
    {
        TokenResponse response;
        QFETCH(QString, accessToken);
        QFETCH(qint64, expiresIn);
        QFETCH(QStringList, scopes);
        QFETCH(QString, refreshToken);
        QFETCH(QString, tokenType);
        response.accessToken = accessToken;
        response.expiresIn = expiresIn;
        response.scopes = scopes;
        response.refreshToken = refreshToken;
        response.tokenType = tokenType;
        QCOMPARE(response.toJsonBytes(),
                 QJsonDocument(response.toJson()).toJson(QJsonDocument::Compact));
    }

    void zeroLifetime_reportsALargePositiveExpiresIn()
    {
        AuthFixture f;
        f.directory->setTokenLifetimeSeconds(0);
        const TokenOutcome outcome =
            f.exchange(f.signIn(QStringLiteral("confidential"), kConfidentialRedirect, {}),
                       QStringLiteral("confidential"), kSecret);
        QCOMPARE(outcome.response->expiresIn, kNeverExpiresSeconds);
        QVERIFY(outcome.response->expiresIn > 0);
    }
};

QTEST_APPLESS_MAIN(TestTokenEndpoint)
#include "test_token_endpoint.moc"
