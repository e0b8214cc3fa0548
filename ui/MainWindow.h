#pragma once

#include <QMainWindow>

class QStackedWidget;

namespace foundry::ui {

class ConsoleSession;
class DocumentController;
class NavigationList;
class RequestLogDock;
class UsersPage;

// The console's main window. It only wires: pages, docks, menus and the status bar are their
// own classes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ConsoleSession *session, QWidget *parent = nullptr);

    ConsoleSession *session() const { return m_session; }
    DocumentController *documents() const { return m_documents; }
    UsersPage *usersPage() const { return m_users; }
    UsersPage *servicePrincipalsPage() const { return m_servicePrincipals; }
    RequestLogDock *requestLogDock() const { return m_requestLog; }
    NavigationList *navigation() const { return m_navigation; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildPages();
    void buildMenus();
    void updateTitle();
    void updateCounts();
    UsersPage *currentUsersPage() const;
    void restoreSettings();
    void saveSettings() const;

    ConsoleSession *const m_session;
    DocumentController *m_documents = nullptr;
    NavigationList *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    UsersPage *m_users = nullptr;
    UsersPage *m_servicePrincipals = nullptr;
    RequestLogDock *m_requestLog = nullptr;
};

} // namespace foundry::ui
