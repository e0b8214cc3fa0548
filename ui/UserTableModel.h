#pragma once

#include "DirectoryChange.h"
#include "RowOrder.h"
#include "User.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <array>
#include <optional>

namespace foundry {
class Directory;
}

namespace foundry::ui {

// A thin adapter from the Directory's users of one principal type (people, or service
// principals) to a table: it keeps a copy of the rows it shows and applies each batch of
// DirectoryChanges as row inserts, removals and dataChanged; a Reset reloads.
//
// It never changes the Directory: a click on the Active checkbox is reported through
// activeToggleRequested(), and the page turns that into an undoable command.
class UserTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Active,
        Username,
        DisplayName,
        Contact,
        Organization,
        Groups,
        Realm,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the user's id
        SortRole,                  // what the proxy sorts by
        SearchTextRole,            // username, names and email, lower case
        ActiveRole,                // bool
    };

    UserTableModel(Directory *directory, PrincipalType type, QObject *parent = nullptr);

    PrincipalType principalType() const { return m_type; }
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    const User &userAt(int row) const { return m_rows.at(row).user; }
    // Kept with each row, so that the proxy filters and sorts 100,000 rows without a
    // case-insensitive comparison or a QVariant per row: SearchTextRole's case-folded text, and
    // the row's place in the order of a text column's SortRole (equal texts in row order). A
    // column's order is built the first time it is asked for, then kept up to date.
    const QString &searchKeyAt(int row) const { return m_rows.at(row).searchKey; }
    int sortRankAt(int column, int row) const // column: any but Active
    {
        const std::optional<RowOrder> &order = m_sortOrders[std::size_t(column)];
        return order ? order->rankAt(row) : buildSortOrder(column).rankAt(row);
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // Rows with these ids are highlighted, fading back over about two seconds.
    void highlight(const DirectoryChanges &changes);

Q_SIGNALS:
    void activeToggleRequested(const QString &id, bool active);
    void countChanged(int count);

private:
    struct Row
    {
        explicit Row(const User &value);

        User user;
        QString searchKey; // SearchTextRole's value
    };

    void applyChanges(const DirectoryChanges &changes);
    void syncUser(const QString &id);
    void reload();
    void readRows();
    const RowOrder &buildSortOrder(int column) const;
    QString cellText(const User &user, int column) const;
    QString sortKey(const User &user, int column) const
    {
        return cellText(user, column).toCaseFolded();
    }
    void reloadOrganizations();
    void reloadGroups();
    void reindexFrom(int row);
    void fadeStep();
    qreal highlightStrength(const QString &id) const;

    Directory *const m_directory;
    const PrincipalType m_type;
    QList<Row> m_rows;
    mutable std::array<std::optional<RowOrder>, ColumnCount> m_sortOrders; // built on demand
    QHash<QString, int> m_rowById;
    QHash<QString, QString> m_organizationNames; // rid -> name
    QHash<QString, QString> m_groupNames;        // user id -> "finance, managers"
    QHash<QString, qint64> m_highlightStart;     // id -> ms on m_clock
    QElapsedTimer m_clock;
    QTimer m_fadeTimer;
};

} // namespace foundry::ui
