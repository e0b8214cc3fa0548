#pragma once

#include "CommandLine.h"

namespace foundry {

// Runs the emulator with the console window over the same Directory (the server in its own
// thread, as headless) until the window is closed or SIGINT/SIGTERM; returns the exit code.
// Needs a running QApplication.
int runConsole(const AppOptions &options);

// Whether a window can be shown: QT_QPA_PLATFORM is set, or DISPLAY / WAYLAND_DISPLAY is not
// empty.
bool displayAvailable();

} // namespace foundry
