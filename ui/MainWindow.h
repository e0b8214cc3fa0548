#pragma once

#include <QMainWindow>

class QAbstractItemModel;
class QDockWidget;
class QMenu;
class QStackedWidget;

namespace foundry::ui {

class AdminPage;
class ApplicationsPage;
class ConsolePage;
class ConsoleSession;
class DocumentController;
class NavigationList;
class RequestLogDock;
class UsersPage;

// The console's main window. It only wires: pages, docks, menus and the status bar are their
// own classes. A new page or dock is one line in registerPages() or registerDocks().
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ConsoleSession *session, QWidget *parent = nullptr);

    ConsoleSession *session() const { return m_session; }
    DocumentController *documents() const { return m_documents; }
    UsersPage *usersPage() const { return m_users; }
    UsersPage *servicePrincipalsPage() const { return m_servicePrincipals; }
    ApplicationsPage *applicationsPage() const { return m_applications; }
    RequestLogDock *requestLogDock() const { return m_requestLog; }
    NavigationList *navigation() const { return m_navigation; }

    // Adds a page with its navigation entry and a View-menu action (Ctrl+1, Ctrl+2, ... in
    // order); the entry's badge counts `countModel`'s rows when one is given. Returns its index.
    int addPage(const QString &navigationName, const QString &title, QWidget *page,
                QAbstractItemModel *countModel = nullptr);
    // An admin page (groups, scopes, providers, organizations) whose badge it counts itself.
    void addAdminPage(const QString &navigationName, const QString &title, AdminPage *page);
    // Adds a dock in `area` with a View-menu toggle.
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area, const QKeySequence &toggle = {});
    void showPage(QWidget *page);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void registerPages();
    void registerDocks();
    void buildCentre();
    void buildFileMenu();
    void buildEditMenu();
    void buildHelpMenu();
    void updateTitle();
    ConsolePage *currentPage() const;
    void restoreSettings();
    void saveSettings() const;

    ConsoleSession *const m_session;
    DocumentController *m_documents = nullptr;
    NavigationList *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    UsersPage *m_users = nullptr;
    UsersPage *m_servicePrincipals = nullptr;
    ApplicationsPage *m_applications = nullptr;
    RequestLogDock *m_requestLog = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_docksSeparator = nullptr; // page actions go above it, dock toggles below
};

} // namespace foundry::ui
