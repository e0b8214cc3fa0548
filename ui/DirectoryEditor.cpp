#include "DirectoryEditor.h"

#include "Directory.h"

namespace foundry::ui {

DirectoryEditor::DirectoryEditor(Directory *directory, QObject *parent)
    : QObject(parent), m_directory(directory)
{
    connect(m_directory, &Directory::changed, this, &DirectoryEditor::onChanged);
}

bool DirectoryEditor::edit(const std::function<bool(Directory &)> &change)
{
    m_directory->flushChanges(); // whatever is pending is not ours
    m_local = true;
    // One batch: the HTTP threads see a multi-user edit all at once, and it costs one copy.
    bool result = false;
    m_directory->batch([&] { result = change(*m_directory); });
    m_directory->flushChanges();
    m_local = false;
    return result;
}

void DirectoryEditor::resetState(DirectoryState state)
{
    edit([&state](Directory &directory) {
        directory.resetState(std::move(state));
        return true;
    });
}

void DirectoryEditor::onChanged(const DirectoryChanges &changes)
{
    if (!m_local)
        Q_EMIT remoteChanges(changes);
}

} // namespace foundry::ui
