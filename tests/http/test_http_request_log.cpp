// RequestLog: sequences, the bound, and batched notification across threads.

#include "RequestLog.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <memory>

using namespace foundry;

class TestRequestLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void append_assignsIncreasingSequences();
    void capacity_dropsTheOldestEntries();
    void entriesSince_returnsOnlyNewerEntries_data();
    void entriesSince_returnsOnlyNewerEntries();
    void clear_keepsSequencesIncreasing();
    void manyAppendsFromAnotherThread_giveFewNotifications();

private:
    static RequestLogEntry entry(int status)
    {
        RequestLogEntry e;
        e.status = status;
        return e;
    }
};

void TestRequestLog::append_assignsIncreasingSequences()
{
    RequestLog log;
    log.append(entry(200));
    log.append(entry(404));
    const QList<RequestLogEntry> entries = log.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).sequence, 1u);
    QCOMPARE(entries.at(1).sequence, 2u);
    QCOMPARE(entries.at(1).status, 404);
    QCOMPARE(log.lastSequence(), 2u);
    QCOMPARE(log.capacity(), RequestLog::DefaultCapacity);
}

void TestRequestLog::capacity_dropsTheOldestEntries()
{
    RequestLog log(5);
    for (int i = 0; i < 12; ++i)
        log.append(entry(200 + i));
    QCOMPARE(log.size(), 5);
    const QList<RequestLogEntry> entries = log.entries();
    QCOMPARE(entries.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(entries.at(i).sequence, quint64(8 + i)); // oldest first
        QCOMPARE(entries.at(i).status, 207 + i);
    }
}

void TestRequestLog::entriesSince_returnsOnlyNewerEntries_data()
{
    QTest::addColumn<quint64>("since");
    QTest::addColumn<int>("expectedCount");
    QTest::addColumn<quint64>("firstSequence");
    // capacity 4, 10 entries: sequences 7..10 are kept
    QTest::newRow("from the start") << quint64(0) << 4 << quint64(7);
    QTest::newRow("older than the oldest kept") << quint64(3) << 4 << quint64(7);
    QTest::newRow("the oldest kept") << quint64(7) << 3 << quint64(8);
    QTest::newRow("the latest") << quint64(10) << 0 << quint64(0);
    QTest::newRow("in the future") << quint64(99) << 0 << quint64(0);
}

void TestRequestLog::entriesSince_returnsOnlyNewerEntries()
{
    QFETCH(quint64, since);
    QFETCH(int, expectedCount);
    QFETCH(quint64, firstSequence);
    RequestLog log(4);
    for (int i = 0; i < 10; ++i)
        log.append(entry(200));
    const QList<RequestLogEntry> entries = log.entriesSince(since);
    QCOMPARE(entries.size(), expectedCount);
    if (expectedCount > 0) {
        QCOMPARE(entries.first().sequence, firstSequence);
        QCOMPARE(entries.last().sequence, 10u);
    }
}

void TestRequestLog::clear_keepsSequencesIncreasing()
{
    RequestLog log;
    QSignalSpy cleared(&log, &RequestLog::cleared);
    log.append(entry(200));
    log.append(entry(200));
    log.clear();
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(log.size(), 0);
    QVERIFY(log.entries().isEmpty());
    log.append(entry(201));
    QCOMPARE(log.entries().size(), 1);
    QCOMPARE(log.entries().first().sequence, 3u);
    QCOMPARE(log.entriesSince(2).size(), 1);
}

void TestRequestLog::manyAppendsFromAnotherThread_giveFewNotifications()
{
    RequestLog log(100);
    log.setNotificationInterval(50);
    QSignalSpy added(&log, &RequestLog::entriesAdded);
    std::unique_ptr<QThread> writer(QThread::create([&log] {
        for (int i = 0; i < 5000; ++i)
            log.append(entry(200));
    }));
    writer->start();
    QVERIFY(writer->wait(10000));
    QTRY_VERIFY(!added.isEmpty());
    QTRY_COMPARE(added.last().at(0).toULongLong(), 5000u); // the last batch names the last entry
    QVERIFY2(added.size() < 20, qPrintable(QString::number(added.size())));
    QCOMPARE(log.size(), 100);
}

QTEST_GUILESS_MAIN(TestRequestLog)
#include "test_http_request_log.moc"
