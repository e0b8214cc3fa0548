// The console's side of the benchmarks, on the real widgets and models (run it offscreen):
//
//   console_bench SEED.yaml [RUNS]     prints how long the Users page takes to filter its rows by
//                                      a prefix, to clear the filter, and to toggle one user's
//                                      Active box (median of RUNS), as "key value" pairs
//   console_bench SEED.yaml --serve [--busy]
//                                      runs the console window with its emulator and the live
//                                      request log, and prints "listening on URL" like the app;
//                                      --busy keeps the console re-filtering every user, so that
//                                      a load test shows whether the emulator keeps answering
//
// Not a test: it prints figures and asserts nothing.
#include "ConsoleSession.h"
#include "Directory.h"
#include "EmulatorRoutes.h"
#include "EmulatorServer.h"
#include "MainWindow.h"
#include "RequestLog.h"
#include "SeedReader.h"
#include "UserFilterProxy.h"
#include "UserTableModel.h"
#include "UsersPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <vector>

using namespace foundry;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values.at(values.size() / 2);
}

// Milliseconds for `action` plus the event-loop turn that repaints the view.
template <typename Action> double timed(Action action)
{
    QElapsedTimer timer;
    timer.start();
    action();
    QCoreApplication::processEvents();
    return timer.nsecsElapsed() / 1e6;
}

int measure(ui::MainWindow &window, int runs)
{
    ui::UsersPage *page = window.usersPage();
    ui::UserFilterProxy *proxy = page->proxy();
    ui::UserTableModel *model = page->model();
    std::vector<double> filters, clears, toggles;
    int matched = 0;
    for (int run = 0; run < runs; ++run) {
        // A different prefix each run, so that nothing is answered from the previous one.
        const QString prefix = QStringLiteral("user%1").arg(run % 10, 2, 10, QLatin1Char('0'));
        filters.push_back(timed([&] { proxy->setSearchText(prefix); }));
        matched = proxy->rowCount();
        clears.push_back(timed([&] { proxy->setSearchText(QString()); }));

        // Toggle the way a click on the Active box does: model → undo command → Directory →
        // batched change → the row repainted.
        const int row = (run * 7919) % model->rowCount();
        const QString id = model->userAt(row).id;
        const bool active = model->userAt(row).active;
        const QModelIndex box = model->index(row, ui::UserTableModel::Active);
        toggles.push_back(timed([&] {
            model->setData(box, active ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
            while (model->userAt(model->rowOf(id)).active == active)
                QCoreApplication::processEvents();
        }));
    }
    QTextStream(stdout) << "users " << model->rowCount() << " matched " << matched << " filter_ms "
                        << median(filters) << " clear_ms " << median(clears) << " toggle_ms "
                        << median(toggles) << '\n';
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: console_bench SEED.yaml [RUNS | --serve [--busy]]\n";
        return 2;
    }
    SeedLoadResult seed = loadSeedFile(args.at(1));
    if (!seed.ok) {
        QTextStream(stderr) << seed.errors.first().toString() << '\n';
        return 1;
    }
    const bool serve = args.contains(QStringLiteral("--serve"));

    Directory directory(seed.state);
    RequestLog requestLog;
    EmulatorServer server(&directory, &requestLog);
    EmulatorServices services(directory);
    installEmulatorRoutes(server.router(), services);
    ui::ConsoleSession session(&directory, &requestLog, &server);
    session.setOAuthService(&services.oauth);
    ui::MainWindow window(&session);
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();

    if (!serve)
        return measure(window, args.size() > 2 ? std::max(1, args.at(2).toInt()) : 11);

    ServerOptions options;
    options.port = 0;
    QObject::connect(&server, &EmulatorServer::listening, &app, [](const QUrl &url) {
        QTextStream(stdout) << "Foundry emulator listening on " << url.toString() << Qt::endl;
    });
    QObject::connect(&server, &EmulatorServer::startFailed, &app, [](const QString &message) {
        QTextStream(stdout) << "failed: " << message << Qt::endl;
        QCoreApplication::exit(1);
    });
    QTimer busy;
    if (args.contains(QStringLiteral("--busy"))) {
        ui::UserFilterProxy *proxy = window.usersPage()->proxy();
        int turn = 0;
        QObject::connect(&busy, &QTimer::timeout, &app, [proxy, &turn] {
            proxy->setSearchText((++turn % 2) ? QStringLiteral("user0") : QString());
        });
        busy.start(0);
    }
    server.start(options);
    const int code = QApplication::exec();
    server.stop();
    return code;
}
