// ChunkedBodyTracker: where a chunked body ends and how much data it carries, byte by byte.

#include "ChunkedBodyTracker.h"

#include <QTest>

using namespace foundry;
using Status = ChunkedBodyTracker::Status;

class TestChunkedBodyTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void feed_findsTheEndOfTheBody_data();
    void feed_findsTheEndOfTheBody();
    void feed_byteByByte_givesTheSameResult();
    void feed_stopsAtTheEndOfTheBody();
};

void TestChunkedBodyTracker::feed_findsTheEndOfTheBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("decoded");
    QTest::newRow("empty") << QByteArray("0\r\n\r\n") << int(Status::Complete) << qint64(0);
    QTest::newRow("two chunks") << QByteArray("5\r\nhello\r\nA\r\n0123456789\r\n0\r\n\r\n")
                                << int(Status::Complete) << qint64(15);
    QTest::newRow("extension and trailer") << QByteArray("3;name=v\r\nabc\r\n0\r\nX-T: 1\r\n\r\n")
                                           << int(Status::Complete) << qint64(3);
    QTest::newRow("bare line feeds")
        << QByteArray("3\nabc\n0\n\n") << int(Status::Complete) << qint64(3);
    QTest::newRow("incomplete") << QByteArray("5\r\nhel") << int(Status::NeedMore) << qint64(3);
    QTest::newRow("not hex") << QByteArray("zz\r\n") << int(Status::Malformed) << qint64(0);
    QTest::newRow("negative") << QByteArray("-5\r\n") << int(Status::Malformed) << qint64(0);
    QTest::newRow("data overruns its size")
        << QByteArray("2\r\nabc\r\n") << int(Status::Malformed) << qint64(2);
    QTest::newRow("endless size line")
        << QByteArray(5000, '1') << int(Status::Malformed) << qint64(0);
}

void TestChunkedBodyTracker::feed_findsTheEndOfTheBody()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(qint64, decoded);
    ChunkedBodyTracker tracker;
    tracker.feed(body);
    QCOMPARE(int(tracker.status()), status);
    QCOMPARE(tracker.decodedBytes(), decoded);
}

void TestChunkedBodyTracker::feed_byteByByte_givesTheSameResult()
{
    const QByteArray body("4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n");
    ChunkedBodyTracker tracker;
    for (char c : body)
        QCOMPARE(tracker.feed(QByteArrayView(&c, 1)), 1);
    QCOMPARE(tracker.status(), Status::Complete);
    QCOMPARE(tracker.decodedBytes(), 9);
}

void TestChunkedBodyTracker::feed_stopsAtTheEndOfTheBody()
{
    const QByteArray body("1\r\na\r\n0\r\n\r\n");
    ChunkedBodyTracker tracker;
    QCOMPARE(tracker.feed(QByteArray(body + "GET / HTTP/1.1\r\n")), body.size());
    QCOMPARE(tracker.status(), Status::Complete);
    tracker.reset();
    QCOMPARE(tracker.status(), Status::NeedMore);
    QCOMPARE(tracker.decodedBytes(), 0);
}

QTEST_GUILESS_MAIN(TestChunkedBodyTracker)
#include "test_http_chunked_body_tracker.moc"
