#pragma once

#include <QSortFilterProxyModel>

namespace foundry::ui {

// Filters an ApplicationTableModel by search text (name, client id, redirect URIs;
// case-insensitive) and by state (all, enabled, disabled), and sorts by each column's sort key.
class ApplicationFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class State
    {
        All,
        Enabled,
        Disabled
    };

    explicit ApplicationFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setState(State state);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search; // case-folded
    State m_state = State::All;
};

} // namespace foundry::ui
