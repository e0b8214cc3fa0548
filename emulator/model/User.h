#pragma once

#include "Attributes.h"
#include "ExtraFields.h"

#include <QByteArray>
#include <QString>

namespace foundry {

enum class PrincipalType { Human, Service };

// A user or service principal (`foundry.users[]`). Optional text fields are empty when absent.
struct User final
{
    QString id; // UUID without braces, stable across saves
    QString username;
    QString displayName; // empty: shown as the username
    QString email;
    QString givenName;
    QString familyName;
    QString realm;
    QString organizationRid; // ignored for service principals
    PrincipalType principalType = PrincipalType::Human;
    bool active = true;
    QString oauthClientId;
    Attributes attributes;
    bool preregistered = false;
    QString providerId;        // the id the user has at its SSO provider (`provider_id`)
    QByteArray profilePicture; // PNG bytes; not part of the seed file
    ExtraFields extras;

    QString effectiveDisplayName() const { return displayName.isEmpty() ? username : displayName; }
    bool isService() const { return principalType == PrincipalType::Service; }

    friend bool operator==(const User &a, const User &b);
    friend bool operator!=(const User &a, const User &b) { return !(a == b); }
};

} // namespace foundry
