// Drives the real foundry-console binary: its flags, exit codes, banner and shutdown.
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

const QString kBinary = QStringLiteral(FOUNDRY_CONSOLE_BINARY);
const QString kDemoSeed = QStringLiteral(FOUNDRY_SOURCE_DIR "/resources/demo-seed.yaml");

struct Finished
{
    int exitCode = -1;
    QString out;
    QString err;
};

Finished runToEnd(const QStringList &arguments)
{
    QProcess process;
    process.start(kBinary, arguments);
    Finished result;
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// Waits for the banner's first line and returns the URL it names.
QUrl waitForListening(QProcess &process, QString *output)
{
    static const QRegularExpression line(
        QStringLiteral("Foundry emulator listening on (http://[^\\s]+)"));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(200);
        *output += QString::fromUtf8(process.readAllStandardOutput());
        const auto match = line.match(*output);
        if (match.hasMatch())
            return QUrl(match.captured(1));
    }
    return {};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version_printsNameAndVersion()
    {
        const Finished result = runToEnd({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QRegularExpression(QStringLiteral("^foundry-console \\d+\\.\\d+\\.\\d+"))));
    }

    void help_namesEveryOption()
    {
        const Finished result = runToEnd({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        for (const char *option : {"--seed", "--host", "--port", "--headless", "--check-seed",
                                   "--export", "--token-lifetime", "--max-body-bytes",
                                   "--threads", "--version", "--help"})
            QVERIFY2(result.out.contains(QLatin1StringView(option)), option);
    }

    void usageError_exitsTwoWithMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("port not a number") << QStringList{QStringLiteral("--port"), QStringLiteral("abc")} << QStringLiteral("--port");
        QTest::newRow("port too large") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")} << QStringLiteral("--port");
        QTest::newRow("bad host") << QStringList{QStringLiteral("--host"), QStringLiteral("nowhere")} << QStringLiteral("--host");
        QTest::newRow("negative lifetime") << QStringList{QStringLiteral("--token-lifetime"), QStringLiteral("-1")} << QStringLiteral("--token-lifetime");
        QTest::newRow("no threads") << QStringList{QStringLiteral("--threads"), QStringLiteral("0")} << QStringLiteral("--threads");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("export without seed") << QStringList{QStringLiteral("--export"), QStringLiteral("/tmp/x.yaml")} << QStringLiteral("--seed");
    }
    void usageError_exitsTwoWithMessage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Finished result = runToEnd(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    void checkSeed_demoSeed_isValid()
    {
        const Finished result = runToEnd({QStringLiteral("--check-seed"), kDemoSeed});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("valid")));
        QVERIFY2(!result.err.contains(QStringLiteral("warning")), qPrintable(result.err));
    }

    void checkSeed_invalidFile_reportsEveryErrorAndExitsTwo()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("bad.yaml"),
                                       "foundry:\n"
                                       "  users:\n"
                                       "    - username: alice\n"
                                       "      active: yes please\n"
                                       "    - display_name: Nobody\n");
        const Finished result = runToEnd({QStringLiteral("--check-seed"), path});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(path + QStringLiteral(":4:15: foundry.users[0].active")),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("foundry.users[1]")), qPrintable(result.err));
    }

    void checkSeed_missingFile_exitsNonZeroNamingIt()
    {
        const Finished result = runToEnd({QStringLiteral("--check-seed"), QStringLiteral("/nonexistent/seed.yaml")});
        QVERIFY(result.exitCode != 0);
        QVERIFY(result.err.contains(QStringLiteral("/nonexistent/seed.yaml")));
    }

    void export_writesTheCanonicalFile()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.yaml"));
        const Finished result = runToEnd({QStringLiteral("--seed"), kDemoSeed, QStringLiteral("--export"), out});
        QCOMPARE(result.exitCode, 0);
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QFile demo(kDemoSeed);
        QVERIFY(demo.open(QIODevice::ReadOnly));
        // The bundled seed is kept in canonical form, so exporting it changes nothing.
        QCOMPARE(written.readAll(), demo.readAll());
    }

    void serve_portZero_printsBannerAndAnswers()
    {
        QProcess process;
        process.start(kBinary, {QStringLiteral("--headless"), QStringLiteral("--seed"), kDemoSeed,
                                QStringLiteral("--port"), QStringLiteral("0")});
        QString output;
        const QUrl url = waitForListening(process, &output);
        QVERIFY2(url.isValid() && url.port() > 0, qPrintable(output));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QTRY_VERIFY((output += QString::fromUtf8(process.readAllStandardOutput()))
                        .contains(QStringLiteral("Try: curl")));
        QVERIFY(output.contains(QStringLiteral("Fixed tokens:")));

        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(url.resolved(QUrl(QStringLiteral("/")))));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;

        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    void serve_seedPortApplies_andCommandLineWins()
    {
        QTemporaryDir dir;
        const quint16 seedPort = freePort();
        const QString seed = writeFile(dir, QStringLiteral("port.yaml"),
                                       "foundry:\n  port: " + QByteArray::number(seedPort) + '\n');
        for (const bool override : {false, true}) {
            QProcess process;
            QStringList arguments{QStringLiteral("--headless"), QStringLiteral("--seed"), seed};
            const quint16 cliPort = freePort();
            if (override)
                arguments << QStringLiteral("--port") << QString::number(cliPort);
            process.start(kBinary, arguments);
            QString output;
            const QUrl url = waitForListening(process, &output);
            QCOMPARE(url.port(), int(override ? cliPort : seedPort));
            process.terminate();
            QVERIFY(process.waitForFinished(5000));
        }
    }

    void serve_portInUse_exitsWithinASecond()
    {
        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
        QElapsedTimer timer;
        timer.start();
        const Finished result = runToEnd({QStringLiteral("--headless"), QStringLiteral("--port"),
                                          QString::number(occupier.serverPort())});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(timer.elapsed() < 3000, "must fail fast, not hang"); // generous for slow CI
        QVERIFY2(result.err.contains(QString::number(occupier.serverPort())), qPrintable(result.err));
    }

    void serve_invalidSeed_exitsTwoWithoutListening()
    {
        QTemporaryDir dir;
        const QString seed = writeFile(dir, QStringLiteral("bad.yaml"), "foundry: [unclosed\n");
        const Finished result = runToEnd({QStringLiteral("--headless"), QStringLiteral("--seed"), seed});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(seed + u':'));
        QVERIFY(!result.out.contains(QStringLiteral("listening")));
    }

    void serve_unreadableSeed_exitsNonZero()
    {
        const Finished result = runToEnd({QStringLiteral("--headless"), QStringLiteral("--seed"), QStringLiteral("/nonexistent/seed.yaml")});
        QVERIFY(result.exitCode != 0);
        QVERIFY(result.err.contains(QStringLiteral("/nonexistent/seed.yaml")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
