// Smoke test: several threads validate bearer tokens while others issue, rotate and revoke.
#include "AuthFixture.h"

#include <QTest>
#include <QThread>
#include <atomic>
#include <vector>

using namespace foundry;
using namespace foundry::auth;
using namespace foundry::auth::testing;

class TestAuthConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validatingWhileIssuingAndRevoking()
    {
        AuthFixture f;
        f.service->tokens().setRetentionMsecs(0);
        const QString alice = f.userId(QStringLiteral("alice"));
        const TokenGrant grant{
            alice, QStringLiteral("confidential"), {QStringLiteral("api:admin-read")}};
        const QString stable = f.service->tokens().issue(grant, 0).accessToken;
        std::atomic<bool> stop{false};
        std::atomic<int> failures{0};
        std::atomic<int> validations{0};

        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < 3; ++i) {
            threads.emplace_back(QThread::create([&] {
                const QByteArray header = "Bearer " + stable.toLatin1();
                while (!stop.load()) {
                    if (!f.service->authenticate(header).ok())
                        ++failures;
                    ++validations;
                }
            }));
        }
        threads.emplace_back(QThread::create([&] {
            TokenStore &store = f.service->tokens();
            for (int i = 0; i < 3000; ++i) {
                const IssuedTokens issued = store.issue(grant, 1, true);
                const auto rotated =
                    store.rotate(issued.refreshToken, grant.clientId, grant.scopes, 1);
                if (rotated.status != TokenStore::RotateStatus::Rotated)
                    ++failures;
                if (!f.service
                         ->authenticate(
                             QByteArray("Bearer " + rotated.tokens.accessToken.toLatin1()))
                         .ok())
                    ++failures;
                store.revoke(i % 2 ? issued.accessToken : rotated.tokens.refreshToken);
                if (i % 500 == 0)
                    store.purge();
            }
        }));
        threads.emplace_back(QThread::create([&] {
            for (int i = 0; i < 300; ++i) {
                const QString code =
                    f.signIn(QStringLiteral("confidential"), kConfidentialRedirect, {});
                if (!f.exchange(code, QStringLiteral("confidential"), kSecret).ok())
                    ++failures;
                (void)f.service->tokens().snapshot().size();
            }
        }));
        for (std::size_t i = 3; i < threads.size(); ++i)
            threads[i]->start();
        for (std::size_t i = 0; i < 3; ++i)
            threads[i]->start();
        for (std::size_t i = 3; i < threads.size(); ++i)
            QVERIFY(threads[i]->wait(60000));
        stop = true;
        for (std::size_t i = 0; i < 3; ++i)
            QVERIFY(threads[i]->wait(10000));
        QCOMPARE(failures.load(), 0);
        QVERIFY(validations.load() > 0);
    }

    void racingCodeExchanges_onlyOneWins()
    {
        AuthFixture f;
        for (int round = 0; round < 50; ++round) {
            const QString code =
                f.signIn(QStringLiteral("confidential"), kConfidentialRedirect, {});
            std::atomic<int> wins{0};
            std::vector<std::unique_ptr<QThread>> threads;
            for (int i = 0; i < 4; ++i)
                threads.emplace_back(QThread::create([&] {
                    if (f.exchange(code, QStringLiteral("confidential"), kSecret).ok())
                        ++wins;
                }));
            for (auto &thread : threads)
                thread->start();
            for (auto &thread : threads)
                QVERIFY(thread->wait(10000));
            QCOMPARE(wins.load(), 1);
        }
    }

    void racingRefreshes_onlyOneWins()
    {
        AuthFixture f;
        for (int round = 0; round < 50; ++round) {
            const TokenOutcome signIn =
                f.exchange(f.signIn(QStringLiteral("confidential"), kConfidentialRedirect,
                                    QStringLiteral("offline_access")),
                           QStringLiteral("confidential"), kSecret);
            std::atomic<int> wins{0};
            std::vector<std::unique_ptr<QThread>> threads;
            for (int i = 0; i < 4; ++i)
                threads.emplace_back(QThread::create([&] {
                    if (f.refresh(signIn.response->refreshToken, QStringLiteral("confidential"),
                                  kSecret)
                            .ok())
                        ++wins;
                }));
            for (auto &thread : threads)
                thread->start();
            for (auto &thread : threads)
                QVERIFY(thread->wait(10000));
            QCOMPARE(wins.load(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestAuthConcurrency)
#include "test_auth_concurrency.moc"
