#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace foundry::auth {

enum class TokenKind
{
    Access,
    Refresh
};

// Rotated: a refresh token that was exchanged for a new one; presenting it again is reuse.
enum class TokenState
{
    Active,
    Expired,
    Revoked,
    Rotated
};

QString tokenStateName(TokenState state); // "active", "expired", "revoked", "rotated"

// Who a token is for and what it may do.
struct TokenGrant final
{
    QString userId;
    QString clientId;
    QStringList scopes;
};

// The tokens handed to a client by one successful grant.
struct IssuedTokens final
{
    QString accessToken;
    QString refreshToken; // empty: none issued
    QStringList scopes;   // of the access token
    qint64 issuedAtMsecs = 0;
    std::optional<qint64> expiresAtMsecs; // none: never expires
};

// What the bearer-token hot path needs to know about an access token.
struct AccessTokenInfo final
{
    QString userId;
    QString clientId;
    QStringList scopes;
    std::optional<qint64> expiresAtMsecs;
    TokenState state = TokenState::Active;
};

struct RefreshTokenInfo final
{
    QString userId;
    QString clientId;
    QStringList scopes; // the original grant of the sign-in; rotation keeps it
    bool signedInWithPkce = false;
    TokenState state = TokenState::Active;
};

// One issued token as the console's Tokens dock shows it. Holds no token string: the dock asks
// TokenStore::revealToken(serial) when the person explicitly wants to copy one.
struct TokenSummary final
{
    quint64 serial = 0; // issue order; a stable handle for the console
    TokenKind kind = TokenKind::Access;
    QString maskedToken; // e.g. "foundry_…x1Qz": enough to tell tokens apart, useless to a thief
    QString userId;
    QString clientId;
    QStringList scopes;
    qint64 issuedAtMsecs = 0;
    std::optional<qint64> expiresAtMsecs;
    TokenState state = TokenState::Active;
};

} // namespace foundry::auth
