// RequestLogModel: follows the log's batched notification, bounded, pausable, clearable.
#include "RequestLog.h"
#include "RequestLogModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace foundry;
using namespace foundry::ui;

namespace {
RequestLogEntry entry(const QString &path, int status = 200)
{
    RequestLogEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.method = QStringLiteral("GET");
    e.path = path;
    e.status = status;
    e.principal = QStringLiteral("alice");
    e.latencyMicros = 1500;
    return e;
}
} // namespace

class TestRequestLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manyRequests_areOneInsertPerBatch()
    {
        RequestLog log;
        RequestLogModel model(&log);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 50; ++i)
            log.append(entry(QStringLiteral("/p%1").arg(i)));
        QTRY_COMPARE(model.rowCount(), 50);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.index(49, RequestLogModel::Path).data().toString(), QStringLiteral("/p49"));
        QCOMPARE(model.index(0, RequestLogModel::Status).data().toInt(), 200);
        QCOMPARE(model.index(0, RequestLogModel::Latency).data().toString(),
                 QStringLiteral("1.5 ms"));
    }

    void isBounded_byTheLogCapacity()
    {
        RequestLog log(10);
        RequestLogModel model(&log);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 8; ++i)
            log.append(entry(QStringLiteral("/a%1").arg(i)));
        QTRY_COMPARE(model.rowCount(), 8);
        for (int i = 0; i < 25; ++i)
            log.append(entry(QStringLiteral("/b%1").arg(i)));
        QTRY_COMPARE(model.index(model.rowCount() - 1, RequestLogModel::Path).data().toString(),
                     QStringLiteral("/b24"));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(0, RequestLogModel::Path).data().toString(), QStringLiteral("/b15"));
    }

    void pause_holdsRows_andResumeCatchesUp()
    {
        RequestLog log;
        RequestLogModel model(&log);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPaused(true);
        QSignalSpy notified(&log, &RequestLog::entriesAdded);
        log.append(entry(QStringLiteral("/x")));
        QTRY_COMPARE(notified.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        model.setPaused(false);
        QCOMPARE(model.rowCount(), 1);
    }

    void clear_empties()
    {
        RequestLog log;
        RequestLogModel model(&log);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.append(entry(QStringLiteral("/x"), 401));
        QTRY_COMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, RequestLogModel::Status).data(Qt::DecorationRole).isValid());
        log.clear();
        QCOMPARE(model.rowCount(), 0);
        log.append(entry(QStringLiteral("/y")));
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, RequestLogModel::Path).data().toString(), QStringLiteral("/y"));
    }
};

QTEST_MAIN(TestRequestLogModel)
#include "test_ui_request_log_model.moc"
