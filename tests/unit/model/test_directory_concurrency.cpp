#include "Directory.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>
#include <optional>

using namespace foundry;

class TestDirectoryConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Readers on several threads always see whole users (username matches id) while a writer
    // toggles, renames and adds users.
    void concurrentReadersAndWriter_seeConsistentValues()
    {
        Directory directory;
        directory.setNotificationDelay(0);
        QStringList ids;
        for (int i = 0; i < 50; ++i) {
            User user;
            user.username = QStringLiteral("user%1").arg(i);
            User stored;
            QVERIFY(directory.addUser(user, nullptr, &stored));
            ids.append(stored.id);
        }

        std::atomic<bool> stop{false};
        std::atomic<int> inconsistencies{0};
        std::atomic<long> reads{0};
        std::vector<std::unique_ptr<QThread>> readers;
        for (int t = 0; t < 3; ++t) {
            readers.emplace_back(QThread::create([&] {
                while (!stop.load()) {
                    for (int i = 0; i < ids.size(); ++i) {
                        const auto user = directory.userById(ids.at(i));
                        if (!user || !user->username.startsWith(QStringLiteral("user%1").arg(i)))
                            ++inconsistencies;
                        ++reads;
                    }
                    const QList<User> all = directory.users();
                    if (all.size() < 51)
                        ++inconsistencies;
                }
            }));
            readers.back()->start();
        }

        for (int round = 0; round < 2000; ++round) {
            const QString &id = ids.at(round % ids.size());
            directory.setUserActive(id, round % 3 != 0);
            User user = *directory.userById(id);
            user.username = QStringLiteral("user%1-%2").arg(round % ids.size()).arg(round);
            QVERIFY(directory.updateUser(user));
            if (round % 100 == 0) {
                User extra;
                extra.username = QStringLiteral("extra%1").arg(round);
                QVERIFY(directory.addUser(extra));
            }
        }
        stop = true;
        for (auto &reader : readers)
            QVERIFY(reader->wait(10000));
        QCOMPARE(inconsistencies.load(), 0);
        QVERIFY(reads.load() > 0);
    }

    // A writer on another thread: the batch still arrives in the Directory's own thread.
    void changesFromAnotherThread_arriveInTheDirectoryThread()
    {
        Directory directory;
        directory.setNotificationDelay(0);
        QThread *receivedIn = nullptr;
        int batches = 0;
        connect(&directory, &Directory::changed, this, [&](const DirectoryChanges &) {
            receivedIn = QThread::currentThread();
            ++batches;
        });
        std::unique_ptr<QThread> writer(QThread::create([&] {
            for (int i = 0; i < 200; ++i) {
                User user;
                user.username = QStringLiteral("t%1").arg(i);
                directory.addUser(user);
            }
        }));
        writer->start();
        QVERIFY(writer->wait(10000));
        QTRY_VERIFY(batches > 0);
        QCOMPARE(receivedIn, QThread::currentThread());
        QTRY_COMPARE(directory.userCount(), 201);
        QVERIFY(batches < 200); // batched, not one signal per change
    }
    // Other threads see none of a batch until it ends, then all of it; the batching thread sees
    // its own edits as it goes; a nested batch is part of the outer one; one changed() batch.
    void batch_isPublishedWhole()
    {
        Directory directory;
        directory.setNotificationDelay(0);
        User alice;
        alice.username = QStringLiteral("alice");
        QVERIFY(directory.addUser(alice, nullptr, &alice));
        directory.flushChanges();
        QSignalSpy spy(&directory, &Directory::changed);

        const auto seenFromAnotherThread = [&directory](const QString &username) {
            std::optional<User> seen;
            std::unique_ptr<QThread> reader(
                QThread::create([&] { seen = directory.userByUsername(username); }));
            reader->start();
            reader->wait(10000);
            return seen;
        };

        directory.batch([&] {
            QVERIFY(directory.setUserActive(alice.id, false));
            directory.batch([&] {
                User bob;
                bob.username = QStringLiteral("bob");
                QVERIFY(directory.addUser(bob));
            });
            // Here: the batch's own edits...
            QCOMPARE(directory.userById(alice.id)->active, false);
            QVERIFY(directory.userByUsername(QStringLiteral("bob")).has_value());
            QCOMPARE(directory.userCount(), 3);
            // ...and none of them elsewhere.
            QCOMPARE(seenFromAnotherThread(QStringLiteral("alice"))->active, true);
            QVERIFY(!seenFromAnotherThread(QStringLiteral("bob")).has_value());
        });

        QCOMPARE(seenFromAnotherThread(QStringLiteral("alice"))->active, false);
        QVERIFY(seenFromAnotherThread(QStringLiteral("bob")).has_value());
        QTRY_COMPARE(spy.count(), 1);
        const auto changes = spy.at(0).at(0).value<DirectoryChanges>();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).type, ChangeType::Updated);
        QCOMPARE(changes.at(1).type, ChangeType::Added);
    }
};

QTEST_GUILESS_MAIN(TestDirectoryConcurrency)
#include "test_directory_concurrency.moc"
