#pragma once

#include "OAuthClient.h"
#include "User.h"

#include <QString>
#include <optional>

namespace foundry {
class Directory;
}

namespace foundry::auth {

// The user a client-credentials token acts as (spec/seed-format.md): the user whose
// oauth_client_id is the client's id, else the user whose username is the client id, else a
// service principal created on the spot (username = client id, display name = client name,
// no organization, active), through Directory::addUser so that it is part of the saved state.
// Returns nothing only if the Directory refuses to create it (`error` says why).
std::optional<User> resolveServicePrincipal(Directory &directory, const OAuthClient &client,
                                            QString *error = nullptr);

} // namespace foundry::auth
