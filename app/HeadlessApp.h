#pragma once

#include "CommandLine.h"
#include "ServerOptions.h"

namespace foundry {

struct DirectoryState;

// Where to listen: --host, then --port over the seed's foundry.port over 4000.
ServerOptions serverOptionsFor(const AppOptions &options, const DirectoryState &state);

// Serves the emulator without a window until SIGINT or SIGTERM; returns the exit code.
// Needs a running QCoreApplication.
int runHeadless(const AppOptions &options);

} // namespace foundry
