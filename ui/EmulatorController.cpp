#include "EmulatorController.h"

#include "DialogSeams.h"
#include "EmulatorServer.h"

#include <QAction>
#include <QTcpServer>
#include <QWidget>

namespace foundry::ui {

EmulatorController::EmulatorController(EmulatorServer *server, const ServerOptions &options,
                                       QWidget *window)
    : QObject(window), m_server(server), m_window(window), m_options(options),
      m_start(new QAction(tr("&Start emulator"), this)),
      m_stop(new QAction(tr("S&top emulator"), this)),
      m_restart(new QAction(tr("&Restart emulator"), this))
{
    m_start->setObjectName(QStringLiteral("actionStartEmulator"));
    m_stop->setObjectName(QStringLiteral("actionStopEmulator"));
    m_restart->setObjectName(QStringLiteral("actionRestartEmulator"));
    m_restart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F5));
    connect(m_start, &QAction::triggered, this, &EmulatorController::start);
    connect(m_stop, &QAction::triggered, this, &EmulatorController::stop);
    connect(m_restart, &QAction::triggered, this, &EmulatorController::restart);

    connect(server, &EmulatorServer::listening, this, [this](const QUrl &) {
        m_error.clear();
        setState(State::Listening);
    });
    connect(server, &EmulatorServer::stopped, this, [this] {
        if (m_state != State::Starting)
            setState(State::Stopped);
    });
    connect(server, &EmulatorServer::startFailed, this, &EmulatorController::onStartFailed);
    // The app may have started the server before the window existed.
    setState(server->isListening() ? State::Listening : State::Starting);
}

QString EmulatorController::stateText() const
{
    switch (m_state) {
    case State::Stopped:
        return tr("Stopped");
    case State::Starting:
        return tr("Starting…");
    case State::Listening:
        return tr("Listening on %1").arg(m_server->url().toString(QUrl::StripTrailingSlash));
    case State::Failed:
        return tr("Not listening: %1").arg(m_error);
    }
    return {};
}

void EmulatorController::setState(State state)
{
    m_state = state;
    m_start->setEnabled(state == State::Stopped || state == State::Failed);
    m_stop->setEnabled(state == State::Listening || state == State::Starting);
    m_restart->setEnabled(state == State::Listening);
    Q_EMIT stateChanged(state);
}

void EmulatorController::start()
{
    setState(State::Starting);
    m_server->start(m_options);
}

void EmulatorController::stop()
{
    m_server->stop();
    setState(State::Stopped);
}

void EmulatorController::restart()
{
    // Options with port 0 got a free port last time: keep it, so clients need not change.
    if (m_options.port == 0 && m_server->isListening())
        m_options.port = m_server->port();
    start(); // EmulatorServer::start() restarts a running server
}

bool EmulatorController::apply(const ServerOptions &options)
{
    if (!options.host.isLoopback() && options.host != m_options.host) {
        const auto answer = MessageBox::question(
            m_window, tr("Listen beyond this machine?"),
            tr("The emulator would listen on %1, which other machines may reach. It accepts any "
               "password-less sign-in and its tokens grant admin rights.\n\nListen there anyway?")
                .arg(options.host.toString()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    m_options = options;
    start();
    return true;
}

bool EmulatorController::isPortTaken(const QHostAddress &host, quint16 port)
{
    if (port == 0)
        return false;
    QTcpServer probe;
    if (probe.listen(host, port))
        return false;
    return probe.serverError() == QAbstractSocket::AddressInUseError;
}

void EmulatorController::onStartFailed(const QString &message)
{
    m_error = message;
    setState(State::Failed);
    if (!isPortTaken(m_options.host, m_options.port))
        return;
    const auto answer = MessageBox::question(
        m_window, tr("Port %1 is in use").arg(m_options.port),
        tr("Another program is already listening on %1:%2, so the emulator cannot start "
           "there.\n\nStart it on a free port instead?")
            .arg(m_options.host.toString())
            .arg(m_options.port),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    m_options.port = 0; // the system's choice; the status bar shows the port it got
    start();
}

} // namespace foundry::ui
