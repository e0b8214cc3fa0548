#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QMenu;

namespace foundry::ui {

class ConsoleSession;
class DiffDock;
class EmulatorController;
class EmulatorTrayIcon;
class MainWindow;
class PreregistrationDemo;
class PreregistrationDemoDock;
class SnapshotsDock;
class TokensDock;

// The console's tools, wired into the main window with one line: the Tokens, Diff vs file,
// Snapshots and Preregistration demo docks, the Emulator menu (start/stop/restart, settings,
// tray icon) and the Tools menu. Docks exist before the window restores its saved layout.
class ConsoleTools final : public QObject
{
    Q_OBJECT

public:
    ConsoleTools(MainWindow *window, ConsoleSession *session);

    TokensDock *tokensDock() const { return m_tokens; } // null without an OAuth service
    DiffDock *diffDock() const { return m_diff; }
    SnapshotsDock *snapshotsDock() const { return m_snapshots; }
    PreregistrationDemoDock *demoDock() const { return m_demoDock; }
    PreregistrationDemo *demo() const { return m_demo; }
    EmulatorController *emulator() const { return m_emulator; }
    EmulatorTrayIcon *trayIcon() const { return m_tray; }

    // "Issue token…" for the selected user, or a client-credentials token for the selected
    // application (or service principal with a client); returns the token or an empty string.
    QString issueTokenForSelection();
    void showEmulatorSettings();

private:
    void buildDocks();
    void buildMenus();
    void showCreatedUser(const QString &userId);
    QAction *showActionFor(QDockWidget *dock, const QString &name, const QKeySequence &key);

    MainWindow *const m_window;
    ConsoleSession *const m_session;
    TokensDock *m_tokens = nullptr;
    DiffDock *m_diff = nullptr;
    SnapshotsDock *m_snapshots = nullptr;
    PreregistrationDemo *m_demo = nullptr;
    PreregistrationDemoDock *m_demoDock = nullptr;
    EmulatorController *m_emulator = nullptr;
    EmulatorTrayIcon *m_tray = nullptr;
};

} // namespace foundry::ui
