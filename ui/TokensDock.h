#pragma once

#include <QDockWidget>

class QAction;
class QCheckBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace foundry {
class Directory;
class EmulatorServer;
} // namespace foundry
namespace foundry::auth {
class TokenStore;
}

namespace foundry::ui {

class TokenTableModel;

// The Tokens dock: the live list of issued tokens with Revoke, Copy token, Copy curl and
// "Issue token…". Copy is the only way a full token string leaves the store.
class TokensDock final : public QDockWidget
{
    Q_OBJECT

public:
    TokensDock(auth::TokenStore *store, Directory *directory, EmulatorServer *server,
               QWidget *parent = nullptr);

    TokenTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *revokeAction() const { return m_revoke; }
    QAction *copyTokenAction() const { return m_copyToken; }
    QAction *copyCurlAction() const { return m_copyCurl; }
    QAction *issueAction() const { return m_issue; }

    // Opens "Issue token…" preset to a user (empty: none) or a client; returns the token
    // issued (copied to the clipboard with its curl line), or an empty string.
    QString issueToken(const QString &userId = {}, const QString &clientId = {},
                       bool clientCredentials = false);
    // The curl line that uses the token: /multipass/api/me for access tokens, a refresh grant
    // for refresh tokens.
    QString curlFor(quint64 serial) const;

private:
    QList<quint64> selectedSerials() const;
    void revokeSelected();
    void copyToken();
    void copyCurl();
    void updateActions();

    Directory *const m_directory;
    EmulatorServer *const m_server;
    auth::TokenStore *const m_store;
    TokenTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QCheckBox *m_activeOnly;
    QAction *m_revoke;
    QAction *m_copyToken;
    QAction *m_copyCurl;
    QAction *m_issue;
};

} // namespace foundry::ui
