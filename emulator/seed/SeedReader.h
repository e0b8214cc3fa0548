#pragma once

#include "DirectoryState.h"
#include "SeedIssue.h"

#include <QByteArray>
#include <QString>

namespace foundry {

// What reading a seed gives: the state (with every default applied) and every problem found.
// `ok` is false when there is at least one error; the state is then incomplete and must not be
// used. Warnings never make a file fail.
struct SeedLoadResult final
{
    bool ok = false;
    DirectoryState state;
    SeedIssues errors;
    SeedIssues warnings;
};

// Reads a seed file. An unreadable file gives one error that names it.
SeedLoadResult loadSeedFile(const QString &path);
// Reads seed text; `fileName` is only used in the issues.
SeedLoadResult loadSeedText(const QByteArray &yaml, const QString &fileName);

} // namespace foundry
