#pragma once

#include "DirectoryChange.h"
#include "DirectoryState.h"

#include <QObject>
#include <functional>

namespace foundry {
class Directory;
}

namespace foundry::ui {

// The console's write path to the Directory. Every console edit runs through edit(), which
// delivers any pending changes first (those came from elsewhere: HTTP), makes the edit, and
// delivers its own changes at once, so that the tables update immediately and each batch is
// known to be local or remote.
//
// remoteChanges() reports the batches that did not come from the console (a service principal
// created by a client-credentials call, a user preregistered over the Admin API): the tables
// highlight them and the document counts them as unsaved changes.
class DirectoryEditor final : public QObject
{
    Q_OBJECT

public:
    explicit DirectoryEditor(Directory *directory, QObject *parent = nullptr);

    Directory *directory() const { return m_directory; }

    // Runs `change` against the Directory as a console edit; returns what it returns.
    bool edit(const std::function<bool(Directory &)> &change);
    void resetState(DirectoryState state);

Q_SIGNALS:
    void remoteChanges(const foundry::DirectoryChanges &changes);

private:
    void onChanged(const DirectoryChanges &changes);

    Directory *const m_directory;
    bool m_local = false;
};

} // namespace foundry::ui
