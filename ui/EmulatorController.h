#pragma once

#include "ServerOptions.h"

#include <QObject>
#include <QUrl>

class QAction;
class QWidget;

namespace foundry {
class EmulatorServer;
}

namespace foundry::ui {

// Starts, stops and restarts the emulator with the console's choice of port and bind address.
// A taken port gets a clear message and the choice of a free one; an address other machines
// can reach needs a confirmation. Every question goes through the MessageBox seam.
class EmulatorController final : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped,
        Starting,
        Listening,
        Failed
    };

    EmulatorController(EmulatorServer *server, const ServerOptions &options, QWidget *window);

    State state() const { return m_state; }
    QString stateText() const; // "Listening on http://127.0.0.1:4000", "Stopped", ...
    const ServerOptions &options() const { return m_options; }
    QString lastError() const { return m_error; }

    QAction *startAction() const { return m_start; }
    QAction *stopAction() const { return m_stop; }
    QAction *restartAction() const { return m_restart; }

    void start();
    void stop();
    void restart();
    // Restarts with new options. False when the person declined a non-loopback address.
    bool apply(const ServerOptions &options);

    static bool isPortTaken(const QHostAddress &host, quint16 port);

Q_SIGNALS:
    void stateChanged(foundry::ui::EmulatorController::State state);

private:
    void setState(State state);
    void onStartFailed(const QString &message);

    EmulatorServer *const m_server;
    QWidget *const m_window;
    ServerOptions m_options;
    State m_state = State::Stopped;
    QString m_error;
    QAction *m_start;
    QAction *m_stop;
    QAction *m_restart;
};

} // namespace foundry::ui
