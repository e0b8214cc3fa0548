#include "ConsoleTools.h"

#include "ApplicationsPage.h"
#include "ConsoleSession.h"
#include "DiffDock.h"
#include "Directory.h"
#include "EmulatorController.h"
#include "EmulatorServer.h"
#include "EmulatorSettingsDialog.h"
#include "EmulatorTrayIcon.h"
#include "MainWindow.h"
#include "NavigationList.h"
#include "OAuthService.h"
#include "PreregistrationDemo.h"
#include "PreregistrationDemoDock.h"
#include "RequestLogDock.h"
#include "SeedDocument.h"
#include "SnapshotsDock.h"
#include "TokensDock.h"
#include "UsersPage.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>

namespace foundry::ui {

ConsoleTools::ConsoleTools(MainWindow *window, ConsoleSession *session)
    : QObject(window), m_window(window), m_session(session)
{
    setObjectName(QStringLiteral("consoleTools"));
    m_emulator = new EmulatorController(session->server(), session->serverOptions(), window);
    m_tray = new EmulatorTrayIcon(m_emulator, window);
    buildDocks();
    buildMenus();
}

void ConsoleTools::buildDocks()
{
    DirectoryEditor *editor = m_session->editor();
    SeedDocument *document = m_session->document();
    if (m_session->oauth()) {
        m_tokens = new TokensDock(&m_session->oauth()->tokens(), m_session->directory(),
                                  m_session->server(), m_window);
        m_window->addDockWidget(Qt::BottomDockWidgetArea, m_tokens);
        if (RequestLogDock *log = m_window->requestLogDock()) {
            m_window->tabifyDockWidget(log, m_tokens);
            log->raise(); // the log stays in front; Ctrl+Shift+T brings the tokens
        }
    }
    m_diff = new DiffDock(editor, document, m_window);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_diff);
    m_snapshots = new SnapshotsDock(editor, document, m_window);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_snapshots);
    m_window->tabifyDockWidget(m_diff, m_snapshots);
    m_demo = new PreregistrationDemo(editor, document->undoStack(), m_session->server(), this);
    m_demoDock = new PreregistrationDemoDock(m_demo, m_window);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_demoDock);
    m_window->tabifyDockWidget(m_snapshots, m_demoDock);
    // Out of the way until asked for; the saved layout (restored after this) may show them.
    m_diff->hide();
    m_snapshots->hide();
    m_demoDock->hide();
    connect(m_demo, &PreregistrationDemo::userCreated, this, &ConsoleTools::showCreatedUser);
}

QAction *ConsoleTools::showActionFor(QDockWidget *dock, const QString &name,
                                     const QKeySequence &key)
{
    dock->toggleViewAction()->setObjectName(name);
    // The shortcut brings the dock to the front (a toggle would hide a dock that is behind a tab).
    auto *show = new QAction(dock->windowTitle(), this);
    show->setObjectName(name + QStringLiteral("Show"));
    show->setShortcut(key);
    connect(show, &QAction::triggered, dock, [dock] {
        dock->show();
        dock->raise();
        dock->widget()->setFocus();
    });
    return show;
}

void ConsoleTools::buildMenus()
{
    QMenuBar *bar = m_window->menuBar();
    QMenu *help = bar->findChild<QMenu *>(QStringLiteral("menuHelp"));
    QAction *before = help ? help->menuAction() : nullptr;

    auto *emulator = new QMenu(tr("E&mulator"), bar);
    emulator->setObjectName(QStringLiteral("menuEmulator"));
    emulator->addActions(
        {m_emulator->startAction(), m_emulator->stopAction(), m_emulator->restartAction()});
    emulator->addSeparator();
    QAction *settings = emulator->addAction(tr("&Settings…"));
    settings->setObjectName(QStringLiteral("actionEmulatorSettings"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    connect(settings, &QAction::triggered, this, &ConsoleTools::showEmulatorSettings);
    emulator->addAction(m_tray->toggleAction());
    bar->insertMenu(before, emulator);

    auto *tools = new QMenu(tr("&Tools"), bar);
    tools->setObjectName(QStringLiteral("menuTools"));
    if (m_tokens) {
        tools->addAction(m_tokens->issueAction());
        QAction *forSelection = tools->addAction(tr("Issue token for the &selected principal…"));
        forSelection->setObjectName(QStringLiteral("actionIssueTokenForSelection"));
        forSelection->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I));
        connect(forSelection, &QAction::triggered, this, [this] { issueTokenForSelection(); });
        tools->addSeparator();
    }
    tools->addAction(showActionFor(m_snapshots, QStringLiteral("actionToggleSnapshots"),
                                   QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S)));
    tools->addAction(showActionFor(m_diff, QStringLiteral("actionToggleDiff"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)));
    tools->addAction(showActionFor(m_demoDock, QStringLiteral("actionToggleDemo"),
                                   QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P)));
    if (m_tokens)
        tools->addAction(showActionFor(m_tokens, QStringLiteral("actionToggleTokens"),
                                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)));
    bar->insertMenu(before, tools);

    if (QMenu *view = bar->findChild<QMenu *>(QStringLiteral("menuView"))) {
        for (QDockWidget *dock :
             {static_cast<QDockWidget *>(m_tokens), static_cast<QDockWidget *>(m_diff),
              static_cast<QDockWidget *>(m_snapshots), static_cast<QDockWidget *>(m_demoDock)}) {
            if (dock)
                view->addAction(dock->toggleViewAction());
        }
    }
}

QString ConsoleTools::issueTokenForSelection()
{
    if (!m_tokens)
        return {};
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    auto *page = stack ? qobject_cast<UsersPage *>(stack->currentWidget()) : nullptr;
    const QList<User> selected = page ? page->selectedUsers() : QList<User>();
    m_tokens->show();
    m_tokens->raise();
    // A client row: a client-credentials token, as the client itself would get.
    if (auto *apps = stack ? qobject_cast<ApplicationsPage *>(stack->currentWidget()) : nullptr) {
        const QList<OAuthClient> clients = apps->selectedClients();
        return clients.size() == 1 ? m_tokens->issueToken({}, clients.first().clientId, true)
                                   : m_tokens->issueToken();
    }
    if (selected.size() != 1)
        return m_tokens->issueToken();
    const User &user = selected.first();
    if (user.isService() && !user.oauthClientId.isEmpty())
        return m_tokens->issueToken({}, user.oauthClientId, true);
    return m_tokens->issueToken(user.id);
}

void ConsoleTools::showEmulatorSettings()
{
    EmulatorSettingsDialog dialog(m_emulator, m_session->editor(),
                                  m_session->document()->undoStack(), m_window);
    dialog.exec();
}

void ConsoleTools::showCreatedUser(const QString &userId)
{
    m_session->directory()->flushChanges(); // the Users page has the row before it is selected
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    UsersPage *users = m_window->usersPage();
    if (!stack || !users)
        return;
    m_window->navigation()->setCurrentRow(stack->indexOf(users));
    users->selectUser(userId);
}

} // namespace foundry::ui
