#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

class QWidget;

namespace foundry {
class Directory;
}

namespace foundry::ui {

class DirectoryEditor;
class SeedDocument;

// A recovery file of the unsaved edits, so that a crash loses (almost) nothing. While the
// document has unsaved changes, the Directory's state is written (atomically, a moment after the
// last change) to `folder`/recovery-<pid>.yaml with a small JSON note of which document it
// belongs to. Saving, reverting or a normal exit removes it; only a process that died leaves
// one behind, and the next console start offers to restore it (offerRestore()).
class RecoveryJournal final : public QObject
{
    Q_OBJECT

public:
    struct Orphan
    {
        QString journalPath; // the recovery YAML
        QString documentPath; // the seed file it was an edit of; empty: untitled
        QDateTime savedAt;
    };

    // `folder` empty: defaultFolder().
    RecoveryJournal(SeedDocument *document, DirectoryEditor *editor, QString folder = {},
                    QObject *parent = nullptr);
    ~RecoveryJournal() override; // a clean shutdown: the journal goes with it

    static QString defaultFolder(); // <AppDataLocation>/recovery
    QString journalPath() const { return m_journalPath; }
    void setWriteDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    // Writes the journal now if there is anything unsaved (also what the timer does).
    void writeNow();

    // Journals left by console processes that are no longer running, newest first.
    static QList<Orphan> findOrphans(const QString &folder);
    static void removeJournal(const QString &journalPath);

    // Asks whether to restore the newest orphan in folder(): Yes opens its document and applies
    // the recovered state as one undoable edit (so the document shows unsaved changes); No
    // deletes it. Returns true when something was restored.
    bool offerRestore(QWidget *parent);

private:
    void schedule();
    void onModifiedChanged(bool modified);

    SeedDocument *const m_document;
    DirectoryEditor *const m_editor;
    const QString m_folder;
    const QString m_journalPath;
    QTimer m_timer;
};

} // namespace foundry::ui
