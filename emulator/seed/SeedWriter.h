#pragma once

#include "DirectoryState.h"

#include <QByteArray>
#include <QString>

namespace foundry {

// The canonical seed text of a state: UTF-8, two-space indentation, keys in the documented
// order, defaults left out, ids and unknown keys written back. Reading it gives the same state,
// and writing that state again gives the same bytes.
QByteArray writeSeed(const DirectoryState &state);

// Writes writeSeed(state) to `path` atomically (QSaveFile): on failure the file at `path` is left
// as it was, no partial file remains, and `error` (when given) says why.
bool saveSeedFile(const DirectoryState &state, const QString &path, QString *error = nullptr);

} // namespace foundry
