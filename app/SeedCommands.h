#pragma once

#include "CommandLine.h"

namespace foundry {

struct DirectoryState;
struct SeedLoadResult;

// `--check-seed FILE`: prints every warning and error and returns the exit code.
int runCheckSeed(const QString &file);
// `--seed IN --export OUT`: writes the seed back in canonical form and returns the exit code.
int runExport(const QString &seedFile, const QString &exportFile);
// Loads the seed for serving (the defaults when `file` is empty). Prints warnings and errors;
// returns false when the program must exit, with the exit code in `exitCode`.
bool loadSeedForServing(const QString &file, DirectoryState *state, int *exitCode);

} // namespace foundry
