#pragma once

#include "ExtraFields.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace foundry {

namespace grants {
inline constexpr QLatin1StringView kAuthorizationCode{"authorization_code"};
inline constexpr QLatin1StringView kRefreshToken{"refresh_token"};
inline constexpr QLatin1StringView kClientCredentials{"client_credentials"};
QStringList all();
} // namespace grants

// A third-party application (`foundry.oauth_clients[]`).
struct OAuthClient final
{
    QString clientId;
    QString clientSecret; // empty: a public client
    QString name;         // empty: shown as the client id
    QStringList redirectUris;
    QStringList grantTypes = grants::all();
    QStringList allowedScopes; // empty: any scope may be requested
    // Absent: no restriction. Present but empty: every client-credentials token has no scope.
    std::optional<QStringList> scopeRestrictions;
    bool osdk = false;
    bool enabled = true;
    QString organizationRid;
    ExtraFields extras;

    bool isConfidential() const { return !clientSecret.isEmpty(); }
    QString effectiveName() const { return name.isEmpty() ? clientId : name; }
    bool allowsGrant(QStringView grant) const { return grantTypes.contains(grant); }

    friend bool operator==(const OAuthClient &a, const OAuthClient &b);
    friend bool operator!=(const OAuthClient &a, const OAuthClient &b) { return !(a == b); }
};

} // namespace foundry
