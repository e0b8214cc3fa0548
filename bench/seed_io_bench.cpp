// Prints how long loading and saving a seed file take (median of a few runs), using the same
// reader and writer as the program.
#include "SeedReader.h"
#include "SeedWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace foundry;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        QTextStream(stderr) << "usage: seed_io_bench SEED.yaml [RUNS]\n";
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 3;
    QTemporaryDir dir;
    std::vector<double> loads, saves;
    SeedLoadResult result;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        result = loadSeedFile(path);
        loads.push_back(timer.nsecsElapsed() / 1e6);
        if (!result.ok) {
            QTextStream(stderr) << result.errors.first().toString() << '\n';
            return 1;
        }
        timer.restart();
        QString error;
        if (!saveSeedFile(result.state, dir.filePath(QStringLiteral("out.yaml")), &error)) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
        saves.push_back(timer.nsecsElapsed() / 1e6);
    }
    out << "users " << result.state.users.size() << " load_ms " << median(loads) << " save_ms "
        << median(saves) << '\n';
    return 0;
}
