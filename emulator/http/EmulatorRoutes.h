#pragma once

#include "OAuthService.h"

namespace foundry {

class Directory;
class Router;

// The services the emulator's routes share over one Directory. Created by whoever runs the
// server (headless runner, console, tests) and kept alive as long as the server runs.
struct EmulatorServices final
{
    explicit EmulatorServices(Directory &directory,
                              std::shared_ptr<const auth::Clock> clock = auth::systemClock())
        : directory(directory), oauth(directory, std::move(clock))
    {
    }

    Directory &directory;
    auth::OAuthService oauth;
};

// Every API family the emulator serves.
void installEmulatorRoutes(Router &router, EmulatorServices &services);

} // namespace foundry
