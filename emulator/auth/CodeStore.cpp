#include "CodeStore.h"

#include "Secrets.h"

namespace foundry::auth {
namespace {
constexpr qint64 kPurgeIntervalMsecs = 60 * 1000;
}

CodeStore::CodeStore(std::shared_ptr<const Clock> clock) : m_clock(std::move(clock)) {}

QString CodeStore::issue(AuthorizationCode code)
{
    const qint64 now = m_clock->nowMsecs();
    code.expiresAtMsecs = now + kLifetimeMsecs;
    const QString value = secrets::newAuthorizationCode();
    bool purgeDue = false;
    {
        std::unique_lock locker(m_lock);
        m_codes.insert(value, Entry{std::move(code), false});
        purgeDue = now - m_lastPurgeMsecs >= kPurgeIntervalMsecs;
    }
    if (purgeDue) // lazily, so that abandoned sign-ins cannot grow the table without bound
        purgeExpired();
    return value;
}

std::optional<AuthorizationCode> CodeStore::find(const QString &code) const
{
    const qint64 now = m_clock->nowMsecs();
    std::shared_lock locker(m_lock);
    const auto it = m_codes.constFind(code);
    if (it == m_codes.constEnd() || it->used || now >= it->code.expiresAtMsecs)
        return std::nullopt;
    return it->code;
}

bool CodeStore::redeem(const QString &code)
{
    const qint64 now = m_clock->nowMsecs();
    std::unique_lock locker(m_lock);
    const auto it = m_codes.find(code);
    if (it == m_codes.end() || it->used || now >= it->code.expiresAtMsecs)
        return false;
    it->used = true; // kept until it expires: a second exchange is "used", not "unknown"
    return true;
}

void CodeStore::purgeExpired()
{
    const qint64 now = m_clock->nowMsecs();
    std::unique_lock locker(m_lock);
    m_lastPurgeMsecs = now;
    for (auto it = m_codes.begin(); it != m_codes.end();) {
        if (now >= it->code.expiresAtMsecs)
            it = m_codes.erase(it);
        else
            ++it;
    }
}

int CodeStore::size() const
{
    std::shared_lock locker(m_lock);
    return int(m_codes.size());
}

} // namespace foundry::auth
