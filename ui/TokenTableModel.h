#pragma once

#include "TokenTypes.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

namespace foundry {
class Directory;
}
namespace foundry::auth {
class TokenStore;
}

namespace foundry::ui {

// The Tokens dock's rows: every access and refresh token the store holds, masked. The store
// is polled (its revision, ~100 ms) instead of signalled, so that a burst of token requests
// costs the server nothing and the GUI one update per tick; a slower tick re-evaluates expiry.
// The full token string never enters the model: revealToken() asks the store on demand.
class TokenTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        TokenColumn,
        PrincipalColumn,
        ClientColumn,
        ScopesColumn,
        IssuedColumn,
        ExpiresColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        SerialRole = Qt::UserRole + 1,
        StateRole, // auth::TokenState as int
    };

    TokenTableModel(auth::TokenStore *store, Directory *directory, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const auth::TokenSummary &summary(int row) const { return m_rows.at(row); }
    int rowOfSerial(quint64 serial) const;
    QString principalName(const QString &userId) const;

    bool revoke(quint64 serial);
    std::optional<QString> revealToken(quint64 serial) const;

    // Applies the store's current content now (tests; the timer does it otherwise).
    void refresh();
    void setPollInterval(int milliseconds) { m_poll.setInterval(milliseconds); }

private:
    void poll();

    auth::TokenStore *const m_store;
    Directory *const m_directory;
    QList<auth::TokenSummary> m_rows;
    QTimer m_poll;
    quint64 m_seenRevision = ~quint64(0);
    int m_ticksSinceRefresh = 0;
};

} // namespace foundry::ui
