// TokenStore: what the console sees (snapshot, reveal) and how memory stays bounded (purge).
#include "TokenStore.h"

#include "TokenStoreRecords.h"

#include <algorithm>

namespace foundry::auth {
namespace {

QString masked(const QString &token)
{
    const qsizetype prefix = token.startsWith(u"foundry_refresh_") ? 16 : 8;
    return token.left(prefix) + u'\x2026' + token.right(4);
}

} // namespace

QList<TokenSummary> TokenStore::snapshot() const
{
    const qint64 now = m_clock->nowMsecs();
    QList<TokenSummary> list;
    {
        std::shared_lock locker(m_lock);
        list.reserve(m_tokens.size());
        std::as_const(m_tokens).forEach([&](const QString &token, const Record &r) {
            list.append({r.serial, r.kind, masked(token), r.grant.userId, r.grant.clientId,
                         r.grant.scopes, r.issuedAt, detail::optionalExpiry(r.expiresAt),
                         stateOf(r, now)});
        });
    }
    std::sort(list.begin(), list.end(),
              [](const TokenSummary &a, const TokenSummary &b) { return a.serial < b.serial; });
    return list;
}

std::optional<QString> TokenStore::revealToken(quint64 serial) const
{
    std::shared_lock locker(m_lock);
    const QString *token = m_bySerial.constFind(serial);
    return token ? std::optional<QString>(*token) : std::nullopt;
}

void TokenStore::setRetentionMsecs(qint64 msecs)
{
    std::unique_lock locker(m_lock);
    m_retentionMsecs = qMax<qint64>(0, msecs);
}

void TokenStore::purge()
{
    const qint64 now = m_clock->nowMsecs();
    std::unique_lock locker(m_lock);
    purgeLocked(now);
}

void TokenStore::purgeIfDue(qint64 now)
{
    if (now - m_lastPurgeMsecs >= detail::kPurgeIntervalMsecs)
        purgeLocked(now);
}

void TokenStore::purgeLocked(qint64 now)
{
    m_lastPurgeMsecs = now;
    bool removedAny = false;
    m_tokens.removeIf([&](const QString &token, const Record &r) {
        const bool familyLives = r.family != 0 && !m_families.value(r.family).revoked;
        qint64 inactiveSince = r.revokedAt;
        if (inactiveSince == 0 && r.rotatedAt != 0 && !familyLives)
            inactiveSince = r.rotatedAt; // a live family keeps its rotated tokens: reuse check
        if (inactiveSince == 0 && r.expiresAt != 0 && now >= r.expiresAt)
            inactiveSince = r.expiresAt;
        if (inactiveSince == 0 || now - inactiveSince < m_retentionMsecs)
            return false;
        if (r.family != 0) {
            const auto family = m_families.find(r.family);
            if (family != m_families.end()) {
                family->tokens.removeOne(token);
                if (family->tokens.isEmpty())
                    m_families.erase(family);
            }
        }
        m_bySerial.remove(r.serial);
        removedAny = true;
        return true;
    });
    if (removedAny)
        ++m_revision;
}

int TokenStore::size() const
{
    std::shared_lock locker(m_lock);
    return int(m_tokens.size());
}

} // namespace foundry::auth
