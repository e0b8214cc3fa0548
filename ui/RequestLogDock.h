#pragma once

#include <QDockWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace foundry {
class RequestLog;
}

namespace foundry::ui {

class RequestLogModel;

// The live request log (bottom dock): time, method, path, status, principal, client, latency;
// a filter box, Pause and Clear. Follows the newest request while scrolled to the bottom.
class RequestLogDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit RequestLogDock(RequestLog *log, QWidget *parent = nullptr);

    RequestLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

private:
    RequestLog *const m_log;
    RequestLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QToolButton *m_pause;
    bool m_follow = true;
};

} // namespace foundry::ui
