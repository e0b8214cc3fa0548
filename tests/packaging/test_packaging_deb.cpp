// The packages that `cpack` built (the packaging_cpack fixture): the .deb's control fields and
// shlibdeps-computed dependencies, the exact file list of the .deb and the .tar.gz, the shipped
// desktop entry, metainfo, icons and man page, and the unpacked program itself answering HTTP
// on the installed demo seed, headless and with the console window.
#include "OptionLists.h"
#include "Processes.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace foundry::packaging;

namespace {

const QString kPackageDir = QStringLiteral(FOUNDRY_PACKAGE_DIR);
const QString kVersion = QStringLiteral(FOUNDRY_VERSION);
const QString kAppId = QStringLiteral("io.github.foundry_console.FoundryConsole");

// What the package installs, relative to its prefix: nothing more (no headers, static
// libraries or test programs), nothing less.
QStringList expectedFiles()
{
    QStringList files{
        QStringLiteral("bin/foundry-console"),
        QStringLiteral("share/applications/%1.desktop").arg(kAppId),
        QStringLiteral("share/foundry-console/demo-seed.yaml"),
        QStringLiteral("share/icons/hicolor/scalable/apps/foundry-console.svg"),
        QStringLiteral("share/man/man1/foundry-console.1.gz"),
        QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId),
    };
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        files.append(QStringLiteral("share/icons/hicolor/%1x%1/apps/foundry-console.png").arg(size));
    files.sort();
    return files;
}

QString onlyFile(const QString &nameFilter)
{
    const QStringList found = QDir(kPackageDir).entryList({nameFilter}, QDir::Files);
    return found.size() == 1 ? QDir(kPackageDir).filePath(found.first()) : QString();
}

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

// "libc6 (>= 2.34), libqt6core6 (>= 6.4.0) | foo" -> {"libc6": "(>= 2.34)", ...}
QMap<QString, QString> dependencies(const QString &depends)
{
    QMap<QString, QString> result;
    for (const QString &alternatives : depends.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        for (const QString &entry : alternatives.split(QLatin1Char('|'))) {
            const QString trimmed = entry.trimmed();
            const qsizetype paren = trimmed.indexOf(QLatin1Char('('));
            result.insert(trimmed.left(paren < 0 ? trimmed.size() : paren).trimmed(),
                          paren < 0 ? QString() : trimmed.mid(paren));
        }
    }
    return result;
}

// Waits (bounded) for the banner's first line and returns the URL it names.
QUrl waitForListening(QProcess &process, QString *output)
{
    static const QRegularExpression line(
        QStringLiteral("Foundry emulator listening on (http://[^\\s]+)"));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 15000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(200);
        *output += QString::fromUtf8(process.readAllStandardOutput());
        const auto match = line.match(*output);
        if (match.hasMatch())
            return QUrl(match.captured(1));
    }
    return {};
}

} // namespace

class TestPackagingDeb : public QObject
{
    Q_OBJECT

    QString m_deb;
    QString m_tarball;
    QTemporaryDir m_debRoot;     // dpkg -x of the .deb
    QTemporaryDir m_tarballRoot; // tar -x of the .tar.gz
    QTemporaryDir m_home;        // HOME and XDG dirs of the programs started here

    QString installed(const QString &relative) const
    {
        return m_debRoot.filePath(QStringLiteral("usr/") + relative);
    }

    QString field(const QString &name) const
    {
        return runToEnd(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, name})
            .out.trimmed();
    }

    // Starts the unpacked program on the installed demo seed, checks that it answers an
    // authenticated request with the demo seed's fixed admin token, then stops it with SIGTERM.
    void serveDemoAndAnswer(const QStringList &extraArguments,
                            const QProcessEnvironment &environment)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(installed(QStringLiteral("bin/foundry-console")),
                      QStringList{QStringLiteral("--demo"), QStringLiteral("--port"),
                                  QStringLiteral("0")} +
                          extraArguments);
        QString output;
        const QUrl url = waitForListening(process, &output);
        QVERIFY2(url.isValid(),
                 qPrintable(output + QString::fromUtf8(process.readAllStandardError())));

        QNetworkAccessManager network;
        QNetworkRequest request(url.resolved(QUrl(QStringLiteral("/multipass/api/me"))));
        request.setRawHeader("Authorization", "Bearer demo-admin-token");
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->readAll().contains("\"username\":\"admin\""));

        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    QProcessEnvironment isolatedEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QLatin1String(name));
        environment.insert(QStringLiteral("HOME"), m_home.path());
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                 "XDG_STATE_HOME"})
            environment.insert(QLatin1String(name), m_home.filePath(QLatin1String(name)));
        return environment;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_deb = onlyFile(QStringLiteral("foundry-console_*.deb"));
        m_tarball = onlyFile(QStringLiteral("foundry-console-*.tar.gz"));
        QVERIFY2(!m_deb.isEmpty() && !m_tarball.isEmpty(),
                 qPrintable(QStringLiteral("expected one .deb and one .tar.gz in ") + kPackageDir));
        const Finished unpacked =
            runToEnd(QStringLiteral("dpkg"), {QStringLiteral("-x"), m_deb, m_debRoot.path()});
        QVERIFY2(unpacked.exitCode == 0, qPrintable(unpacked.err));
        const Finished untarred =
            runToEnd(QStringLiteral("tar"), {QStringLiteral("-xzf"), m_tarball,
                                             QStringLiteral("-C"), m_tarballRoot.path()});
        QVERIFY2(untarred.exitCode == 0, qPrintable(untarred.err));
    }

    void controlFields_nameVersionMaintainerDescription()
    {
        QCOMPARE(field(QStringLiteral("Package")), QStringLiteral("foundry-console"));
        QCOMPARE(field(QStringLiteral("Version")), kVersion + QStringLiteral("-1"));
        QVERIFY(QFileInfo(m_deb).fileName().startsWith(
            QStringLiteral("foundry-console_%1-1_").arg(kVersion)));
        QVERIFY(field(QStringLiteral("Maintainer"))
                    .contains(QRegularExpression(QStringLiteral("^[^<>]+ <[^@\\s]+@[^>\\s]+>$"))));
        QCOMPARE(field(QStringLiteral("Section")), QStringLiteral("devel"));
        const QStringList description =
            field(QStringLiteral("Description")).split(QLatin1Char('\n'));
        QVERIFY(description.size() > 2); // a summary line and a long description
        QVERIFY(description.first().contains(QStringLiteral("emulator")));
    }

    void depends_computedByShlibdepsPlusPlatformPlugins()
    {
        const QString depends = field(QStringLiteral("Depends"));
        const QMap<QString, QString> packages = dependencies(depends);
        // shlibdeps writes versioned dependencies for every library the program links.
        for (const char *library : {"libc6", "libstdc++6", "libqt6core6", "libqt6gui6",
                                    "libqt6widgets6", "libqt6network6", "libyaml-cpp0.7"}) {
            const QString name = QLatin1String(library);
            QVERIFY2(packages.contains(name), qPrintable(name + QStringLiteral(" in ") + depends));
            QVERIFY2(packages.value(name).startsWith(QStringLiteral("(>=")),
                     qPrintable(name + QStringLiteral(" unversioned in ") + depends));
        }
        // Loaded at run time, so only the explicit dependency can bring it.
        QVERIFY2(packages.contains(QStringLiteral("qt6-qpa-plugins")), qPrintable(depends));
        for (auto it = packages.cbegin(); it != packages.cend(); ++it)
            QVERIFY2(!it.key().endsWith(QStringLiteral("-dev")), qPrintable(it.key()));
    }

    void deb_holdsExactlyTheInstalledFiles()
    {
        QStringList files = filesUnder(m_debRoot.path());
        for (QString &file : files) {
            QVERIFY2(file.startsWith(QStringLiteral("usr/")), qPrintable(file));
            file.remove(0, 4);
        }
        QCOMPARE(files, expectedFiles());
    }

    void tarball_holdsTheSameFilesUnderOneFolder()
    {
        const QString top = QStringLiteral("foundry-console-%1-Linux").arg(kVersion);
        QCOMPARE(QDir(m_tarballRoot.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{top});
        QCOMPARE(filesUnder(m_tarballRoot.filePath(top)), expectedFiles());
    }

    void tarball_programFindsItsDemoSeed_whereverUnpacked()
    {
        const QString program = m_tarballRoot.filePath(
            QStringLiteral("foundry-console-%1-Linux/bin/foundry-console").arg(kVersion));
        const QString out = m_home.filePath(QStringLiteral("exported.yaml"));
        const Finished exported =
            runToEnd(program, {QStringLiteral("--demo"), QStringLiteral("--export"), out});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(QFileInfo(out).size() > 1000);
    }

    void program_isAStrippedExecutable()
    {
        const Finished file =
            runToEnd(QStringLiteral("file"), {installed(QStringLiteral("bin/foundry-console"))});
        QVERIFY2(file.out.contains(QStringLiteral("ELF 64-bit")), qPrintable(file.out));
        QVERIFY2(file.out.contains(QStringLiteral(", stripped")), qPrintable(file.out));
    }

    void desktopEntry_validatesAndNamesTheProgramAndIcon()
    {
        const QString desktop = installed(QStringLiteral("share/applications/%1.desktop").arg(kAppId));
        const Finished validated = runToEnd(QStringLiteral("desktop-file-validate"), {desktop});
        QVERIFY2(validated.exitCode == 0 && validated.out.isEmpty(),
                 qPrintable(validated.out + validated.err));
        QFile file(desktop);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("\nExec=foundry-console %f\n")));
        QVERIFY(text.contains(QStringLiteral("\nExec=foundry-console --demo\n")));
        QVERIFY(text.contains(QStringLiteral("\nIcon=foundry-console\n")));
    }

    void metainfo_validatesWithTheProjectVersion()
    {
        const QString metainfo =
            installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId));
        const Finished validated = runToEnd(
            QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                             QStringLiteral("--explain"), metainfo});
        QVERIFY2(validated.exitCode == 0, qPrintable(validated.out + validated.err));
        QFile file(metainfo);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(
            QStringLiteral("<release version=\"%1\"").arg(kVersion).toUtf8()));
    }

    void icons_areAnSvgAndPngsOfTheirSizes()
    {
        const QString svg = installed(QStringLiteral("share/icons/hicolor/scalable/apps/foundry-console.svg"));
        QVERIFY(runToEnd(QStringLiteral("file"), {svg}).out.contains(QStringLiteral("SVG")));
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
            const Finished file = runToEnd(
                QStringLiteral("file"),
                {installed(QStringLiteral("share/icons/hicolor/%1x%1/apps/foundry-console.png")
                               .arg(size))});
            QVERIFY2(file.out.contains(QStringLiteral("PNG image data, %1 x %1,").arg(size)),
                     qPrintable(file.out));
        }
    }

    void manPage_isCompressedAndMatchesTheInstalledHelp()
    {
        const Finished man = runToEnd(
            QStringLiteral("gzip"),
            {QStringLiteral("-dc"), installed(QStringLiteral("share/man/man1/foundry-console.1.gz"))});
        QCOMPARE(man.exitCode, 0);
        QVERIFY(man.out.startsWith(QStringLiteral(".\\\"")));
        QVERIFY(man.out.contains(QStringLiteral(".TH FOUNDRY-CONSOLE 1")));
        const Finished help =
            runToEnd(installed(QStringLiteral("bin/foundry-console")), {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(!optionsInHelp(help.out).isEmpty());
        QCOMPARE(optionsInManPage(man.out), optionsInHelp(help.out));
        const Finished version = runToEnd(installed(QStringLiteral("bin/foundry-console")),
                                          {QStringLiteral("--version")});
        QCOMPARE(version.out, QStringLiteral("foundry-console %1\n").arg(kVersion));
    }

    void installedProgram_headless_servesTheInstalledDemoSeed()
    {
        serveDemoAndAnswer({QStringLiteral("--headless")}, isolatedEnvironment());
    }

    void installedProgram_console_startsWithThePlatformPlugins()
    {
        QProcessEnvironment environment = isolatedEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        serveDemoAndAnswer({}, environment);
    }
};

QTEST_GUILESS_MAIN(TestPackagingDeb)
#include "test_packaging_deb.moc"
