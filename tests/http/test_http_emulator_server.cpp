// EmulatorServer: the server thread's life cycle (start, failure, stop, restart) and the
// batched request-log notification under load.

#include "EmulatorServer.h"
#include "RequestLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <memory>

using namespace foundry;

class TestEmulatorServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void start_announcesTheActualPort();
    void handlers_runOutsideTheCallersThread();
    void serviceIndex_listsTheRegisteredRoutes();
    void startOnATakenPort_emitsStartFailed();
    void stopThenStart_servesAgain();
    void stop_closesOpenConnections();
    void destroyingARunningServer_stopsItCleanly();
    void manyRequests_giveFewLogNotifications();

private:
    static ServerOptions ephemeral();
    std::unique_ptr<EmulatorServer> makeServer();
    int get(const QUrl &url, QByteArray *body = nullptr);
    QUrl startAndWait(EmulatorServer &server);

    RequestLog m_log;
    QNetworkAccessManager m_network;
    QThread *m_handlerThread = nullptr;
};

ServerOptions TestEmulatorServer::ephemeral()
{
    ServerOptions options;
    options.port = 0;
    return options;
}

std::unique_ptr<EmulatorServer> TestEmulatorServer::makeServer()
{
    auto server = std::make_unique<EmulatorServer>(nullptr, &m_log);
    server->router().add("GET", QStringLiteral("/ping"), [this](const HttpRequest &) {
        m_handlerThread = QThread::currentThread();
        return HttpResponse::text(QStringLiteral("pong"));
    });
    return server;
}

QUrl TestEmulatorServer::startAndWait(EmulatorServer &server)
{
    QSignalSpy listening(&server, &EmulatorServer::listening);
    server.start(ephemeral());
    if (!listening.wait(5000))
        return {};
    return listening.first().first().toUrl();
}

int TestEmulatorServer::get(const QUrl &url, QByteArray *body)
{
    std::unique_ptr<QNetworkReply> reply(m_network.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(5000))
        return -1;
    if (body)
        *body = reply->readAll();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void TestEmulatorServer::start_announcesTheActualPort()
{
    auto server = makeServer();
    QVERIFY(!server->isListening());
    const QUrl url = startAndWait(*server);
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), QStringLiteral("http"));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);
    QVERIFY(server->isListening());
    QCOMPARE(server->url(), url);
    QCOMPARE(server->port(), quint16(url.port()));
}

void TestEmulatorServer::handlers_runOutsideTheCallersThread()
{
    auto server = makeServer();
    const QUrl url = startAndWait(*server);
    QByteArray body;
    QCOMPARE(get(url.resolved(QUrl(QStringLiteral("/ping"))), &body), 200);
    QCOMPARE(body, QByteArray("pong"));
    QVERIFY(m_handlerThread);
    QVERIFY(m_handlerThread != QThread::currentThread());
}

void TestEmulatorServer::serviceIndex_listsTheRegisteredRoutes()
{
    auto server = makeServer();
    const QUrl url = startAndWait(*server);
    QByteArray body;
    QCOMPARE(get(url, &body), 200);
    const QJsonObject index = QJsonDocument::fromJson(body).object();
    QCOMPARE(index.value(QStringLiteral("service")).toString(), QStringLiteral("Foundry emulator"));
    QVERIFY(!index.value(QStringLiteral("version")).toString().isEmpty());
    const QJsonArray endpoints = index.value(QStringLiteral("endpoints")).toArray();
    QVERIFY(endpoints.contains(QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                           {QStringLiteral("path"), QStringLiteral("/ping")}}));
    QCOMPARE(server->router().routes().size(), 1); // the index is added to the server's copy only
}

void TestEmulatorServer::startOnATakenPort_emitsStartFailed()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    auto server = makeServer();
    QSignalSpy listening(server.get(), &EmulatorServer::listening);
    QSignalSpy failed(server.get(), &EmulatorServer::startFailed);
    ServerOptions options;
    options.port = occupant.serverPort();
    server->start(options);
    QVERIFY(failed.wait(5000));
    const QString message = failed.first().first().toString();
    QVERIFY2(
        message.startsWith(QStringLiteral("Cannot listen on 127.0.0.1:%1: ").arg(options.port)),
        qPrintable(message));
    QVERIFY(message.size() > 30); // carries QTcpServer's reason
    QVERIFY(!server->isListening());
    QCOMPARE(listening.size(), 0);
}

void TestEmulatorServer::stopThenStart_servesAgain()
{
    auto server = makeServer();
    QSignalSpy stopped(server.get(), &EmulatorServer::stopped);
    const QUrl first = startAndWait(*server);
    QCOMPARE(get(first.resolved(QUrl(QStringLiteral("/ping")))), 200);
    server->stop();
    QCOMPARE(stopped.size(), 1);
    QVERIFY(!server->isListening());
    QVERIFY(get(first.resolved(QUrl(QStringLiteral("/ping")))) != 200);
    server->stop(); // stopping twice is harmless
    QCOMPARE(stopped.size(), 1);

    const QUrl second = startAndWait(*server);
    QVERIFY(second.isValid());
    QCOMPARE(get(second.resolved(QUrl(QStringLiteral("/ping")))), 200);
}

void TestEmulatorServer::stop_closesOpenConnections()
{
    auto server = makeServer();
    const QUrl url = startAndWait(*server);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
    QVERIFY(client.waitForConnected(5000));
    client.write("GET /ping HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_VERIFY(client.bytesAvailable() > 0);
    server->stop();
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
}

void TestEmulatorServer::destroyingARunningServer_stopsItCleanly()
{
    auto server = makeServer();
    QVERIFY(startAndWait(*server).isValid());
    server.reset(); // must join the thread: no "QThread destroyed while running"
    auto quick = makeServer();
    quick->start(ephemeral());
    quick.reset(); // even before the thread has reported
}

void TestEmulatorServer::manyRequests_giveFewLogNotifications()
{
    auto server = makeServer();
    const QUrl url = startAndWait(*server).resolved(QUrl(QStringLiteral("/ping")));
    QSignalSpy added(&m_log, &RequestLog::entriesAdded);
    const quint64 before = m_log.lastSequence();
    constexpr int Requests = 300;
    int finished = 0;
    for (int i = 0; i < Requests; ++i) {
        QNetworkReply *reply = m_network.get(QNetworkRequest(url));
        connect(reply, &QNetworkReply::finished, reply, [&finished, reply] {
            ++finished;
            reply->deleteLater();
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, Requests, 20000);
    QTRY_VERIFY(!added.isEmpty() && added.last().first().toULongLong() == before + Requests);
    QVERIFY2(added.size() < Requests / 10, qPrintable(QString::number(added.size())));
}

QTEST_GUILESS_MAIN(TestEmulatorServer)
#include "test_http_emulator_server.moc"
