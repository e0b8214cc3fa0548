#include "RequestLogModel.h"

#include "RequestLog.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>

namespace foundry::ui {

RequestLogModel::RequestLogModel(RequestLog *log, QObject *parent)
    : QAbstractTableModel(parent), m_log(log)
{
    connect(m_log, &RequestLog::entriesAdded, this, &RequestLogModel::fetchNew);
    connect(m_log, &RequestLog::cleared, this, &RequestLogModel::onCleared);
    fetchNew();
}

void RequestLogModel::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        fetchNew();
}

void RequestLogModel::fetchNew()
{
    if (m_paused)
        return;
    const QList<RequestLogEntry> fresh = m_log->entriesSince(m_lastSequence);
    if (fresh.isEmpty())
        return;
    m_lastSequence = fresh.last().sequence;
    const int capacity = m_log->capacity();
    // Drop the oldest rows first so that the model never holds more than the log does.
    const int overflow = int(m_entries.size() + fresh.size()) - capacity;
    if (overflow > 0) {
        const int drop = qMin(overflow, int(m_entries.size()));
        if (drop > 0) {
            beginRemoveRows({}, 0, drop - 1);
            m_entries.remove(0, drop);
            endRemoveRows();
        }
    }
    const qsizetype skip = qMax<qsizetype>(0, fresh.size() - capacity);
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(fresh.size() - skip) - 1);
    m_entries.append(fresh.mid(skip));
    endInsertRows();
}

void RequestLogModel::onCleared()
{
    beginResetModel();
    m_entries.clear();
    m_lastSequence = m_log->lastSequence();
    endResetModel();
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestLogEntry &entry = m_entries.at(index.row());
    const int statusClass = entry.status / 100;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Time:
            return entry.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case Method:
            return entry.method.isEmpty() ? QStringLiteral("—") : entry.method;
        case Path:
            return entry.path;
        case Status:
            return entry.status;
        case Principal:
            return entry.principal;
        case Client:
            return entry.client;
        case Latency:
            return entry.latencyMicros < 1000
                       ? tr("%1 µs").arg(entry.latencyMicros)
                       : tr("%1 ms").arg(double(entry.latencyMicros) / 1000.0, 0, 'f', 1);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Status || index.column() == Latency)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole: {
        // The status, coloured by class from the palette only (dark palettes stay readable).
        if (index.column() != Status)
            return {};
        const QPalette palette = QApplication::palette();
        if (statusClass == 3)
            return palette.color(QPalette::Link);
        if (statusClass == 4)
            return palette.color(QPalette::LinkVisited);
        return {};
    }
    case Qt::FontRole:
        if (statusClass >= 4 && index.column() == Status) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() != Status)
            return {};
        if (statusClass == 5)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        if (statusClass == 4)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case SortRole:
        switch (index.column()) {
        case Time:
            return entry.sequence;
        case Status:
            return entry.status;
        case Latency:
            return entry.latencyMicros;
        default:
            return data(index, Qt::DisplayRole);
        }
    case SearchTextRole:
        return QString(entry.method % QLatin1Char(' ') % entry.path % QLatin1Char(' ') %
                       QString::number(entry.status) % QLatin1Char(' ') % entry.principal %
                       QLatin1Char(' ') % entry.client)
            .toCaseFolded();
    default:
        return {};
    }
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case Status:
        return tr("Status");
    case Principal:
        return tr("Principal");
    case Client:
        return tr("Client");
    case Latency:
        return tr("Latency");
    default:
        return {};
    }
}

} // namespace foundry::ui
