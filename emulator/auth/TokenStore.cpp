#include "TokenStore.h"

#include "Secrets.h"
#include "TokenStoreRecords.h"

namespace foundry::auth {

TokenStore::TokenStore(std::shared_ptr<const Clock> clock) : m_clock(std::move(clock)) {}
TokenStore::~TokenStore() = default;

bool TokenStore::isLive(const Record &record, qint64 now)
{
    return record.revokedAt == 0 && record.rotatedAt == 0 &&
           (record.expiresAt == 0 || now < record.expiresAt);
}

TokenState TokenStore::stateOf(const Record &record, qint64 now) const
{
    if (record.revokedAt != 0)
        return TokenState::Revoked;
    if (record.rotatedAt != 0)
        return TokenState::Rotated;
    if (record.expiresAt != 0 && now >= record.expiresAt)
        return TokenState::Expired;
    return TokenState::Active;
}

void TokenStore::insert(const QString &token, Record record)
{
    record.serial = m_nextSerial++;
    m_bySerial.insert(record.serial, token);
    if (record.family != 0)
        m_families[record.family].tokens.append(token);
    m_tokens.insert(token, std::move(record));
}

IssuedTokens TokenStore::issue(const TokenGrant &grant, int lifetimeSeconds, bool withRefresh,
                               bool signedInWithPkce)
{
    // Random values are drawn before the lock is taken: readers never wait for the entropy pool.
    IssuedTokens out;
    out.accessToken = secrets::newAccessToken();
    if (withRefresh)
        out.refreshToken = secrets::newRefreshToken();
    out.scopes = grant.scopes;
    const qint64 now = m_clock->nowMsecs();
    out.issuedAtMsecs = now;
    const qint64 expiresAt = lifetimeSeconds > 0 ? now + qint64(lifetimeSeconds) * 1000 : 0;
    out.expiresAtMsecs = detail::optionalExpiry(expiresAt);
    {
        std::unique_lock locker(m_lock);
        purgeIfDue(now);
        const quint64 family = withRefresh ? m_nextFamily++ : 0;
        insert(out.accessToken, {TokenKind::Access, 0, family, grant, now, expiresAt, 0, 0, false});
        if (withRefresh)
            insert(out.refreshToken,
                   {TokenKind::Refresh, 0, family, grant, now, 0, 0, 0, signedInWithPkce});
    }
    ++m_revision;
    return out;
}

std::optional<AccessTokenInfo> TokenStore::accessToken(const QString &token) const
{
    const qint64 now = m_clock->nowMsecs();
    std::shared_lock locker(m_lock);
    const Record *it = m_tokens.constFind(token);
    if (!it || it->kind != TokenKind::Access)
        return std::nullopt;
    return AccessTokenInfo{it->grant.userId, it->grant.clientId, it->grant.scopes,
                           detail::optionalExpiry(it->expiresAt), stateOf(*it, now)};
}

std::optional<RefreshTokenInfo> TokenStore::refreshToken(const QString &token) const
{
    const qint64 now = m_clock->nowMsecs();
    std::shared_lock locker(m_lock);
    const Record *it = m_tokens.constFind(token);
    if (!it || it->kind != TokenKind::Refresh)
        return std::nullopt;
    return RefreshTokenInfo{it->grant.userId, it->grant.clientId, it->grant.scopes, it->pkce,
                            stateOf(*it, now)};
}

TokenStore::RotateResult TokenStore::rotate(const QString &refreshToken, const QString &clientId,
                                            const QStringList &accessScopes, int lifetimeSeconds)
{
    const QString newAccess = secrets::newAccessToken();
    const QString newRefresh = secrets::newRefreshToken();
    const qint64 now = m_clock->nowMsecs();
    RotateResult result;
    {
        std::unique_lock locker(m_lock);
        Record *it = m_tokens.find(refreshToken);
        if (!it || it->kind != TokenKind::Refresh)
            return result; // Unknown
        if (it->grant.clientId != clientId) {
            result.status = RotateStatus::WrongClient; // not burned: the owner keeps it
            return result;
        }
        if (it->revokedAt != 0) {
            result.status = RotateStatus::Revoked;
            return result;
        }
        if (it->rotatedAt != 0) {
            result.status = RotateStatus::Reused;
            revokeFamily(it->family, now);
            locker.unlock();
            ++m_revision;
            return result;
        }
        it->rotatedAt = now;
        const Record old = *it; // copied: inserting below may rehash
        const qint64 expiresAt = lifetimeSeconds > 0 ? now + qint64(lifetimeSeconds) * 1000 : 0;
        TokenGrant accessGrant = old.grant;
        accessGrant.scopes = accessScopes;
        insert(newAccess,
               {TokenKind::Access, 0, old.family, accessGrant, now, expiresAt, 0, 0, false});
        insert(newRefresh, {TokenKind::Refresh, 0, old.family, old.grant, now, 0, 0, 0, old.pkce});
        result.status = RotateStatus::Rotated;
        result.tokens = {newAccess, newRefresh, accessScopes, now,
                         detail::optionalExpiry(expiresAt)};
        purgeIfDue(now);
    }
    ++m_revision;
    return result;
}

bool TokenStore::revokeRecord(Record &record, qint64 now)
{
    if (record.revokedAt != 0)
        return false;
    record.revokedAt = now;
    return true;
}

int TokenStore::revokeFamily(quint64 family, qint64 now)
{
    const auto it = m_families.find(family);
    if (family == 0 || it == m_families.end())
        return 0;
    it->revoked = true;
    int count = 0;
    for (const QString &token : std::as_const(it->tokens)) {
        Record *record = m_tokens.find(token);
        if (record && revokeRecord(*record, now))
            ++count;
    }
    return count;
}

TokenStore::RevokeStatus TokenStore::revoke(const QString &token, const QString &clientId)
{
    const qint64 now = m_clock->nowMsecs();
    {
        std::unique_lock locker(m_lock);
        Record *it = m_tokens.find(token);
        if (!it)
            return RevokeStatus::NotFound;
        if (!clientId.isEmpty() && it->grant.clientId != clientId)
            return RevokeStatus::OtherClient;
        // RFC 7009 §2.1: revoking a refresh token also ends the access tokens of its grant.
        if (it->kind == TokenKind::Refresh)
            revokeFamily(it->family, now);
        else
            revokeRecord(*it, now);
    }
    ++m_revision;
    return RevokeStatus::Revoked;
}

bool TokenStore::revokeBySerial(quint64 serial)
{
    QString token;
    {
        std::shared_lock locker(m_lock);
        token = m_bySerial.value(serial);
    }
    return !token.isEmpty() && revoke(token) == RevokeStatus::Revoked;
}

int TokenStore::revokeAllOfUser(const QString &userId)
{
    const qint64 now = m_clock->nowMsecs();
    int count = 0;
    {
        std::unique_lock locker(m_lock);
        m_tokens.forEach([&](const QString &, Record &record) {
            if (record.grant.userId != userId)
                return;
            if (record.family != 0)
                m_families[record.family].revoked = true;
            if (revokeRecord(record, now))
                ++count;
        });
    }
    ++m_revision;
    return count;
}

} // namespace foundry::auth
