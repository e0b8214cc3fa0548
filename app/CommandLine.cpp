#include "CommandLine.h"

#include "ExitCodes.h"
#include "InstallPaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace foundry {
namespace {

void printError(const QString &message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << message << '\n'
                        << "Try '" << QCoreApplication::applicationName()
                        << " --help' for more information.\n";
}

// Reads a whole number in [min, max]; an empty optional with an error message otherwise.
std::optional<qint64> parseNumber(const QString &text, qint64 min, qint64 max,
                                  const QString &option, QString *error)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max) {
        *error = QStringLiteral("%1 expects a whole number from %2 to %3, got \"%4\"")
                     .arg(option)
                     .arg(min)
                     .arg(max)
                     .arg(text);
        return std::nullopt;
    }
    return value;
}

} // namespace

ParsedCommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Foundry Emulator Console: a local emulator of Palantir Foundry's identity services "
        "(Multipass OAuth2 and the Admin API v2) with a desktop console over it.\n"
        "Without --headless the console opens when a display is available."));
    // Not addHelpOption(): its --help-all advertises Qt's own options (-platform, ...), which
    // this parser would refuse.
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Displays these options and the exit "
                                                       "codes.")));
    parser.addVersionOption();
    const QCommandLineOption seed(QStringList{QStringLiteral("s"), QStringLiteral("seed")},
                                  QStringLiteral("Start from the seed YAML <file>."),
                                  QStringLiteral("file"));
    const QCommandLineOption host(
        QStringLiteral("host"),
        QStringLiteral("Listen on <address> (default 127.0.0.1; others print a warning)."),
        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(
        QStringList{QStringLiteral("p"), QStringLiteral("port")},
        QStringLiteral("Listen on <port> (default: the seed's foundry.port, else 4000; 0 picks a "
                       "free port)."),
        QStringLiteral("port"));
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      QStringLiteral("Run the emulator without a window (CI)."));
    const QCommandLineOption checkSeed(
        QStringLiteral("check-seed"),
        QStringLiteral("Validate <file>, print its warnings and errors, and exit (0 valid, 2 "
                       "invalid)."),
        QStringLiteral("file"));
    const QCommandLineOption exportSeed(
        QStringLiteral("export"),
        QStringLiteral("Load the seed given with --seed (or --demo) and write it to <file> "
                       "in canonical form, then exit."),
        QStringLiteral("file"));
    const QCommandLineOption tokenLifetime(
        QStringLiteral("token-lifetime"),
        QStringLiteral("Issued access tokens expire after <seconds> (0: never; overrides the "
                       "seed's token_lifetime_seconds)."),
        QStringLiteral("seconds"));
    const QCommandLineOption maxBody(
        QStringLiteral("max-body-bytes"),
        QStringLiteral("Refuse request bodies larger than <bytes> with 413 (default 1048576)."),
        QStringLiteral("bytes"));
    const QCommandLineOption threads(
        QStringLiteral("threads"),
        QStringLiteral("Serve HTTP on <n> threads sharing one listening socket (default: one "
                       "per core)."),
        QStringLiteral("n"));
    parser.addOptions(
        {seed, host, port, headless, checkSeed, exportSeed, tokenLifetime, maxBody, threads});
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Start from the bundled demo seed (share/foundry-console/demo-seed.yaml "
                       "of the installation); the console opens it untitled."));
    parser.addOption(demo);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("The seed YAML to open (same as --seed)."),
                                 QStringLiteral("[file]"));

    ParsedCommandLine result;
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        result.exitCode = exitcodes::kUsage;
        return result;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // The parser runs before the application object exists, so it cannot name the program
        // itself; the exit codes have no place in QCommandLineParser (the man page has them too).
        QTextStream(stdout) << parser.helpText().replace(QLatin1String("<executable_name>"),
                                                         QCoreApplication::applicationName())
                            << "\nExit status: 0 success; 1 runtime failure (port in use, "
                               "unreadable or unwritable file);\n2 invalid seed or usage error. "
                               "Manual: man foundry-console\n";
        return result;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << '\n';
        return result;
    }

    AppOptions options;
    QString error;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && parser.isSet(seed)))
        error = QStringLiteral("give one seed file, either as --seed FILE or as FILE");
    options.seedFile = parser.isSet(seed) ? parser.value(seed) : positional.value(0);
    options.headless = parser.isSet(headless);
    if (parser.isSet(demo)) {
        if (error.isEmpty() && !options.seedFile.isEmpty())
            error = QStringLiteral("--demo is a seed of its own: give either --demo or a seed file");
        options.demo = true;
        options.seedFile = bundledDemoSeedPath();
    }
    if (error.isEmpty() && !options.host.setAddress(parser.value(host)))
        error = QStringLiteral("--host expects an IP address, got \"%1\"").arg(parser.value(host));
    if (error.isEmpty() && parser.isSet(port)) {
        if (const auto value = parseNumber(parser.value(port), 0, 65535, QStringLiteral("--port"),
                                           &error))
            options.port = int(*value);
    }
    if (error.isEmpty() && parser.isSet(tokenLifetime)) {
        if (const auto value = parseNumber(parser.value(tokenLifetime), 0, 10LL * 365 * 86400,
                                           QStringLiteral("--token-lifetime"), &error))
            options.tokenLifetimeSeconds = int(*value);
    }
    if (error.isEmpty() && parser.isSet(maxBody)) {
        if (const auto value = parseNumber(parser.value(maxBody), 1024, 1LL << 30,
                                           QStringLiteral("--max-body-bytes"), &error))
            options.maxBodyBytes = *value;
    }
    if (error.isEmpty() && parser.isSet(threads)) {
        if (const auto value =
                parseNumber(parser.value(threads), 1, 64, QStringLiteral("--threads"), &error))
            options.threads = int(*value);
    }
    if (error.isEmpty() && parser.isSet(checkSeed) && parser.isSet(exportSeed))
        error = QStringLiteral("--check-seed and --export cannot be combined");
    if (parser.isSet(checkSeed)) {
        options.mode = AppOptions::Mode::CheckSeed;
        options.checkFile = parser.value(checkSeed);
    } else if (parser.isSet(exportSeed)) {
        options.mode = AppOptions::Mode::Export;
        options.exportFile = parser.value(exportSeed);
        if (error.isEmpty() && options.seedFile.isEmpty())
            error = QStringLiteral("--export needs the seed to read: --seed FILE");
    }
    if (!error.isEmpty()) {
        printError(error);
        result.exitCode = exitcodes::kUsage;
        return result;
    }
    result.options = options;
    return result;
}

} // namespace foundry
