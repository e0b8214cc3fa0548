#pragma once

#include "Clock.h"
#include "User.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace foundry {
class Directory;
}

namespace foundry::auth {

class TokenStore;

enum class BearerFailure
{
    None,
    Missing,      // no Authorization header, another scheme, or "Bearer" without a token
    Unknown,      // never issued, purged, malformed, or a refresh token
    Expired,      // the Admin API answers {"error": "EXPIRED"}
    Revoked,      // revoked or rotated
    InactiveUser, // the user was deactivated or removed (checked on every request)
};

QString bearerFailureReason(BearerFailure failure); // "missing", ..., "inactive user"

// Who is calling, as far as a bearer token can tell.
struct BearerIdentity final
{
    User user;        // read from the Directory at request time
    QString clientId; // empty for the seed's fixed tokens
    QStringList scopes;
    std::optional<qint64> expiresAtMsecs; // none: never expires
    bool fixedToken = false;
};

struct BearerResult final
{
    BearerFailure failure = BearerFailure::Missing;
    BearerIdentity identity; // meaningful only when ok()

    bool ok() const { return failure == BearerFailure::None; }
    QString reason() const { return bearerFailureReason(failure); }
};

// `{"id", "username", "displayName"}` of GET /multipass/api/me.
struct MeInfo final
{
    QString id;
    QString username;
    QString displayName;
};

// Authenticates `Authorization: Bearer <token>` for /multipass/api/me, /multipass/api/token/ttl
// and every /api/ endpoint: issued tokens first, then the seed's fixed tokens. The user's
// existence and `active` flag are read on every call, so deactivation takes effect at once and
// re-activation restores the same tokens.
class BearerAuthenticator final
{
public:
    BearerAuthenticator(const Directory &directory, const TokenStore &tokens,
                        std::shared_ptr<const Clock> clock = systemClock());

    // The token of an Authorization header value (scheme case-insensitive); empty if none.
    static QString tokenFromHeader(QByteArrayView authorization);

    BearerResult authenticate(QByteArrayView authorizationHeader) const;
    BearerResult authenticateToken(const QString &token) const;

    static MeInfo me(const BearerIdentity &identity);
    // Whole seconds left (never negative); a token that never expires answers
    // kNeverExpiresSeconds.
    qint64 ttlSeconds(const BearerIdentity &identity) const;

private:
    const Directory &m_directory;
    const TokenStore &m_tokens;
    std::shared_ptr<const Clock> m_clock;
};

// The lifetime reported for tokens that never expire (token_lifetime_seconds: 0, fixed tokens):
// ten years. Clients require a positive expires_in and schedule a refresh from it.
inline constexpr qint64 kNeverExpiresSeconds = 10LL * 365 * 24 * 60 * 60;

} // namespace foundry::auth
