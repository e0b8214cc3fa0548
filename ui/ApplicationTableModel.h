#pragma once

#include "DirectoryChange.h"
#include "OAuthClient.h"

#include <QAbstractTableModel>
#include <QHash>

namespace foundry {
class Directory;
}

namespace foundry::ui {

class RowHighlighter;

// A thin adapter from the Directory's third-party applications (OAuth clients) to a table. It
// keeps a copy of the rows it shows and applies each batch of DirectoryChanges as row inserts,
// removals and dataChanged; a Reset reloads. Rows are keyed by client id.
//
// It never changes the Directory: a click on the Enabled checkbox is reported through
// enabledToggleRequested(), and the page turns that into an undoable command.
class ApplicationTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Enabled,
        Name,
        ClientId,
        Type,
        Grants,
        ScopeRestrictions,
        RedirectUris, // last: long, and it stretches
        ColumnCount
    };
    enum Role
    {
        ClientIdRole = Qt::UserRole + 1,
        SortRole,
        SearchTextRole, // name, client id, redirect URIs, lower case
        EnabledRole,
    };

    explicit ApplicationTableModel(Directory *directory, QObject *parent = nullptr);

    int rowOf(const QString &clientId) const { return m_rowById.value(clientId, -1); }
    const OAuthClient &clientAt(int row) const { return m_clients.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // Rows named by these changes are highlighted briefly (changes that came over HTTP).
    void highlight(const DirectoryChanges &changes);

    // How the table shows a client's type, grants and scope restrictions (the page reuses them).
    static QString typeText(const OAuthClient &client);
    static QString grantsText(const QStringList &grants);
    static QString restrictionsText(const OAuthClient &client);

Q_SIGNALS:
    void enabledToggleRequested(const QString &clientId, bool enabled);

private:
    void applyChanges(const DirectoryChanges &changes);
    void sync(const QString &clientId);
    void reload();
    void reindexFrom(int row);
    void repaint(const QStringList &ids);
    QString text(const OAuthClient &client, int column) const;

    Directory *const m_directory;
    QList<OAuthClient> m_clients;
    QHash<QString, int> m_rowById;
    RowHighlighter *m_highlighter;
};

} // namespace foundry::ui
