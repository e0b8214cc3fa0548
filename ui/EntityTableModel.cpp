#include "EntityTableModel.h"

#include "Directory.h"

#include <QApplication>
#include <QPalette>

namespace foundry::ui {
namespace {
constexpr qint64 kHighlightMs = 2000;
constexpr int kFadeIntervalMs = 80;
} // namespace

EntityTableModel::EntityTableModel(Directory *directory, QObject *parent)
    : QAbstractTableModel(parent), m_directory(directory)
{
    m_clock.start();
    m_fadeTimer.setInterval(kFadeIntervalMs);
    connect(&m_fadeTimer, &QTimer::timeout, this, &EntityTableModel::fadeStep);
    connect(m_directory, &Directory::changed, this, &EntityTableModel::applyChanges);
}

void EntityTableModel::initialize()
{
    refreshMentions();
    const QStringList ids = currentIds();
    for (const QString &id : ids) {
        if (fetch(id))
            m_ids.append(id);
    }
    reindexFrom(0);
}

void EntityTableModel::reload()
{
    const int before = rowCount();
    beginResetModel();
    for (const QString &id : std::as_const(m_ids))
        forget(id);
    m_ids.clear();
    m_rowById.clear();
    m_highlightStart.clear();
    initialize();
    endResetModel();
    if (rowCount() != before)
        Q_EMIT countChanged(rowCount());
}

int EntityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant EntityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &id = m_ids.at(index.row());
    switch (role) {
    case IdRole:
        return id;
    case Qt::BackgroundRole: {
        const qreal strength = highlightStrength(id);
        if (strength <= 0)
            return cell(id, index.column(), role);
        QColor color = QApplication::palette().color(QPalette::Highlight);
        color.setAlphaF(0.45 * strength);
        return color;
    }
    case SortRole: {
        const QVariant sort = cell(id, index.column(), role);
        return sort.isValid() ? sort
                              : cell(id, index.column(), Qt::DisplayRole).toString().toCaseFolded();
    }
    default:
        return cell(id, index.column(), role);
    }
}

void EntityTableModel::highlight(const DirectoryChanges &changes)
{
    for (const DirectoryChange &change : changes) {
        if (change.kind != rowKind() || change.type == ChangeType::Removed)
            continue;
        m_highlightStart.insert(change.id, m_clock.elapsed());
        const int row = rowOf(change.id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1), {Qt::BackgroundRole});
    }
    if (!m_highlightStart.isEmpty() && !m_fadeTimer.isActive())
        m_fadeTimer.start();
}

void EntityTableModel::applyChanges(const DirectoryChanges &changes)
{
    const int before = rowCount();
    const QSet<EntityKind> mentioned = mentionedKinds();
    bool mentionsChanged = false;
    for (const DirectoryChange &change : changes) {
        if (change.kind == EntityKind::All) {
            reload();
            return;
        }
        if (change.kind == rowKind())
            sync(change.id);
        if (mentioned.contains(change.kind)) // may be the row kind: nested groups
            mentionsChanged = true;
    }
    if (mentionsChanged && !m_ids.isEmpty()) {
        refreshMentions();
        for (const QString &id : std::as_const(m_ids))
            fetch(id);
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
    if (rowCount() != before)
        Q_EMIT countChanged(rowCount());
}

void EntityTableModel::sync(const QString &id)
{
    const int row = rowOf(id);
    // currentIds() decides membership for filtered models (role assignments of one resource).
    const bool present = fetch(id);
    if (present && row >= 0) {
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    } else if (present) {
        const int newRow = int(m_ids.size());
        beginInsertRows({}, newRow, newRow);
        m_ids.append(id);
        m_rowById.insert(id, newRow);
        endInsertRows();
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        forget(id);
        m_ids.removeAt(row);
        m_rowById.remove(id);
        reindexFrom(row);
        endRemoveRows();
    }
}

void EntityTableModel::reindexFrom(int row)
{
    for (int i = row; i < m_ids.size(); ++i)
        m_rowById.insert(m_ids.at(i), i);
}

qreal EntityTableModel::highlightStrength(const QString &id) const
{
    const auto it = m_highlightStart.constFind(id);
    if (it == m_highlightStart.constEnd())
        return 0;
    const qint64 age = m_clock.elapsed() - *it;
    return age >= kHighlightMs ? 0 : 1.0 - qreal(age) / kHighlightMs;
}

void EntityTableModel::fadeStep()
{
    const qint64 now = m_clock.elapsed();
    for (auto it = m_highlightStart.begin(); it != m_highlightStart.end();) {
        const int row = rowOf(it.key());
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1), {Qt::BackgroundRole});
        if (now - *it >= kHighlightMs)
            it = m_highlightStart.erase(it);
        else
            ++it;
    }
    if (m_highlightStart.isEmpty())
        m_fadeTimer.stop();
}

} // namespace foundry::ui
