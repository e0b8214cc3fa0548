#pragma once

#include "DirectoryDiff.h"
#include "DirectoryState.h"

#include <QDockWidget>
#include <QTimer>

class QLabel;
class QTreeWidget;

namespace foundry::ui {

class SeedDocument;
class DirectoryEditor;

// "Diff vs file": what changed since the file was opened or saved, entity by entity and field
// by field, kept current while the dock is visible (coalesced, a few times a second at most).
class DiffDock final : public QDockWidget
{
    Q_OBJECT

public:
    DiffDock(DirectoryEditor *editor, SeedDocument *document, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    const QList<EntityDiff> &differences() const { return m_diff; }
    const DirectoryState &baseline() const { return m_baseline; }
    void refresh(); // now, whether visible or not

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();

    DirectoryEditor *const m_editor;
    SeedDocument *const m_document;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    QTimer m_debounce;
    DirectoryState m_baseline;
    QList<EntityDiff> m_diff;
};

} // namespace foundry::ui
