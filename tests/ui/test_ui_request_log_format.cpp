// What the request log shows, copies and exports: secrets masked everywhere, a curl command
// that repeats the request, one JSON object per entry.
#include "RequestLogFormat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace foundry;
using namespace foundry::ui;

class TestRequestLogFormat : public QObject
{
    Q_OBJECT

    static RequestLogEntry tokenRequest()
    {
        RequestLogEntry entry;
        entry.sequence = 7;
        entry.time = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        entry.method = QStringLiteral("POST");
        entry.path = QStringLiteral("/multipass/api/oauth2/token");
        entry.status = 200;
        entry.client = QStringLiteral("etl");
        entry.requestHeaders.add("Host", "127.0.0.1:4000");
        entry.requestHeaders.add("Authorization", "Basic ZXRsOmV0bC1zZWNyZXQ=");
        entry.requestHeaders.add("Content-Type", "application/x-www-form-urlencoded");
        entry.requestBody = "grant_type=refresh_token&refresh_token=foundry_refresh_abc&"
                            "client_secret=s3cret";
        entry.requestBodySize = entry.requestBody.size();
        entry.responseContentType = "application/json";
        entry.responseBody = R"({"access_token":"foundry_tok","expires_in":3600,)"
                             R"("nested":{"refresh_token":"foundry_refresh_new"}})";
        entry.responseBodySize = entry.responseBody.size();
        return entry;
    }

    static void verifyNoSecret(const QString &text)
    {
        for (const char *secret : {"ZXRsOmV0bC1zZWNyZXQ=", "foundry_refresh_abc", "s3cret",
                                   "foundry_tok", "foundry_refresh_new"})
            QVERIFY2(!text.contains(QLatin1String(secret)), secret);
    }

private Q_SLOTS:
    void requestAndResponse_areShown_withSecretsMasked()
    {
        const RequestLogEntry entry = tokenRequest();
        const QString request = requestlog::requestText(entry);
        QVERIFY(request.startsWith(QStringLiteral("POST /multipass/api/oauth2/token HTTP/1.1\n")));
        QVERIFY(request.contains(QStringLiteral("Authorization: Basic ••••")));
        QVERIFY(request.contains(QStringLiteral("grant_type=refresh_token")));
        verifyNoSecret(request);
        const QString response = requestlog::responseText(entry);
        QVERIFY(response.startsWith(QStringLiteral("HTTP 200\nContent-Type: application/json")));
        QVERIFY(response.contains(QStringLiteral("\"expires_in\": 3600")));
        verifyNoSecret(response);
    }

    void curl_repeatsTheRequest_withSecretsMasked()
    {
        const QString curl = requestlog::curlCommand(tokenRequest());
        QVERIFY(curl.startsWith(
            QStringLiteral("curl -X POST 'http://127.0.0.1:4000/multipass/api/oauth2/token'")));
        QVERIFY(curl.contains(
            QStringLiteral("-H 'Content-Type: application/x-www-form-urlencoded'")));
        QVERIFY(curl.contains(QStringLiteral("--data-raw 'grant_type=refresh_token&")));
        QVERIFY(!curl.contains(QStringLiteral("Host:")));
        verifyNoSecret(curl);
    }

    void curl_quotesForTheShell()
    {
        RequestLogEntry entry;
        entry.method = QStringLiteral("GET");
        entry.path = QStringLiteral("/api/it's");
        entry.query = "q=a b";
        const QString curl = requestlog::curlCommand(entry);
        QCOMPARE(curl, QStringLiteral("curl 'http://127.0.0.1/api/it'\\''s?q=a b'"));
    }

    void queryAndLocation_secretsAreMasked()
    {
        QCOMPARE(requestlog::maskQuery("client_id=a&code=xyz&code_verifier=v&state=s"),
                 QByteArray("client_id=a&code=••••&code_verifier=••••&state=s"));
        QCOMPARE(requestlog::maskHeaderValue("Location", "http://app/cb?code=abc&state=1"),
                 QByteArray("http://app/cb?code=••••&state=1"));
        QCOMPARE(requestlog::maskHeaderValue("Cookie", "session=1"), QByteArray("••••"));
        QCOMPARE(requestlog::maskHeaderValue("Accept", "*/*"), QByteArray("*/*"));
    }

    void json_exportsEveryField_masked()
    {
        const QJsonObject json = requestlog::toJson(tokenRequest());
        QCOMPARE(json.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(json.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(json.value(QStringLiteral("client")).toString(), QStringLiteral("etl"));
        QCOMPARE(json.value(QStringLiteral("time")).toString(),
                 QStringLiteral("2026-01-02T03:04:05.000Z"));
        QCOMPARE(json.value(QStringLiteral("responseHeaders"))
                     .toObject()
                     .value(QStringLiteral("Content-Type"))
                     .toString(),
                 QStringLiteral("application/json"));
        verifyNoSecret(QString::fromUtf8(QJsonDocument(json).toJson()));
    }
};

QTEST_MAIN(TestRequestLogFormat)
#include "test_ui_request_log_format.moc"
