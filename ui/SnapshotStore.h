#pragma once

#include "DirectoryState.h"

#include <QDateTime>
#include <QList>
#include <QObject>

namespace foundry::ui {

// Named copies of the whole state, for demo checkpoints. Kept in memory and, when the document
// has a file, in its sidecar `<seed>.snapshots.json` next to it (each snapshot as seed YAML, so
// the sidecar is as readable and as portable as the seed itself). Saved atomically on change.
class SnapshotStore final : public QObject
{
    Q_OBJECT

public:
    struct Snapshot
    {
        QString name;
        QDateTime created;
        DirectoryState state;
    };

    explicit SnapshotStore(QObject *parent = nullptr);

    static QString sidecarPathFor(const QString &seedPath);

    // Switches to the sidecar of `seedPath` (empty: untitled, in memory only) and loads it; a
    // missing sidecar is an empty list (but an untitled document's snapshots move into it, as
    // when it is saved for the first time). False (and `error`) when it exists but cannot be read.
    bool setSeedPath(const QString &seedPath, QString *error = nullptr);
    QString sidecarPath() const { return m_sidecar; }

    const QList<Snapshot> &snapshots() const { return m_snapshots; }
    std::optional<Snapshot> find(const QString &name) const;
    // Adds (or replaces the one with the same name); false when the sidecar cannot be written
    // (the snapshot is still kept in memory).
    bool take(const QString &name, const DirectoryState &state, QString *error = nullptr);
    bool remove(const QString &name, QString *error = nullptr);

Q_SIGNALS:
    void changed();

private:
    bool load(QString *error);
    bool save(QString *error) const;

    QString m_sidecar;
    QList<Snapshot> m_snapshots;
};

} // namespace foundry::ui
