#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

namespace foundry::ui {

class UserTableModel;

// Filters a UserTableModel by search text (username, names, email; case-insensitive) and by
// status, and sorts by each column's sort key.
class UserFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Status
    {
        All,
        Active,
        Inactive
    };

    explicit UserFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setStatus(Status status);
    Status status() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // The source when it is a UserTableModel (the pages' case): its rows are read in place.
    // A QPointer: the page destroys its model before its proxy.
    QPointer<const UserTableModel> m_users;
    QString m_search; // case-folded
    Status m_status = Status::All;
};

} // namespace foundry::ui
