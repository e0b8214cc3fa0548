#pragma once

#include "Clock.h"
#include "ShardedHash.h"
#include "TokenTypes.h"

#include <QHash>
#include <QList>
#include <atomic>
#include <memory>
#include <mutex>
#include <shared_mutex>

namespace foundry::auth {

// Access and refresh tokens: issue, validate, rotate, revoke, list. Thread-safe.
//
// Validation is the hot path of every API call: one hash lookup under a read lock. A sign-in
// that yields a refresh token starts a *family*; every token issued by rotating it joins that
// family, so reuse of a rotated refresh token (or revocation of a refresh token) revokes every
// access and refresh token of the sign-in at once.
//
// Memory stays bounded: tokens that expired, were revoked or rotated are kept for the console
// for a retention period (default one hour) and then purged, lazily at most once a minute.
// Rotated refresh tokens stay while their family lives, so that reuse is always detected.
class TokenStore final
{
public:
    explicit TokenStore(std::shared_ptr<const Clock> clock = systemClock());
    ~TokenStore();

    // lifetimeSeconds ≤ 0: the access token never expires. withRefresh starts a family;
    // signedInWithPkce is remembered so that refreshing can apply the PKCE-only client rules.
    IssuedTokens issue(const TokenGrant &grant, int lifetimeSeconds, bool withRefresh = false,
                       bool signedInWithPkce = false);

    std::optional<AccessTokenInfo> accessToken(const QString &token) const;
    std::optional<RefreshTokenInfo> refreshToken(const QString &token) const;

    enum class RotateStatus
    {
        Rotated,
        Unknown,
        Revoked,
        WrongClient,
        Reused
    };
    struct RotateResult
    {
        RotateStatus status = RotateStatus::Unknown;
        IssuedTokens tokens; // when Rotated: a new access token with accessScopes, new refresh
    };
    // Atomically exchanges an active refresh token for new tokens. Presenting a rotated one is
    // Reused and revokes its family; a token of another client is left untouched.
    RotateResult rotate(const QString &refreshToken, const QString &clientId,
                        const QStringList &accessScopes, int lifetimeSeconds);

    enum class RevokeStatus
    {
        Revoked,
        NotFound,
        OtherClient
    };
    // Revokes an access token, or a refresh token together with its whole family. An empty
    // clientId revokes whoever the token belongs to (the console).
    RevokeStatus revoke(const QString &token, const QString &clientId = {});
    bool revokeBySerial(quint64 serial);
    int revokeAllOfUser(const QString &userId); // returns how many tokens were revoked

    QList<TokenSummary> snapshot() const; // issue order
    std::optional<QString> revealToken(quint64 serial) const;
    // Increases with every change: the console polls it instead of a signal per request.
    quint64 revision() const { return m_revision.load(); }

    void setRetentionMsecs(qint64 msecs);
    void purge(); // drops what the retention period allows
    int size() const;

private:
    struct Record;
    struct Family;

    static bool isLive(const Record &record, qint64 now);
    TokenState stateOf(const Record &record, qint64 now) const;
    // The following need the write lock.
    void insert(const QString &token, Record record);

    int revokeFamily(quint64 family, qint64 now);
    bool revokeRecord(Record &record, qint64 now);
    void purgeLocked(qint64 now);
    void purgeIfDue(qint64 now);

    std::shared_ptr<const Clock> m_clock;
    // std's lock rather than Qt's: ThreadSanitizer sees pthread's, not uninstrumented Qt's.
    mutable std::shared_mutex m_lock;
    ShardedHash<QString, Record> m_tokens; // grows by shards: see ShardedHash
    ShardedHash<quint64, QString> m_bySerial;
    QHash<quint64, Family> m_families;
    quint64 m_nextSerial = 1;
    quint64 m_nextFamily = 1;
    qint64 m_retentionMsecs = 60 * 60 * 1000;
    qint64 m_lastPurgeMsecs = 0;
    std::atomic<quint64> m_revision{0};
};

} // namespace foundry::auth
