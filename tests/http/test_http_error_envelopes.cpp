// FoundryError, OAuthError and ProtocolErrors: the envelopes clients parse.

#include "FoundryError.h"
#include "OAuthErrorResponse.h"
#include "ProtocolErrors.h"

#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace foundry;

class TestErrorEnvelopes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foundryError_hasTheConjureShape();
    void foundryError_getsAFreshInstanceIdEachTime();
    void foundryError_codeFollowsTheStatus_data();
    void foundryError_codeFollowsTheStatus();
    void oauthError_hasTheRfc6749Shape();
    void family_followsThePath_data();
    void family_followsThePath();
    void payloadTooLarge_namesTheLimit();
};

static QJsonObject bodyOf(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

void TestErrorEnvelopes::foundryError_hasTheConjureShape()
{
    const HttpResponse response = foundryErrorResponse(FoundryError::make(
        404, QStringLiteral("UserNotFound"), {{QStringLiteral("userId"), QStringLiteral("u1")}},
        QStringLiteral("No such user")));
    QCOMPARE(response.status, 404);
    QCOMPARE(response.contentType, QByteArray("application/json"));
    const QJsonObject body = bodyOf(response);
    QCOMPARE(body.value(QStringLiteral("errorCode")).toString(), QStringLiteral("NOT_FOUND"));
    QCOMPARE(body.value(QStringLiteral("errorName")).toString(), QStringLiteral("UserNotFound"));
    QCOMPARE(body.value(QStringLiteral("parameters")).toObject(),
             (QJsonObject{{QStringLiteral("userId"), QStringLiteral("u1")}}));
    QCOMPARE(body.value(QStringLiteral("errorDescription")).toString(),
             QStringLiteral("No such user"));
    QVERIFY(!QUuid::fromString(body.value(QStringLiteral("errorInstanceId")).toString()).isNull());
    QVERIFY(!bodyOf(foundryErrorResponse(FoundryError::make(400, QStringLiteral("X"))))
                 .contains(QStringLiteral("errorDescription")));
}

void TestErrorEnvelopes::foundryError_getsAFreshInstanceIdEachTime()
{
    const FoundryError error = FoundryError::make(401, QStringLiteral("Default:Unauthorized"));
    QVERIFY(foundryErrorBody(error).value(QStringLiteral("errorInstanceId")) !=
            foundryErrorBody(error).value(QStringLiteral("errorInstanceId")));
}

void TestErrorEnvelopes::foundryError_codeFollowsTheStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("400") << 400 << QStringLiteral("INVALID_ARGUMENT");
    QTest::newRow("401") << 401 << QStringLiteral("UNAUTHORIZED");
    QTest::newRow("403") << 403 << QStringLiteral("PERMISSION_DENIED");
    QTest::newRow("404") << 404 << QStringLiteral("NOT_FOUND");
    QTest::newRow("405") << 405 << QStringLiteral("INVALID_ARGUMENT");
    QTest::newRow("409") << 409 << QStringLiteral("CONFLICT");
    QTest::newRow("413") << 413 << QStringLiteral("REQUEST_ENTITY_TOO_LARGE");
    QTest::newRow("415") << 415 << QStringLiteral("INVALID_ARGUMENT");
    QTest::newRow("500") << 500 << QStringLiteral("INTERNAL");
}

void TestErrorEnvelopes::foundryError_codeFollowsTheStatus()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QCOMPARE(FoundryError::errorCodeForStatus(status), code);
}

void TestErrorEnvelopes::oauthError_hasTheRfc6749Shape()
{
    const HttpResponse response = oauthErrorResponse(
        OAuthError{401, QStringLiteral("invalid_client"), QStringLiteral("Unknown client")});
    QCOMPARE(response.status, 401);
    QCOMPARE(response.headers.value("cache-control"), QByteArray("no-store"));
    QCOMPARE(
        bodyOf(response),
        (QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_client")},
                     {QStringLiteral("error_description"), QStringLiteral("Unknown client")}}));
}

void TestErrorEnvelopes::family_followsThePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("oauth");
    QTest::newRow("token") << QStringLiteral("/multipass/api/oauth2/token") << true;
    QTest::newRow("revoke") << QStringLiteral("/multipass/api/oauth2/revoke_token") << true;
    QTest::newRow("authorize") << QStringLiteral("/multipass/api/oauth2/authorize") << false;
    QTest::newRow("admin") << QStringLiteral("/api/v2/admin/users") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestErrorEnvelopes::family_followsThePath()
{
    QFETCH(QString, path);
    QFETCH(bool, oauth);
    QCOMPARE(errorFamilyForPath(path) == ErrorFamily::OAuth, oauth);
    const QJsonObject body = bodyOf(ProtocolErrors::notFound(path, "GET"));
    QCOMPARE(body.contains(QStringLiteral("error")), oauth);
    QCOMPARE(body.contains(QStringLiteral("errorName")), !oauth);
}

void TestErrorEnvelopes::payloadTooLarge_namesTheLimit()
{
    const HttpResponse response =
        ProtocolErrors::payloadTooLarge(QStringLiteral("/api/x"), 1048576);
    QCOMPARE(response.status, 413);
    const QJsonObject body = bodyOf(response);
    QCOMPARE(body.value(QStringLiteral("errorName")).toString(),
             QStringLiteral("Default:RequestEntityTooLarge"));
    QCOMPARE(body.value(QStringLiteral("parameters"))
                 .toObject()
                 .value(QStringLiteral("maximumBytes"))
                 .toInteger(),
             1048576);
}

QTEST_GUILESS_MAIN(TestErrorEnvelopes)
#include "test_http_error_envelopes.moc"
