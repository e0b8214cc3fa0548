#include "MainWindow.h"

#include "ConsoleSession.h"
#include "DocumentController.h"
#include "NavigationList.h"
#include "RequestLogDock.h"
#include "SeedDocument.h"
#include "StatusBarController.h"
#include "UserTableModel.h"
#include "UsersPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
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
    buildPages();
    m_requestLog = new RequestLogDock(session->requestLog(), this);
    addDockWidget(Qt::BottomDockWidgetArea, m_requestLog);
    buildMenus();
    new StatusBarController(session, statusBar());
    statusBar()->setObjectName(QStringLiteral("statusBar"));

    SeedDocument *document = session->document();
    connect(document, &SeedDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document, &SeedDocument::filePathChanged, this, &MainWindow::updateTitle);
    updateTitle();
    restoreSettings();
}

void MainWindow::buildPages()
{
    m_navigation = new NavigationList(this);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    QUndoStack *undo = m_session->document()->undoStack();
    m_users = new UsersPage(m_session->editor(), undo, PrincipalType::Human, m_stack);
    m_servicePrincipals = new UsersPage(m_session->editor(), undo, PrincipalType::Service, m_stack);
    m_navigation->addEntry(QStringLiteral("navUsers"), tr("Users"));
    m_stack->addWidget(m_users);
    m_navigation->addEntry(QStringLiteral("navServicePrincipals"), tr("Service principals"));
    m_stack->addWidget(m_servicePrincipals);
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack,
            &QStackedWidget::setCurrentIndex);
    for (UsersPage *page : {m_users, m_servicePrincipals}) {
        UserTableModel *model = page->model();
        connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    }
    updateCounts();
    m_navigation->setCurrentRow(0);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("navigationSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({210, 1000});
    setCentralWidget(splitter);
}

void MainWindow::buildMenus()
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
    file->addSeparator();
    QAction *quit = action(this, QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    file->addAction(quit);

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
    QAction *activate = action(this, QStringLiteral("actionActivate"), tr("&Activate"));
    QAction *deactivate = action(this, QStringLiteral("actionDeactivate"), tr("D&eactivate"));
    QAction *find = action(this, QStringLiteral("actionFind"), tr("&Find…"), QKeySequence::Find);
    connect(newEntry, &QAction::triggered, this, [this] {
        if (UsersPage *page = currentUsersPage())
            page->newEntry();
    });
    connect(deleteEntries, &QAction::triggered, this, [this] {
        // Del in the request log must not delete users.
        if (m_requestLog->isAncestorOf(QApplication::focusWidget()))
            return;
        if (UsersPage *page = currentUsersPage())
            page->deleteSelected();
    });
    connect(activate, &QAction::triggered, this, [this] {
        if (UsersPage *page = currentUsersPage())
            page->setSelectedActive(true);
    });
    connect(deactivate, &QAction::triggered, this, [this] {
        if (UsersPage *page = currentUsersPage())
            page->setSelectedActive(false);
    });
    connect(find, &QAction::triggered, this, [this] {
        if (UsersPage *page = currentUsersPage())
            page->focusFilter();
    });
    edit->addActions({newEntry, deleteEntries});
    edit->addSeparator();
    edit->addActions({activate, deactivate});
    edit->addSeparator();
    edit->addAction(find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QAction *go = action(this, QStringLiteral("actionShowPage%1").arg(row),
                             m_navigation->item(row)->text(),
                             QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        connect(go, &QAction::triggered, this, [this, row] { m_navigation->setCurrentRow(row); });
        view->addAction(go);
    }
    view->addSeparator();
    QAction *toggleLog = m_requestLog->toggleViewAction();
    toggleLog->setObjectName(QStringLiteral("actionToggleRequestLog"));
    toggleLog->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addAction(toggleLog);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    QAction *about = action(this, QStringLiteral("actionAbout"), tr("&About"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Foundry Emulator Console"),
                           tr("<b>Foundry Emulator Console</b> %1<p>A local emulator of Palantir "
                              "Foundry's identity services, and its admin console.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    help->addAction(about);
}

UsersPage *MainWindow::currentUsersPage() const
{
    return qobject_cast<UsersPage *>(m_stack->currentWidget());
}

void MainWindow::updateTitle()
{
    const SeedDocument *document = m_session->document();
    setWindowTitle(document->displayName() + QStringLiteral("[*] — ") +
                   tr("Foundry Emulator Console"));
    setWindowModified(document->isModified());
    setWindowFilePath(document->filePath());
}

void MainWindow::updateCounts()
{
    m_navigation->setCount(0, m_users->model()->rowCount());
    m_navigation->setCount(1, m_servicePrincipals->model()->rowCount());
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
