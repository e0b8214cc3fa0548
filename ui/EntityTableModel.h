#pragma once

#include "DirectoryChange.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTimer>

namespace foundry {
class Directory;
}

namespace foundry::ui {

// The shared body of the admin pages' table models (groups, organizations, providers, role
// assignments, scopes): a thin adapter that keeps the ids of the rows it shows, in the
// Directory's order, and applies each batch of DirectoryChanges as row inserts, removals and
// dataChanged. A subclass says which entity kind its rows are, which other kinds its cells
// mention (a group's members are users), how to read a row from the Directory and what each
// cell shows. Rows changed by a remote batch (HTTP) are highlighted, fading over two seconds.
class EntityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the row's key (group id, rid, scope name, ...)
        SortRole,                  // what the proxy sorts by
    };

    explicit EntityTableModel(Directory *directory, QObject *parent = nullptr);

    Directory *directory() const { return m_directory; }
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    QString idAt(int row) const { return m_ids.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void highlight(const DirectoryChanges &changes);

Q_SIGNALS:
    void countChanged(int count);

protected:
    // Call at the end of the subclass's constructor: reads the rows for the first time.
    void initialize();
    // Drops every row and reads them again (the subclass's filter changed).
    void reload();

    virtual EntityKind rowKind() const = 0;
    // Other kinds whose changes may change what the cells show: every row is refreshed.
    virtual QSet<EntityKind> mentionedKinds() const { return {}; }
    // The ids of the rows to show, in order.
    virtual QStringList currentIds() const = 0;
    // Reads the row's value from the Directory into the subclass's cache; false when it is gone
    // (or no longer belongs in this model).
    virtual bool fetch(const QString &id) = 0;
    virtual void forget(const QString &id) = 0;
    // A mentioned kind changed: refresh caches that depend on it (names of members, ...).
    virtual void refreshMentions() {}
    virtual QVariant cell(const QString &id, int column, int role) const = 0;

private:
    void applyChanges(const DirectoryChanges &changes);
    void sync(const QString &id);
    void reindexFrom(int row);
    void fadeStep();
    qreal highlightStrength(const QString &id) const;

    Directory *const m_directory;
    QStringList m_ids;
    QHash<QString, int> m_rowById;
    QHash<QString, qint64> m_highlightStart; // id -> ms on m_clock
    QElapsedTimer m_clock;
    QTimer m_fadeTimer;
};

} // namespace foundry::ui
