#pragma once
// A console session over the emulator's real routes on an ephemeral port: a Directory loaded
// from seed text, a RequestLog, the server in its own thread, and a small synchronous HTTP
// client. GUI tests build a MainWindow on top of it.

#include "ConsoleSession.h"
#include "Directory.h"
#include "EmulatorRoutes.h"
#include "EmulatorServer.h"
#include "RequestLog.h"
#include "SeedReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

namespace foundry::test {

inline const char *kConsoleTestSeed = R"(tokens:
  alice-token: {login: alice, scopes: [api:admin-read]}
  bob-token: {login: bob, scopes: [api:admin-read]}
foundry:
  users:
    - username: alice
      display_name: Alice Chen
      email: alice@example.com
      attributes: {department: [Finance], location: [Oslo, Remote]}
    - username: bob
      display_name: Bob Park
      email: bob@example.com
    - username: carol
      display_name: Carol Diaz
      email: carol@example.com
      active: false
    - username: malik
      display_name: Malik Ali
      email: malik@example.com
    - username: svc-etl
      principal_type: service
      oauth_client_id: etl
  groups:
    - name: finance
      members: [alice, bob]
  oauth_clients:
    - client_id: etl
      client_secret: etl-secret
      name: ETL Pipeline
      grant_types: [client_credentials]
    - client_id: reporting
      client_secret: reporting-secret
      name: Reporting
      grant_types: [client_credentials]
)";

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

class ConsoleTestHarness final
{
public:
    explicit ConsoleTestHarness(const char *seed = kConsoleTestSeed, bool listen = true)
    {
        const SeedLoadResult loaded = loadSeedText(QByteArray(seed), QStringLiteral("test.yaml"));
        if (!loaded.ok)
            qFatal("test seed invalid: %s", qPrintable(loaded.errors.first().toString()));
        directory = std::make_unique<Directory>(loaded.state);
        directory->setNotificationDelay(0);
        services = std::make_unique<EmulatorServices>(*directory);
        server = std::make_unique<EmulatorServer>(directory.get(), &log);
        installEmulatorRoutes(server->router(), *services);
        session = std::make_unique<ui::ConsoleSession>(directory.get(), &log, server.get());
        if (!listen)
            return;
        QSignalSpy listening(server.get(), &EmulatorServer::listening);
        ServerOptions options;
        options.port = 0;
        server->start(options);
        if (!listening.wait(5000))
            qFatal("the emulator did not start");
        base = listening.first().first().toUrl();
    }

    ~ConsoleTestHarness() { server->stop(); }

    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body,
                   const QList<QPair<QByteArray, QByteArray>> &headers)
    {
        QNetworkRequest request(QUrl(base.toString(QUrl::StripTrailingSlash) + path));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = network.sendCustomRequest(request, method, body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            qFatal("no answer to %s", qPrintable(path));
        HttpReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        delete reply;
        return result;
    }

    HttpReply me(const QByteArray &token)
    {
        return send("GET", QStringLiteral("/multipass/api/me"), {},
                    {{"Authorization", "Bearer " + token}});
    }

    HttpReply clientCredentials(const QByteArray &idAndSecret)
    {
        return send("POST", QStringLiteral("/multipass/api/oauth2/token"),
                    "grant_type=client_credentials",
                    {{"Content-Type", "application/x-www-form-urlencoded"},
                     {"Authorization", "Basic " + idAndSecret.toBase64()}});
    }

    QString idOf(const QString &username) const
    {
        const std::optional<User> user = directory->userByUsername(username);
        return user ? user->id : QString();
    }

    QUrl base;
    RequestLog log;
    std::unique_ptr<Directory> directory;
    std::unique_ptr<EmulatorServices> services;
    std::unique_ptr<EmulatorServer> server;
    std::unique_ptr<ui::ConsoleSession> session;
    QNetworkAccessManager network;
};

} // namespace foundry::test
