#include "BearerAuthenticator.h"

#include "Directory.h"
#include "TokenStore.h"

namespace foundry::auth {

QString bearerFailureReason(BearerFailure failure)
{
    switch (failure) {
    case BearerFailure::None:
        return {};
    case BearerFailure::Missing:
        return QStringLiteral("missing");
    case BearerFailure::Unknown:
        return QStringLiteral("unknown");
    case BearerFailure::Expired:
        return QStringLiteral("expired");
    case BearerFailure::Revoked:
        return QStringLiteral("revoked");
    case BearerFailure::InactiveUser:
        return QStringLiteral("inactive user");
    }
    return {};
}

BearerAuthenticator::BearerAuthenticator(const Directory &directory, const TokenStore &tokens,
                                         std::shared_ptr<const Clock> clock)
    : m_directory(directory), m_tokens(tokens), m_clock(std::move(clock))
{
}

QString BearerAuthenticator::tokenFromHeader(QByteArrayView authorization)
{
    // RFC 6750 §2.1: "Bearer" 1*SP token; the scheme is case-insensitive (RFC 9110 §11.1).
    const QByteArrayView trimmed = authorization.trimmed();
    constexpr QByteArrayView scheme("bearer");
    if (trimmed.size() <= scheme.size() ||
        trimmed.first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0)
        return {};
    const char separator = trimmed.at(scheme.size());
    if (separator != ' ' && separator != '\t')
        return {};
    return QString::fromLatin1(trimmed.sliced(scheme.size()).trimmed());
}

BearerResult BearerAuthenticator::authenticate(QByteArrayView authorizationHeader) const
{
    const QString token = tokenFromHeader(authorizationHeader);
    if (token.isEmpty())
        return {BearerFailure::Missing, {}};
    return authenticateToken(token);
}

BearerResult BearerAuthenticator::authenticateToken(const QString &token) const
{
    if (token.isEmpty())
        return {BearerFailure::Missing, {}};
    BearerIdentity identity;
    QString userId;
    QString username;
    if (const auto issued = m_tokens.accessToken(token)) {
        switch (issued->state) {
        case TokenState::Active:
            break;
        case TokenState::Expired:
            return {BearerFailure::Expired, {}};
        case TokenState::Revoked:
        case TokenState::Rotated:
            return {BearerFailure::Revoked, {}};
        }
        userId = issued->userId;
        identity.clientId = issued->clientId;
        identity.scopes = issued->scopes;
        identity.expiresAtMsecs = issued->expiresAtMsecs;
    } else if (const auto fixed = m_directory.fixedToken(token)) {
        username = fixed->login;
        identity.scopes = fixed->scopes;
        identity.fixedToken = true;
    } else {
        return {BearerFailure::Unknown, {}};
    }
    const auto user =
        identity.fixedToken ? m_directory.userByUsername(username) : m_directory.userById(userId);
    if (!user || !user->active)
        return {BearerFailure::InactiveUser, {}};
    identity.user = *user;
    return {BearerFailure::None, identity};
}

MeInfo BearerAuthenticator::me(const BearerIdentity &identity)
{
    return {identity.user.id, identity.user.username, identity.user.effectiveDisplayName()};
}

qint64 BearerAuthenticator::ttlSeconds(const BearerIdentity &identity) const
{
    if (!identity.expiresAtMsecs)
        return kNeverExpiresSeconds;
    const qint64 left = *identity.expiresAtMsecs - m_clock->nowMsecs();
    return left > 0 ? left / 1000 : 0;
}

} // namespace foundry::auth
