// Stress: while several threads keep the emulator busy over HTTP, another thread toggles users
// active, grants and removes roles, and revokes and issues tokens. Every answer must be a
// well-formed 200, 401 or 403 (never a 5xx, a torn response or a crash). Built and run under
// ThreadSanitizer by scripts/test.sh (the `tsan` preset) to catch data races.

#include "Directory.h"
#include "EmulatorRoutes.h"
#include "EmulatorServer.h"
#include "RequestLog.h"
#include "SeedReader.h"

#include <QMutex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace foundry;

namespace {

constexpr int kUsers = 12;
constexpr int kLoadThreads = 3;
constexpr int kRequestsPerThread = 150;

QByteArray seedText()
{
    QByteArray seed = "foundry:\n  users:\n";
    for (int i = 0; i < kUsers; ++i)
        seed += "    - {username: user" + QByteArray::number(i) + "}\n";
    seed += "  oauth_clients:\n"
            "    - {client_id: etl, client_secret: etl-secret, grant_types: [client_credentials]}\n";
    return seed;
}

// One keep-alive connection with blocking reads: runs in a load thread without an event loop.
class BlockingClient
{
public:
    explicit BlockingClient(quint16 port) { m_socket.connectToHost(QHostAddress::LocalHost, port); }

    // The status of one complete response, 0 on a transport failure or a malformed answer.
    int request(const QByteArray &method, const QByteArray &path, const QByteArray &token,
                const QByteArray &body = {})
    {
        if (m_socket.state() != QAbstractSocket::ConnectedState && !m_socket.waitForConnected(10000))
            return 0;
        QByteArray head = method + ' ' + path + " HTTP/1.1\r\nHost: localhost\r\n";
        if (!token.isEmpty())
            head += "Authorization: Bearer " + token + "\r\n";
        if (!body.isEmpty())
            head += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\n";
        m_socket.write(head + "\r\n" + body);
        QByteArray received;
        qsizetype headEnd = -1;
        while ((headEnd = received.indexOf("\r\n\r\n")) < 0) {
            if (!m_socket.waitForReadyRead(20000))
                return 0;
            received += m_socket.readAll();
        }
        const QByteArray lower = received.left(headEnd).toLower();
        const qsizetype at = lower.indexOf("content-length:");
        if (!received.startsWith("HTTP/1.1 ") || at < 0)
            return 0;
        const qsizetype lineEnd = lower.indexOf('\r', at);
        const qint64 length = lower.mid(at + 15, lineEnd - at - 15).trimmed().toLongLong();
        while (received.size() < headEnd + 4 + length) {
            if (!m_socket.waitForReadyRead(20000))
                return 0;
            received += m_socket.readAll();
        }
        if (received.size() != headEnd + 4 + length)
            return 0; // bytes of an answer nobody asked for
        return received.mid(9, 3).toInt();
    }

private:
    QTcpSocket m_socket;
};

} // namespace

class TestRobustnessConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mutationsDuringHttpLoad_giveOnlyWellFormedExpectedAnswers();
};

void TestRobustnessConcurrency::mutationsDuringHttpLoad_giveOnlyWellFormedExpectedAnswers()
{
    SeedLoadResult loaded = loadSeedText(seedText(), QStringLiteral("stress.yaml"));
    QVERIFY(loaded.ok);
    Directory directory(std::move(loaded.state));
    EmulatorServices services(directory);
    RequestLog log;
    EmulatorServer server(&directory, &log);
    installEmulatorRoutes(server.router(), services);
    QSignalSpy listening(&server, &EmulatorServer::listening);
    ServerOptions options;
    options.port = 0;
    options.requestTimeoutMs = 60000; // sanitizers are slow; the deadline is not under test
    server.start(options);
    QVERIFY(listening.wait(10000));
    const quint16 port = server.port();

    QStringList userIds;
    for (const User &user : directory.users())
        if (user.username.startsWith(QLatin1StringView("user")))
            userIds.append(user.id);
    QCOMPARE(userIds.size(), kUsers);
    const QStringList scopes{QStringLiteral("api:admin-read"), QStringLiteral("api:admin-write")};
    QMutex tokensMutex;
    QList<QByteArray> tokens;
    for (const QString &id : userIds)
        tokens.append(services.oauth.tokens().issue({id, QStringLiteral("etl"), scopes}, 600)
                          .accessToken.toUtf8());
    const auto anyToken = [&] {
        QMutexLocker locker(&tokensMutex);
        return tokens.at(QRandomGenerator::global()->bounded(int(tokens.size())));
    };

    std::atomic<bool> stop{false};
    std::atomic<int> mutations{0};
    std::unique_ptr<QThread> mutator(QThread::create([&] {
        auto *random = QRandomGenerator::global();
        while (!stop.load()) {
            const QString id = userIds.at(random->bounded(kUsers));
            const auto user = directory.userById(id);
            directory.setUserActive(id, !(user && user->active));
            RoleAssignment grant;
            grant.principal = PrincipalRef{PrincipalKind::User, id};
            grant.roleId = QStringLiteral("users-and-groups-administrator");
            grant.resource = QStringLiteral("ri.organization.main.organization.default");
            if (!directory.addRoleAssignment(grant))
                directory.removeRoleAssignment(grant.key());
            QByteArray fresh =
                services.oauth.tokens().issue({id, QStringLiteral("etl"), scopes}, 600).accessToken.toUtf8();
            {
                QMutexLocker locker(&tokensMutex);
                const int slot = random->bounded(int(tokens.size()));
                services.oauth.tokens().revoke(QString::fromUtf8(tokens.at(slot)));
                // Moved, not copied: a copy frees the old bytes inside Qt, where TSan cannot see
                // the reference count that orders it after the readers.
                tokens[slot] = std::move(fresh);
            }
            ++mutations;
            QThread::yieldCurrentThread();
        }
    }));

    std::atomic<int> finished{0};
    std::atomic<int> unexpected{0};
    std::atomic<int> ok{0};
    QMutex failuresMutex;
    QStringList failures;
    std::vector<std::unique_ptr<QThread>> load;
    for (int t = 0; t < kLoadThreads; ++t) {
        load.emplace_back(QThread::create([&, t] {
            BlockingClient client(port);
            for (int i = 0; i < kRequestsPerThread; ++i) {
                int status = 0;
                QByteArray what;
                switch ((i + t) % 4) {
                case 0:
                    what = "getCurrent";
                    status = client.request("GET", "/api/v2/admin/users/getCurrent", anyToken());
                    break;
                case 1:
                    what = "list users";
                    status = client.request("GET", "/api/v2/admin/users?pageSize=5", anyToken());
                    break;
                case 2:
                    what = "me";
                    status = client.request("GET", "/multipass/api/me", anyToken());
                    break;
                default:
                    what = "token";
                    status = client.request("POST", "/multipass/api/oauth2/token", {},
                                            "grant_type=client_credentials&client_id=etl&"
                                            "client_secret=etl-secret");
                    break;
                }
                if (status == 200)
                    ++ok;
                if (status != 200 && status != 401 && status != 403) {
                    ++unexpected;
                    QMutexLocker locker(&failuresMutex);
                    failures.append(QString::fromLatin1(what) + u' ' + QString::number(status));
                }
            }
            ++finished;
        }));
    }
    mutator->start();
    for (auto &thread : load)
        thread->start();
    QTRY_VERIFY_WITH_TIMEOUT(finished.load() == kLoadThreads, 240000);
    stop = true;
    mutator->wait();
    for (auto &thread : load)
        thread->wait();
    server.stop();

    QVERIFY2(unexpected.load() == 0, qPrintable(failures.mid(0, 10).join(QStringLiteral(", "))));
    QVERIFY2(ok.load() > kLoadThreads * kRequestsPerThread / 8, "almost nothing succeeded");
    QVERIFY2(mutations.load() > 10, "the mutator hardly ran");
    qInfo("%d requests (%d OK) during %d mutations", kLoadThreads * kRequestsPerThread, ok.load(),
          mutations.load());
}

QTEST_GUILESS_MAIN(TestRobustnessConcurrency)
#include "test_robustness_concurrency.moc"
