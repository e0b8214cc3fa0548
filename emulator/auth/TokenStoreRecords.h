#pragma once

// TokenStore's private records, shared by its two source files. Not part of the public API.

#include "TokenStore.h"

namespace foundry::auth {

struct TokenStore::Record
{
    TokenKind kind = TokenKind::Access;
    quint64 serial = 0;
    quint64 family = 0; // 0: none (client credentials)
    TokenGrant grant;
    qint64 issuedAt = 0;
    qint64 expiresAt = 0; // 0: never
    qint64 revokedAt = 0;
    qint64 rotatedAt = 0;
    bool pkce = false;
};

struct TokenStore::Family
{
    QStringList tokens; // every token of one sign-in, access and refresh
    bool revoked = false;
};

namespace detail {
// Expired, revoked and rotated tokens are swept at most this often.
inline constexpr qint64 kPurgeIntervalMsecs = 60 * 1000;

inline std::optional<qint64> optionalExpiry(qint64 expiresAt)
{
    return expiresAt > 0 ? std::optional<qint64>(expiresAt) : std::nullopt;
}
} // namespace detail

} // namespace foundry::auth
