#pragma once

#include "CommandLine.h"
#include "ServerOptions.h"

namespace foundry {

struct DirectoryState;

// Where to listen: --host, then --port over the seed's foundry.port over 4000.
ServerOptions serverOptionsFor(const AppOptions &options, const DirectoryState &state);

// The state both starts serve: the seed (or the built-in defaults) with --token-lifetime applied.
// False, with *exitCode set, when the seed cannot be used.
bool loadStateForServing(const AppOptions &options, DirectoryState *state, int *exitCode);

// A bind other machines may reach deserves a warning on stderr: the emulator trusts everyone.
void warnIfNotLoopback(const ServerOptions &options);

// Serves the emulator without a window until SIGINT or SIGTERM; returns the exit code.
// Needs a running QCoreApplication.
int runHeadless(const AppOptions &options);

} // namespace foundry
