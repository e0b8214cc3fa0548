// The command line's documentation agrees with the program: --help, the man page and the README
// table list the same options, --version names the project's version, and --demo finds the
// demo seed beside the build tree's program as the installed one does.
#include "OptionLists.h"
#include "Processes.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace foundry::packaging;

namespace {

const QString kBinary = QStringLiteral(FOUNDRY_CONSOLE_BINARY);
const QString kVersion = QStringLiteral(FOUNDRY_VERSION);

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The options that `a` has and `b` lacks, for failure messages.
QString missingFrom(const QStringList &a, const QStringList &b)
{
    QStringList missing;
    for (const QString &name : a)
        if (!b.contains(name))
            missing.append(name);
    return missing.join(QLatin1Char(' '));
}

} // namespace

class TestPackagingDocs : public QObject
{
    Q_OBJECT

    QStringList m_helpOptions;

private Q_SLOTS:
    void initTestCase()
    {
        const Finished help = runToEnd(kBinary, {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        m_helpOptions = optionsInHelp(help.out);
        // The parser itself must have found the options, or every comparison below is empty.
        QVERIFY2(m_helpOptions.contains(QStringLiteral("--seed")), qPrintable(help.out));
        QVERIFY(m_helpOptions.contains(QStringLiteral("-h")));
        // Parsed before QCoreApplication exists, Qt would say "Usage: <executable_name>".
        QVERIFY2(help.out.startsWith(QStringLiteral("Usage: foundry-console [options] [file]\n")),
                 qPrintable(help.out));
        QVERIFY(help.out.contains(QStringLiteral("\nExit status: 0 success; 1 runtime failure")));
    }

    void optionParsers_readEachFormat()
    {
        QCOMPARE(optionsInHelp(QStringLiteral("Usage: x\n\nOptions:\n  -a, --alpha <n>  Alpha\n"
                                              "                   wraps --not-this\n"
                                              "  --beta           Beta\n\nArguments:\n  file\n")),
                 (QStringList{QStringLiteral("--alpha"), QStringLiteral("--beta"),
                              QStringLiteral("-a")}));
        QCOMPARE(optionsInManPage(QStringLiteral(".SH OPTIONS\n.TP\n\\fB\\-a\\fR, "
                                                 "\\fB\\-\\-alpha\\fR \\fIn\\fR\nSee \\-\\-x.\n"
                                                 ".SH FILES\n.TP\n\\fB\\-\\-other\\fR\n")),
                 (QStringList{QStringLiteral("--alpha"), QStringLiteral("-a")}));
        QCOMPARE(optionsInReadme(QStringLiteral("## Command line\n\n| option | meaning |\n|---|---|\n"
                                                "| `-a`, `--alpha N` (or `FILE`) | see `--x` |\n"
                                                "## Other\n| `--other` | |\n")),
                 (QStringList{QStringLiteral("--alpha"), QStringLiteral("-a")}));
    }

    void manPage_listsExactlyTheHelpOptions()
    {
        const QString man = readText(QStringLiteral(FOUNDRY_MAN_PAGE));
        QVERIFY(!man.isEmpty());
        const QStringList manOptions = optionsInManPage(man);
        QVERIFY2(manOptions == m_helpOptions,
                 qPrintable(QStringLiteral("in --help, not in the man page: %1; in the man page, "
                                           "not in --help: %2")
                                .arg(missingFrom(m_helpOptions, manOptions),
                                     missingFrom(manOptions, m_helpOptions))));
    }

    void readme_listsExactlyTheHelpOptions()
    {
        const QString readme = readText(QStringLiteral(FOUNDRY_SOURCE_DIR "/README.md"));
        QVERIFY(!readme.isEmpty());
        const QStringList readmeOptions = optionsInReadme(readme);
        QVERIFY2(readmeOptions == m_helpOptions,
                 qPrintable(QStringLiteral("in --help, not in the README's Command line table: "
                                           "%1; in the README, not in --help: %2")
                                .arg(missingFrom(m_helpOptions, readmeOptions),
                                     missingFrom(readmeOptions, m_helpOptions))));
    }

    void version_isTheProjectVersion_inProgramAndManPage()
    {
        const Finished version = runToEnd(kBinary, {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, QStringLiteral("foundry-console %1\n").arg(kVersion));
        const QString man = readText(QStringLiteral(FOUNDRY_MAN_PAGE));
        QVERIFY(man.contains(QStringLiteral("\"foundry-console %1\"").arg(kVersion)));
    }

    void demo_findsTheSeedBesideTheBuildTreeProgram()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("demo.yaml"));
        const Finished exported =
            runToEnd(kBinary, {QStringLiteral("--demo"), QStringLiteral("--export"), out});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(readText(out).contains(QStringLiteral("route-optimizer")));
    }

    void demo_withASeedFile_isAUsageError()
    {
        const Finished both = runToEnd(
            kBinary, {QStringLiteral("--demo"), QStringLiteral("--seed"), QStringLiteral("x.yaml"),
                      QStringLiteral("--headless")});
        QCOMPARE(both.exitCode, 2);
        QVERIFY2(both.err.contains(QStringLiteral("--demo")), qPrintable(both.err));
    }
};

QTEST_GUILESS_MAIN(TestPackagingDocs)
#include "test_packaging_docs.moc"
