#include "MainWindow.h"

#include "AdminPage.h"
#include "ApplicationTableModel.h"
#include "ApplicationsPage.h"
#include "ConsoleSession.h"
#include "ConsoleTools.h"
#include "DirectoryEditor.h"
#include "DocumentController.h"
#include "GroupsPage.h"
#include "NavigationList.h"
#include "OrganizationsPage.h"
#include "ProvidersPage.h"
#include "RequestLogDock.h"
#include "ScopesPage.h"
#include "SeedDocument.h"
#include "StatusBarController.h"
#include "UserTableModel.h"
#include "UsersPage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace foundry::ui {
namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/navigationSplitter");

QAction *action(QObject *parent, const QString &name, const QString &text,
                const QKeySequence &shortcut = {})
{
    auto *result = new QAction(text, parent);
    result->setObjectName(name);
    result->setShortcut(shortcut);
    return result;
}

QString droppedSeed(const QMimeData *mime)
{
    if (!mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    const QString path = mime->urls().first().toLocalFile();
    return path.endsWith(QLatin1String(".yaml"), Qt::CaseInsensitive) ||
                   path.endsWith(QLatin1String(".yml"), Qt::CaseInsensitive)
               ? path
               : QString();
}
} // namespace

MainWindow::MainWindow(ConsoleSession *session, QWidget *parent)
    : QMainWindow(parent), m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    m_documents = new DocumentController(session->document(), this);
    buildCentre();
    buildFileMenu();
    buildEditMenu();
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    m_docksSeparator = m_viewMenu->addSeparator();
    buildHelpMenu();
    registerPages();
    registerDocks();
    new ConsoleTools(this, session); // tokens, diff, snapshots, emulator control, demo
    m_navigation->setCurrentRow(0);
    new StatusBarController(session, statusBar());
    statusBar()->setObjectName(QStringLiteral("statusBar"));

    SeedDocument *document = session->document();
    connect(document, &SeedDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document, &SeedDocument::filePathChanged, this, &MainWindow::updateTitle);
    updateTitle();
    restoreSettings();
}

// One line per page, in navigation order.
void MainWindow::registerPages()
{
    DirectoryEditor *editor = m_session->editor();
    QUndoStack *undo = m_session->document()->undoStack();
    m_users = new UsersPage(editor, undo, PrincipalType::Human, m_stack);
    addPage(QStringLiteral("navUsers"), tr("Users"), m_users, m_users->model());
    m_servicePrincipals = new UsersPage(editor, undo, PrincipalType::Service, m_stack);
    addPage(QStringLiteral("navServicePrincipals"), tr("Service principals"), m_servicePrincipals,
            m_servicePrincipals->model());
    m_applications = new ApplicationsPage(editor, undo, m_stack);
    addPage(QStringLiteral("navApplications"), tr("Third-party applications"), m_applications,
            m_applications->model());
    addAdminPage(QStringLiteral("navGroups"), tr("Groups"), new GroupsPage(editor, undo, m_stack));
    addAdminPage(QStringLiteral("navScopes"), tr("Scopes"), new ScopesPage(editor, undo, m_stack));
    addAdminPage(QStringLiteral("navProviders"), tr("Authentication providers"),
                 new ProvidersPage(editor, undo, m_stack));
    addAdminPage(QStringLiteral("navOrganizations"), tr("Organizations & roles"),
                 new OrganizationsPage(editor, undo, m_stack));

    connect(m_applications, &ApplicationsPage::servicePrincipalActivated, this,
            [this](const QString &userId) {
                showPage(m_servicePrincipals);
                m_servicePrincipals->selectUser(userId);
            });
}

// One line per dock.
void MainWindow::registerDocks()
{
    m_requestLog = new RequestLogDock(m_session->requestLog(), this);
    addDock(m_requestLog, Qt::BottomDockWidgetArea, QKeySequence(Qt::CTRL | Qt::Key_L));
}

int MainWindow::addPage(const QString &navigationName, const QString &title, QWidget *page,
                        QAbstractItemModel *countModel)
{
    const int row = m_navigation->addEntry(navigationName, title);
    m_stack->addWidget(page);
    QAction *go = action(this, QStringLiteral("actionShowPage%1").arg(row), title,
                         row < 9 ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row))
                                 : QKeySequence());
    connect(go, &QAction::triggered, this, [this, page] { showPage(page); });
    m_viewMenu->insertAction(m_docksSeparator, go);
    if (countModel) {
        const auto update = [this, row, countModel] {
            m_navigation->setCount(row, countModel->rowCount());
        };
        connect(countModel, &QAbstractItemModel::rowsInserted, this, update);
        connect(countModel, &QAbstractItemModel::rowsRemoved, this, update);
        connect(countModel, &QAbstractItemModel::modelReset, this, update);
        update();
    }
    return row;
}

// The admin pages count their own badge (the enrollment row is not an organization).
void MainWindow::addAdminPage(const QString &navigationName, const QString &title, AdminPage *page)
{
    const int row = addPage(navigationName, title, page, nullptr);
    connect(page, &AdminPage::countChanged, this,
            [this, row](int count) { m_navigation->setCount(row, count); });
    m_navigation->setCount(row, page->badgeCount());
}

void MainWindow::addDock(QDockWidget *dock, Qt::DockWidgetArea area, const QKeySequence &toggle)
{
    addDockWidget(area, dock);
    QAction *view = dock->toggleViewAction();
    view->setObjectName(QStringLiteral("actionToggle_") + dock->objectName());
    if (!toggle.isEmpty())
        view->setShortcut(toggle);
    m_viewMenu->addAction(view);
}

void MainWindow::showPage(QWidget *page)
{
    const int index = m_stack->indexOf(page);
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

void MainWindow::buildCentre()
{
    m_navigation = new NavigationList(this);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack,
            &QStackedWidget::setCurrentIndex);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("navigationSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({210, 1000});
    setCentralWidget(splitter);
}

void MainWindow::buildFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_documents->newAction());
    file->addAction(m_documents->openAction());
    file->addMenu(m_documents->recentMenu());
    file->addSeparator();
    file->addAction(m_documents->saveAction());
    file->addAction(m_documents->saveAsAction());
    file->addAction(m_documents->revertAction());
    file->addAction(m_documents->resetAction());
    file->addSeparator();
    QAction *quit = action(this, QStringLiteral("actionQuit"), tr("&Quit"),
                           QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    file->addAction(quit);
}

void MainWindow::buildEditMenu()
{
    QUndoStack *undo = m_session->document()->undoStack();
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    QAction *undoAction = undo->createUndoAction(this, tr("&Undo"));
    undoAction->setObjectName(QStringLiteral("actionUndo"));
    undoAction->setShortcuts(QKeySequence::Undo);
    QAction *redoAction = undo->createRedoAction(this, tr("&Redo"));
    redoAction->setObjectName(QStringLiteral("actionRedo"));
    redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undoAction);
    edit->addAction(redoAction);
    edit->addSeparator();

    QAction *newEntry = action(this, QStringLiteral("actionNewEntry"), tr("&New…"),
                               QKeySequence(Qt::CTRL | Qt::Key_N));
    QAction *deleteEntries =
        action(this, QStringLiteral("actionDelete"), tr("&Delete"), QKeySequence::Delete);
    QAction *activate = action(this, QStringLiteral("actionActivate"), tr("&Activate"),
                               QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *deactivate = action(this, QStringLiteral("actionDeactivate"), tr("D&eactivate"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *find = action(this, QStringLiteral("actionFind"), tr("&Find…"), QKeySequence::Find);
    connect(newEntry, &QAction::triggered, this, [this] {
        if (ConsolePage *page = currentPage())
            page->newEntry();
    });
    connect(deleteEntries, &QAction::triggered, this, [this] {
        // Del in a dock (the request log) or while typing in a field must not delete rows.
        QWidget *focus = QApplication::focusWidget();
        ConsolePage *page = currentPage();
        if (page && (!focus || qobject_cast<QAbstractItemView *>(focus)) &&
            (!focus || page->isAncestorOf(focus)))
            page->deleteSelected();
    });
    connect(activate, &QAction::triggered, this, [this] {
        if (ConsolePage *page = currentPage())
            page->setSelectedActive(true);
    });
    connect(deactivate, &QAction::triggered, this, [this] {
        if (ConsolePage *page = currentPage())
            page->setSelectedActive(false);
    });
    connect(find, &QAction::triggered, this, [this] {
        if (ConsolePage *page = currentPage())
            page->focusFilter();
    });
    edit->addActions({newEntry, deleteEntries});
    edit->addSeparator();
    edit->addActions({activate, deactivate});
    edit->addSeparator();
    edit->addAction(find);
}

void MainWindow::buildHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    QAction *about = action(this, QStringLiteral("actionAbout"), tr("&About"),
                            QKeySequence(Qt::Key_F1));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Foundry Emulator Console"),
                           tr("<b>Foundry Emulator Console</b> %1<p>A local emulator of Palantir "
                              "Foundry's identity services, and its admin console.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    help->addAction(about);
}

ConsolePage *MainWindow::currentPage() const
{
    return qobject_cast<ConsolePage *>(m_stack->currentWidget());
}

void MainWindow::updateTitle()
{
    const SeedDocument *document = m_session->document();
    setWindowTitle(document->displayName() + QStringLiteral("[*] — ") +
                   tr("Foundry Emulator Console"));
    setWindowModified(document->isModified());
    setWindowFilePath(document->filePath());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        const QRect available = screen()->availableGeometry();
        resize(qMin(1360, available.width() * 9 / 10), qMin(880, available.height() * 9 / 10));
        resizeDocks({m_requestLog}, {height() / 4}, Qt::Vertical);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        splitter->restoreState(settings.value(kSplitterKey).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        settings.setValue(kSplitterKey, splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_documents->maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedSeed(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedSeed(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    m_documents->openFile(path);
}

} // namespace foundry::ui
