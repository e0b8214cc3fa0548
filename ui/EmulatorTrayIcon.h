#pragma once

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace foundry::ui {

class EmulatorController;

// The optional tray icon (off by default, View ▸ Tray icon, remembered): the emulator's state
// as its tooltip, and quick actions (show the window, start/stop/restart, copy the URL).
class EmulatorTrayIcon final : public QObject
{
    Q_OBJECT

public:
    EmulatorTrayIcon(EmulatorController *controller, QWidget *window);

    QAction *toggleAction() const { return m_toggle; } // checkable
    bool isShown() const;
    QString toolTip() const;

private:
    void setShown(bool shown);
    void update();

    EmulatorController *const m_controller;
    QWidget *const m_window;
    QAction *m_toggle;
    QSystemTrayIcon *m_icon = nullptr; // created when first shown
    QMenu *m_menu = nullptr;
    QAction *m_state = nullptr;
};

} // namespace foundry::ui
