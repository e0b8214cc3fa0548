#pragma once

#include "Clock.h"
#include "Pkce.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <mutex>
#include <shared_mutex>

namespace foundry::auth {

// What a sign-in approved: stored under its code until the client exchanges it.
struct AuthorizationCode final
{
    QString clientId;
    QString redirectUri; // as given at authorize (or the registered one it defaulted to)
    QStringList scopes;
    QString userId;
    QString codeChallenge; // empty: the sign-in did not use PKCE
    pkce::Method codeChallengeMethod = pkce::Method::Plain;
    qint64 expiresAtMsecs = 0;

    bool usesPkce() const { return !codeChallenge.isEmpty(); }
};

// Authorization codes: ten minutes, single use. Thread-safe.
//
// The token endpoint looks a code up with find(), runs its checks on that copy, and then calls
// redeem(), which succeeds for exactly one caller even when two exchanges race.
class CodeStore final
{
public:
    static constexpr qint64 kLifetimeMsecs = 10 * 60 * 1000;

    explicit CodeStore(std::shared_ptr<const Clock> clock = systemClock());

    QString issue(AuthorizationCode code); // sets the expiry; returns the new code
    // The code while it is unused and unexpired.
    std::optional<AuthorizationCode> find(const QString &code) const;
    // Marks the code used; false when it was unknown, expired or used already.
    bool redeem(const QString &code);
    void burn(const QString &code) { redeem(code); }

    void purgeExpired();
    int size() const; // codes held, used ones included until they expire

private:
    struct Entry
    {
        AuthorizationCode code;
        bool used = false;
    };

    std::shared_ptr<const Clock> m_clock;
    // std's lock rather than Qt's: ThreadSanitizer sees pthread's, not uninstrumented Qt's.
    mutable std::shared_mutex m_lock;
    QHash<QString, Entry> m_codes;
    qint64 m_lastPurgeMsecs = 0;
};

} // namespace foundry::auth
