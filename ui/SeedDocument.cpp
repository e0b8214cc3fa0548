#include "SeedDocument.h"

#include "Directory.h"
#include "DirectoryEditor.h"
#include "SeedReader.h"
#include "SeedWriter.h"

#include <QFileInfo>
#include <QUndoStack>

namespace foundry::ui {

SeedDocument::SeedDocument(DirectoryEditor *editor, QObject *parent)
    : QObject(parent), m_editor(editor), m_undoStack(new QUndoStack(this))
{
    m_undoStack->setObjectName(QStringLiteral("undoStack"));
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &SeedDocument::updateModified);
    connect(m_editor, &DirectoryEditor::remoteChanges, this, [this] {
        m_remoteModified = true;
        updateModified();
    });
}

QString SeedDocument::displayName() const
{
    return m_path.isEmpty() ? tr("untitled.yaml") : QFileInfo(m_path).fileName();
}

bool SeedDocument::isModified() const
{
    return m_remoteModified || !m_undoStack->isClean();
}

void SeedDocument::adopt(const QString &path)
{
    setPath(path);
    markClean();
}

void SeedDocument::newDocument()
{
    m_undoStack->clear();
    m_editor->resetState(DirectoryState::withDefaults());
    setPath({});
    markClean();
}

bool SeedDocument::open(const QString &path, SeedIssues *errors)
{
    SeedLoadResult loaded = loadSeedFile(path);
    if (!loaded.ok) {
        if (errors)
            *errors = loaded.errors;
        return false;
    }
    m_undoStack->clear();
    m_editor->resetState(std::move(loaded.state));
    setPath(QFileInfo(path).absoluteFilePath());
    markClean();
    return true;
}

bool SeedDocument::save(const QString &path, QString *error)
{
    if (m_saveGuard && !m_saveGuard(path, error))
        return false;
    Directory *directory = m_editor->directory();
    directory->flushChanges(); // anything from HTTP is in this save
    if (!saveSeedFile(directory->state(), path, error))
        return false;
    setPath(QFileInfo(path).absoluteFilePath());
    markClean();
    return true;
}

void SeedDocument::setPath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    Q_EMIT filePathChanged(m_path);
}

void SeedDocument::markClean()
{
    m_remoteModified = false;
    m_undoStack->setClean();
    updateModified();
    Q_EMIT cleanMarked();
}

void SeedDocument::updateModified()
{
    const bool modified = isModified();
    if (modified == m_lastModified)
        return;
    m_lastModified = modified;
    Q_EMIT modifiedChanged(modified);
}

} // namespace foundry::ui
