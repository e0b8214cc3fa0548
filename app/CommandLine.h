#pragma once

#include <QHostAddress>
#include <QString>
#include <optional>

class QCoreApplication;

namespace foundry {

// What the command line asked for. Values that were not given stay empty, so that the seed's
// own settings (port, token lifetime) apply unless the command line overrides them.
struct AppOptions final
{
    enum class Mode { Serve, CheckSeed, Export };

    Mode mode = Mode::Serve;
    bool headless = false;
    bool demo = false;  // --demo: seedFile is the bundled demo seed, opened as untitled
    QString seedFile;   // --seed FILE (or the positional FILE)
    QString checkFile;  // --check-seed FILE
    QString exportFile; // --export FILE
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    std::optional<int> port;
    std::optional<int> tokenLifetimeSeconds;
    std::optional<qint64> maxBodyBytes;
    std::optional<int> threads; // --threads N: HTTP server threads
};

struct ParsedCommandLine final
{
    std::optional<AppOptions> options; // empty: exit with exitCode (after --help, --version, errors)
    int exitCode = 0;
};

// Parses the arguments; prints --help, --version and usage errors itself.
ParsedCommandLine parseCommandLine(const QStringList &arguments);

} // namespace foundry
