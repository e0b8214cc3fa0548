// ShardedHash: behaves as one hash (find, insert, remove, visit, erase by predicate) however its
// keys fall into shards.

#include "ShardedHash.h"

#include <QSet>
#include <QTest>

using foundry::auth::ShardedHash;

class TestShardedHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void insertFindRemove_actAsOneHash();
    void sequentialKeys_areAllKeptAndVisited();
    void forEachAndRemoveIf_seeEveryEntryOnce();
};

void TestShardedHash::insertFindRemove_actAsOneHash()
{
    ShardedHash<QString, int> hash;
    QCOMPARE(hash.size(), 0);
    QVERIFY(!hash.find(QStringLiteral("a")));
    for (int i = 0; i < 5000; ++i)
        hash.insert(QString::number(i), i);
    hash.insert(QStringLiteral("7"), 70); // replaces
    QCOMPARE(hash.size(), 5000);
    QCOMPARE(hash.value(QStringLiteral("7")), 70);
    QCOMPARE(hash.value(QStringLiteral("missing")), 0);
    for (int i = 0; i < 5000; ++i) {
        if (i != 7)
            QCOMPARE(*std::as_const(hash).constFind(QString::number(i)), i);
    }
    *hash.find(QStringLiteral("8")) = 80;
    QCOMPARE(hash.value(QStringLiteral("8")), 80);
    QVERIFY(hash.remove(QStringLiteral("8")));
    QVERIFY(!hash.remove(QStringLiteral("8")));
    QVERIFY(!hash.find(QStringLiteral("8")));
    QCOMPARE(hash.size(), 4999);
}

// Serials are sequential (TokenStore's index by serial).
void TestShardedHash::sequentialKeys_areAllKeptAndVisited()
{
    ShardedHash<quint64, int, 4> hash;
    for (quint64 serial = 1; serial <= 400; ++serial)
        hash.insert(serial, 1);
    for (quint64 serial = 1; serial <= 400; ++serial)
        QVERIFY(hash.find(serial));
    QSet<quint64> seen;
    hash.forEach([&](quint64 key, int &) { seen.insert(key); });
    QCOMPARE(seen.size(), 400);
    QCOMPARE(hash.size(), 400);
}

void TestShardedHash::forEachAndRemoveIf_seeEveryEntryOnce()
{
    ShardedHash<QString, int> hash;
    for (int i = 0; i < 1000; ++i)
        hash.insert(QStringLiteral("token-%1").arg(i), i);
    int visits = 0;
    qint64 sum = 0;
    std::as_const(hash).forEach([&](const QString &, const int &value) {
        ++visits;
        sum += value;
    });
    QCOMPARE(visits, 1000);
    QCOMPARE(sum, qint64(999 * 1000 / 2));
    hash.removeIf([](const QString &, const int &value) { return value % 2 == 0; });
    QCOMPARE(hash.size(), 500);
    QVERIFY(!hash.find(QStringLiteral("token-10")));
    QCOMPARE(hash.value(QStringLiteral("token-11")), 11);
}

QTEST_APPLESS_MAIN(TestShardedHash)
#include "test_sharded_hash.moc"
