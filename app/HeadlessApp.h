#pragma once

#include "CommandLine.h"

namespace foundry {

// Serves the emulator without a window until SIGINT or SIGTERM; returns the exit code.
// Needs a running QCoreApplication.
int runHeadless(const AppOptions &options);

} // namespace foundry
