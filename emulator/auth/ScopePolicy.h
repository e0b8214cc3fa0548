#pragma once

#include "ClientAuthentication.h"

#include <QString>
#include <QStringList>

namespace foundry::auth::scopes {

// The first requested scope the client may not ask for (`allowed_scopes` when non-empty; only
// `api:` scopes for `osdk` clients), or an empty string when all are allowed. `offline_access`
// is always allowed: it only asks for a refresh token, and OSDK public clients always send it.
QString firstDisallowed(const ResolvedClient &client, const QStringList &requested);

// Client credentials: what a request without `scope` means (the client's scope_restrictions if
// set, else its non-empty allowed_scopes, else nothing).
QStringList clientCredentialsDefault(const OAuthClient &client);

// Client credentials: the scopes filtered down to scope_restrictions when the client has them
// (an empty restriction list grants nothing), in request order.
QStringList restrictTo(const OAuthClient &client, const QStringList &scopes);

} // namespace foundry::auth::scopes
