// Admin writes from several server threads at once: each route handler reads the Directory,
// checks, then writes, so without serialization concurrent member additions lose each other's
// members and two crosswise additions can both pass the cycle check. The routes are driven
// through the Router from plain threads (as the server's worker threads do), so the test does
// not depend on how many threads the server runs.
#include "AdminUsersTestServer.h"

#include "Router.h"
#include "TokenStore.h"

#include <atomic>
#include <thread>
#include <vector>

using namespace foundry;
using namespace foundry::test;

namespace {

constexpr int kThreads = 8;
constexpr int kUsersPerThread = 50;

HttpRequest apiRequest(const QByteArray &method, const QString &path, const QByteArray &token,
                       const QByteArray &body)
{
    HttpRequest request;
    request.method = method;
    request.path = QStringLiteral("/api/v2/admin") + path;
    request.rawPath = request.path.toUtf8();
    request.headers.set("Authorization", "Bearer " + token);
    request.headers.set("Content-Type", "application/json");
    request.body = body;
    return request;
}

QByteArray principalIdsBody(const QString &id)
{
    return "{\"principalIds\": [\"" + id.toUtf8() + "\"]}";
}

} // namespace

class AdminConcurrentWritesTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<Directory> m_directory;
    std::unique_ptr<EmulatorServices> m_services;
    Router m_router;
    QByteArray m_token;

    QString addGroup(const QString &name)
    {
        Group group;
        group.name = name;
        group.organizationRids = {QString(kDefaultOrg)};
        Group stored;
        if (!m_directory->addGroup(group, nullptr, &stored))
            qFatal("cannot add group %s", qPrintable(name));
        return stored.id;
    }

private Q_SLOTS:
    void init()
    {
        const SeedLoadResult loaded =
            loadSeedText(QByteArray(kAdminUsersSeed), QStringLiteral("test.yaml"));
        QVERIFY(loaded.ok);
        m_directory = std::make_unique<Directory>(loaded.state);
        m_services = std::make_unique<EmulatorServices>(*m_directory);
        m_router = Router();
        installEmulatorRoutes(m_router, *m_services);
        const QString admin = m_directory->userByUsername(QStringLiteral("admin"))->id;
        m_token = m_services->oauth.tokens()
                      .issue({admin, QStringLiteral("webapp"), kReadWrite}, 600)
                      .accessToken.toUtf8();
    }

    void concurrentAdds_keepEveryMember()
    {
        QStringList ids;
        for (int i = 0; i < kThreads * kUsersPerThread; ++i) {
            User user;
            user.username = QStringLiteral("load-%1").arg(i);
            User stored;
            QVERIFY(m_directory->addUser(user, nullptr, &stored));
            ids.append(stored.id);
        }
        const QString groupId = addGroup(QStringLiteral("crowd"));
        const QString path = QStringLiteral("/groups/%1/groupMembers/add").arg(groupId);

        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < kUsersPerThread; ++i) {
                    const QString id = ids.at(t * kUsersPerThread + i);
                    const HttpResponse response =
                        m_router.dispatch(apiRequest("POST", path, m_token, principalIdsBody(id)));
                    if (response.status != 204)
                        ++failures;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();

        QCOMPARE(failures.load(), 0);
        QCOMPARE(m_directory->groupById(groupId)->members.size(), ids.size());
    }

    // Two requests at once, "put B into A" and "put A into B": at most one may succeed.
    void crosswiseAdds_neverMakeACycle()
    {
        for (int round = 0; round < 200; ++round) {
            const QString a = addGroup(QStringLiteral("a-%1").arg(round));
            const QString b = addGroup(QStringLiteral("b-%1").arg(round));
            std::atomic<int> added{0};
            auto add = [&](const QString &into, const QString &member) {
                const HttpResponse response = m_router.dispatch(
                    apiRequest("POST", QStringLiteral("/groups/%1/groupMembers/add").arg(into),
                               m_token, principalIdsBody(member)));
                if (response.status == 204)
                    ++added;
            };
            std::thread first(add, a, b);
            std::thread second(add, b, a);
            first.join();
            second.join();
            QCOMPARE(added.load(), 1);
        }
    }
};

QTEST_MAIN(AdminConcurrentWritesTest)
#include "test_admin_concurrent_writes.moc"
