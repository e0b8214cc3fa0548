#pragma once

#include "RequestLogEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace foundry {
class RequestLog;
}

namespace foundry::ui {

// The request log as a table: follows RequestLog's batched entriesAdded() (one insert per batch,
// never one per request), keeps at most the log's capacity, and can be paused (it then catches
// up when resumed, within what the log still holds).
class RequestLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Method,
        Path,
        Status,
        Principal,
        Client,
        Latency,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        SearchTextRole
    };

    explicit RequestLogModel(RequestLog *log, QObject *parent = nullptr);

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    const RequestLogEntry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void fetchNew();
    void onCleared();

    RequestLog *const m_log;
    QList<RequestLogEntry> m_entries;
    quint64 m_lastSequence = 0;
    bool m_paused = false;
};

} // namespace foundry::ui
