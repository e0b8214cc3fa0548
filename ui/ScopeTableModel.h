#pragma once

#include "DirectoryChange.h"
#include "OAuthClient.h"
#include "ScopeCatalog.h"

#include <QAbstractTableModel>

namespace foundry {
class Directory;
}

namespace foundry::ui {

// The Scopes page: every scope of the catalogue (auth::ScopeCatalog) with what it unlocks, then
// any other scope a client names, and for each the clients that allow it (allowed_scopes) and
// what client-credentials tokens do with it (scope_restrictions: kept, or filtered out).
// Read-only; follows the clients as they change.
class ScopeTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Scope,
        Kind,
        Unlocks,
        AllowedBy,
        RestrictedTo,
        FilteredOutBy,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the scope name
        SortRole,
    };

    struct Row
    {
        auth::ScopeCatalog::Entry entry;
        bool known = true;         // in the catalogue
        QStringList allowedBy;     // clients whose allowed_scopes list it
        QStringList restrictedTo;  // clients whose scope_restrictions keep it
        QStringList filteredOutBy; // clients whose scope_restrictions drop it
    };

    explicit ScopeTableModel(Directory *directory, QObject *parent = nullptr);

    const Row &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &scope) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // What the rows would be for these clients (tests and the detail view use it too).
    static QList<Row> buildRows(const QList<OAuthClient> &clients);

Q_SIGNALS:
    void countChanged(int count);

private:
    void applyChanges(const DirectoryChanges &changes);
    void rebuild();

    Directory *const m_directory;
    QList<Row> m_rows;
};

} // namespace foundry::ui
