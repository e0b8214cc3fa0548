#pragma once

#include <QDockWidget>

class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace foundry {
class RequestLog;
struct RequestLogEntry;
} // namespace foundry

namespace foundry::ui {

class RequestLogModel;

// The live request log (bottom dock): time, method, path, status, principal, client, latency;
// a filter box, Pause, Clear, Copy as curl and Export (JSON lines). The selected request's
// request and response (headers and body, secrets masked) show beside the table. Follows the
// newest request while scrolled to the bottom.
class RequestLogDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit RequestLogDock(RequestLog *log, QWidget *parent = nullptr);

    RequestLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // The selected entry's curl command (also put on the clipboard); empty when none.
    QString copyAsCurl();
    // Writes every entry the model holds, one JSON object per line; false (and `error`) on
    // failure. The toolbar's Export asks for the file name.
    bool exportJsonLines(const QString &path, QString *error = nullptr) const;

private:
    QWidget *buildToolbar();
    void showSelected();
    const RequestLogEntry *selectedEntry() const;
    void exportWithDialog();

    RequestLog *const m_log;
    RequestLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter = nullptr;
    QToolButton *m_pause = nullptr;
    QToolButton *m_curl = nullptr;
    QPlainTextEdit *m_request;
    QPlainTextEdit *m_response;
    bool m_follow = true;
};

} // namespace foundry::ui
