#include "UserFilterProxy.h"

#include "UserTableModel.h"

namespace foundry::ui {

UserFilterProxy::UserFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(UserTableModel::SortRole);
    setDynamicSortFilter(true);
}

void UserFilterProxy::setSearchText(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_search)
        return;
    m_search = folded;
    invalidateRowsFilter();
}

void UserFilterProxy::setStatus(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

bool UserFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status != Status::All) {
        const bool active = index.data(UserTableModel::ActiveRole).toBool();
        if (active != (m_status == Status::Active))
            return false;
    }
    if (m_search.isEmpty())
        return true;
    return index.data(UserTableModel::SearchTextRole).toString().contains(m_search);
}

} // namespace foundry::ui
