#pragma once
// The emulator's real routes on an ephemeral port, over a Directory loaded from seed text, with
// a ManualClock so that tests expire codes and tokens without sleeping; and a small synchronous
// HTTP client over QNetworkAccessManager that never follows redirects.

#include "Directory.h"
#include "EmulatorRoutes.h"
#include "EmulatorServer.h"
#include "RequestLog.h"
#include "SeedReader.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <memory>

namespace foundry::test {

inline const char *kOAuthTestSeed = R"(tokens:
  fixed-alice-token: {login: alice, scopes: [api:admin-read]}
foundry:
  token_lifetime_seconds: 600
  users:
    - username: alice
      display_name: Alice Chen
      email: alice@example.com
    - username: bob
      display_name: Bob Park
      active: false
    - username: svc-etl
      principal_type: service
      oauth_client_id: etl
  oauth_clients:
    - client_id: etl
      client_secret: etl-secret
      name: ETL Pipeline
      grant_types: [client_credentials]
      scope_restrictions: [api:admin-read]
    - client_id: webapp
      client_secret: web-secret
      name: Web App
      redirect_uris: ['http://localhost:8080/cb?tenant=1']
    - client_id: spa
      name: Single Page
      redirect_uris: [http://127.0.0.1:5173/callback]
      grant_types: [authorization_code, refresh_token]
    - client_id: osdk-app
      client_secret: osdk-secret
      grant_types: [client_credentials]
      osdk: true
    - client_id: disabled
      client_secret: disabled-secret
      enabled: false
)";

struct Reply
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QUrlQuery locationQuery() const { return QUrlQuery(QUrl(QString::fromUtf8(header("location"))).query()); }
};

class OAuthTestServer final
{
public:
    explicit OAuthTestServer(const char *seed = kOAuthTestSeed)
    {
        const SeedLoadResult loaded = loadSeedText(QByteArray(seed), QStringLiteral("test.yaml"));
        if (!loaded.ok)
            qFatal("test seed invalid: %s", qPrintable(loaded.errors.first().toString()));
        directory = std::make_unique<Directory>(loaded.state);
        clock = std::make_shared<auth::ManualClock>();
        services = std::make_unique<EmulatorServices>(*directory, clock);
        server = std::make_unique<EmulatorServer>(directory.get(), &log);
        installEmulatorRoutes(server->router(), *services);
        QSignalSpy listening(server.get(), &EmulatorServer::listening);
        ServerOptions options;
        options.port = 0;
        server->start(options);
        if (!listening.wait(5000))
            qFatal("the emulator did not start");
        base = listening.first().first().toUrl();
    }

    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(QUrl(base.toString(QUrl::StripTrailingSlash) + pathAndQuery));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = network.sendCustomRequest(request, method, body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            qFatal("no answer to %s %s", method.constData(), qPrintable(pathAndQuery));
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            result.headers.insert(name.toLower(), value);
        delete reply;
        return result;
    }

    Reply get(const QString &pathAndQuery, const QByteArray &bearer = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!bearer.isEmpty())
            headers.append({"Authorization", "Bearer " + bearer});
        return send("GET", pathAndQuery, {}, headers);
    }

    // A form post; `basic` is "id:secret" for HTTP Basic client authentication.
    Reply postForm(const QString &path, const QByteArray &form, const QByteArray &basic = {},
                   const QByteArray &contentType = "application/x-www-form-urlencoded")
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", contentType}};
        if (!basic.isEmpty())
            headers.append({"Authorization", "Basic " + basic.toBase64()});
        return send("POST", path, form, headers);
    }

    Reply token(const QByteArray &form, const QByteArray &basic = {})
    {
        return postForm(QStringLiteral("/multipass/api/oauth2/token"), form, basic);
    }

    // Signs `username` in to `clientId` through the sign-in form; returns the 302.
    Reply signIn(const QString &clientId, const QString &username, const QString &redirectUri,
                 const QString &scope, const QString &state, const QString &challenge = {},
                 const QString &method = {})
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("client_id"), clientId);
        form.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        form.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
        form.addQueryItem(QStringLiteral("scope"), scope);
        form.addQueryItem(QStringLiteral("state"), state);
        if (!challenge.isEmpty()) {
            form.addQueryItem(QStringLiteral("code_challenge"), challenge);
            form.addQueryItem(QStringLiteral("code_challenge_method"), method);
        }
        form.addQueryItem(QStringLiteral("username"), username);
        return postForm(QStringLiteral("/multipass/api/oauth2/authorize/callback"),
                        form.toString(QUrl::FullyEncoded).toUtf8());
    }

    static QString s256(const QByteArray &verifier)
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }

    QUrl base;
    RequestLog log;
    std::unique_ptr<Directory> directory;
    std::shared_ptr<auth::ManualClock> clock;
    std::unique_ptr<EmulatorServices> services;
    std::unique_ptr<EmulatorServer> server;
    QNetworkAccessManager network;
};

} // namespace foundry::test
