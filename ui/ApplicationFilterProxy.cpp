#include "ApplicationFilterProxy.h"

#include "ApplicationTableModel.h"

namespace foundry::ui {

ApplicationFilterProxy::ApplicationFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ApplicationTableModel::SortRole);
    setDynamicSortFilter(true);
}

void ApplicationFilterProxy::setSearchText(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_search)
        return;
    m_search = folded;
    invalidateRowsFilter();
}

void ApplicationFilterProxy::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateRowsFilter();
}

bool ApplicationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_state != State::All) {
        const bool enabled = index.data(ApplicationTableModel::EnabledRole).toBool();
        if (enabled != (m_state == State::Enabled))
            return false;
    }
    return m_search.isEmpty() ||
           index.data(ApplicationTableModel::SearchTextRole).toString().contains(m_search);
}

} // namespace foundry::ui
