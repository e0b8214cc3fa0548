#pragma once

#include "SeedIssue.h"

#include <QObject>
#include <QString>

#include <functional>

class QUndoStack;

namespace foundry::ui {

class DirectoryEditor;

// The seed file the console has open: its path, the undo stack of console edits, and whether
// there are unsaved changes (the undo stack is not clean, or a change came over HTTP).
class SeedDocument final : public QObject
{
    Q_OBJECT

public:
    explicit SeedDocument(DirectoryEditor *editor, QObject *parent = nullptr);

    QString filePath() const { return m_path; } // empty: untitled (defaults, never saved)
    QString displayName() const;                // the file name, or "untitled.yaml"
    bool isModified() const;
    QUndoStack *undoStack() const { return m_undoStack; }

    // Starts from the state the emulator was started with (already in the Directory).
    void adopt(const QString &path);
    // Replaces the state with the defaults (an untitled document).
    void newDocument();
    // Loads `path`; on failure nothing changes and `errors` lists every error.
    bool open(const QString &path, SeedIssues *errors);
    bool save(const QString &path, QString *error);
    // Asked before every save (DiskChangeGuard: did the file change on disk?); false cancels
    // the save, with an empty `error` when the user chose to cancel it.
    using SaveGuard = std::function<bool(const QString &path, QString *error)>;
    void setSaveGuard(SaveGuard guard) { m_saveGuard = std::move(guard); }

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    // The Directory now holds what the file holds (adopted, opened, reset, saved): the baseline
    // of "Diff vs file".
    void cleanMarked();

private:
    void setPath(const QString &path);
    void markClean();
    void updateModified();

    DirectoryEditor *const m_editor;
    QUndoStack *const m_undoStack;
    QString m_path;
    bool m_remoteModified = false;
    bool m_lastModified = false;
    SaveGuard m_saveGuard;
};

} // namespace foundry::ui
