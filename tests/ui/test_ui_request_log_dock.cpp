// The request log dock over real requests: the selected request's detail with secrets masked,
// Copy as curl, export as JSON lines, pause and clear.
#include "ConsoleTestHarness.h"
#include "DialogSeams.h"
#include "RequestLogDock.h"
#include "RequestLogModel.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

using namespace foundry;
using namespace foundry::ui;
using namespace foundry::test;

class TestRequestLogDock : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConsoleTestHarness> m_h;
    std::unique_ptr<RequestLogDock> m_dock;

    template <typename T> T *find(const QString &name) const
    {
        T *widget = m_dock->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }

    void selectLast()
    {
        QTableView *table = m_dock->table();
        QTRY_VERIFY(table->model()->rowCount() > 0);
        table->selectRow(table->model()->rowCount() - 1);
    }

private Q_SLOTS:
    void init()
    {
        m_h = std::make_unique<ConsoleTestHarness>();
        m_h->log.setNotificationInterval(0);
        m_dock = std::make_unique<RequestLogDock>(&m_h->log);
        m_dock->show();
    }
    void cleanup()
    {
        m_dock.reset();
        m_h.reset();
    }

    void selectedRequest_showsRequestAndResponse_masked()
    {
        const HttpReply reply = m_h->clientCredentials("etl:etl-secret");
        QCOMPARE(reply.status, 200);
        const QString token = reply.json().value(QStringLiteral("access_token")).toString();
        QVERIFY(!token.isEmpty());
        selectLast();
        const QString request = find<QPlainTextEdit>(QStringLiteral("requestDetail"))->toPlainText();
        const QString response =
            find<QPlainTextEdit>(QStringLiteral("responseDetail"))->toPlainText();
        QVERIFY(request.startsWith(QStringLiteral("POST /multipass/api/oauth2/token HTTP/1.1")));
        QVERIFY(request.contains(QStringLiteral("grant_type=client_credentials")));
        QVERIFY(request.contains(QStringLiteral("Authorization: Basic ••••")));
        QVERIFY(!request.contains(QString::fromLatin1(QByteArray("etl:etl-secret").toBase64())));
        QVERIFY(response.startsWith(QStringLiteral("HTTP 200")));
        QVERIFY(response.contains(QStringLiteral("\"access_token\": \"••••\"")));
        QVERIFY(!response.contains(token));

        QTest::mouseClick(find<QToolButton>(QStringLiteral("copyCurlButton")), Qt::LeftButton);
        const QString curl = QApplication::clipboard()->text();
        QVERIFY(curl.startsWith(QStringLiteral("curl -X POST 'http://127.0.0.1:")));
        QVERIFY(curl.contains(QStringLiteral("/multipass/api/oauth2/token'")));
        QVERIFY(!curl.contains(QString::fromLatin1(QByteArray("etl:etl-secret").toBase64())));
    }

    void export_writesOneMaskedJsonObjectPerLine()
    {
        m_h->clientCredentials("etl:etl-secret");
        m_h->me("alice-token");
        QTRY_COMPARE(m_dock->model()->rowCount(), 2);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.jsonl"));
        FileDialog::setNextFileName(path);
        QTest::mouseClick(find<QToolButton>(QStringLiteral("exportLogButton")), Qt::LeftButton);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        const QList<QByteArray> lines = text.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(second.value(QStringLiteral("path")).toString(),
                 QStringLiteral("/multipass/api/me"));
        QCOMPARE(second.value(QStringLiteral("status")).toInt(), 200);
        QVERIFY(!text.contains("alice-token"));
        QVERIFY(!text.contains("foundry_"));
    }

    void pause_holdsRows_clear_forgetsThem()
    {
        auto *pause = find<QToolButton>(QStringLiteral("pauseLogButton"));
        QTest::mouseClick(pause, Qt::LeftButton);
        m_h->me("alice-token");
        QTRY_COMPARE(m_h->log.size(), 1);
        QCOMPARE(m_dock->model()->rowCount(), 0);
        QTest::mouseClick(pause, Qt::LeftButton);
        QCOMPARE(m_dock->model()->rowCount(), 1);
        QTest::mouseClick(find<QToolButton>(QStringLiteral("clearLogButton")), Qt::LeftButton);
        QCOMPARE(m_dock->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestRequestLogDock)
#include "test_ui_request_log_dock.moc"
