#pragma once

#include <QDockWidget>
#include <QUndoCommand>

#include "DirectoryState.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QUndoStack;

namespace foundry::ui {

class DirectoryEditor;
class SeedDocument;
class SnapshotStore;

// Returns the whole state to a snapshot in one undoable step; undo brings back what was there.
class RestoreSnapshotCommand final : public QUndoCommand
{
public:
    RestoreSnapshotCommand(DirectoryEditor *editor, const QString &name, DirectoryState target);

    void redo() override;
    void undo() override;

private:
    DirectoryEditor *const m_editor;
    DirectoryState m_before;
    DirectoryState m_target;
};

// Snapshots: save the current state under a name, restore it later (undoable), delete it.
// Follows the document: each seed file has its own snapshots in its sidecar.
class SnapshotsDock final : public QDockWidget
{
    Q_OBJECT

public:
    SnapshotsDock(DirectoryEditor *editor, SeedDocument *document, QWidget *parent = nullptr);

    SnapshotStore *store() const { return m_store; }
    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }

    bool takeSnapshot(const QString &name); // false: empty name or the sidecar failed (shown)
    bool restoreSnapshot(const QString &name);
    bool deleteSnapshot(const QString &name);

private:
    void rebuildList();
    void showError(const QString &error);
    QString selectedName() const;

    DirectoryEditor *const m_editor;
    SeedDocument *const m_document;
    SnapshotStore *m_store;
    QListWidget *m_list;
    QLineEdit *m_name;
    QPushButton *m_take;
    QPushButton *m_restore;
    QPushButton *m_delete;
    QLabel *m_status;
};

} // namespace foundry::ui
