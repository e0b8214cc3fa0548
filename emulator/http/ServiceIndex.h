#pragma once

#include "Router.h"

namespace foundry {

// Adds `GET /`: {"service": "Foundry emulator", "version", "endpoints": [{"method", "path"}]},
// listing the routes registered so far (and itself). Does nothing if `GET /` already exists.
void installServiceIndex(Router &router);
QString emulatorVersion(); // the project version, from the build

} // namespace foundry
