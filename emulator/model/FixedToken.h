#pragma once

#include "ExtraFields.h"

#include <QString>
#include <QStringList>

namespace foundry {

// A bearer token from the seed's top-level `tokens:` block: never expires, acts as `login`.
struct FixedToken final
{
    QString token;
    QString login; // a username
    QStringList scopes;
    bool scopesGiven = true; // false: the seed left `scopes` out (a warning; no scope)
    ExtraFields extras;

    friend bool operator==(const FixedToken &a, const FixedToken &b)
    {
        return a.token == b.token && a.login == b.login && a.scopes == b.scopes &&
               a.scopesGiven == b.scopesGiven && a.extras == b.extras;
    }
    friend bool operator!=(const FixedToken &a, const FixedToken &b) { return !(a == b); }
};

} // namespace foundry
