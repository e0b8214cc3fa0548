#include "EmulatorTrayIcon.h"

#include "EmulatorController.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QWidget>

namespace foundry::ui {
namespace {
const QString kSettingKey = QStringLiteral("emulator/trayIcon");
}

EmulatorTrayIcon::EmulatorTrayIcon(EmulatorController *controller, QWidget *window)
    : QObject(window), m_controller(controller), m_window(window),
      m_toggle(new QAction(tr("&Tray icon"), this))
{
    m_toggle->setObjectName(QStringLiteral("actionToggleTrayIcon"));
    m_toggle->setCheckable(true);
    m_toggle->setToolTip(tr("Show the emulator's state in the system tray"));
    connect(m_toggle, &QAction::toggled, this, &EmulatorTrayIcon::setShown);
    connect(controller, &EmulatorController::stateChanged, this, &EmulatorTrayIcon::update);
    m_toggle->setChecked(QSettings().value(kSettingKey, false).toBool());
}

bool EmulatorTrayIcon::isShown() const
{
    return m_icon && m_icon->isVisible();
}

QString EmulatorTrayIcon::toolTip() const
{
    return tr("Foundry emulator: %1").arg(m_controller->stateText());
}

void EmulatorTrayIcon::setShown(bool shown)
{
    QSettings().setValue(kSettingKey, shown);
    if (!shown) {
        if (m_icon)
            m_icon->hide();
        return;
    }
    if (!m_icon) {
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = m_window->style()->standardIcon(QStyle::SP_ComputerIcon);
        m_icon = new QSystemTrayIcon(icon, this);
        m_icon->setObjectName(QStringLiteral("emulatorTrayIcon"));
        m_menu = new QMenu(m_window);
        m_state = m_menu->addAction(QString());
        m_state->setEnabled(false);
        m_menu->addSeparator();
        QAction *show = m_menu->addAction(tr("Show console"));
        connect(show, &QAction::triggered, m_window, [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        });
        m_menu->addActions({m_controller->startAction(), m_controller->stopAction(),
                            m_controller->restartAction()});
        m_icon->setContextMenu(m_menu);
        connect(m_icon, &QSystemTrayIcon::activated, m_window, [this](auto reason) {
            if (reason == QSystemTrayIcon::Trigger)
                m_window->setVisible(!m_window->isVisible() || m_window->isMinimized());
        });
    }
    update();
    m_icon->show();
}

void EmulatorTrayIcon::update()
{
    if (!m_icon)
        return;
    m_icon->setToolTip(toolTip());
    m_state->setText(m_controller->stateText());
}

} // namespace foundry::ui
