#pragma once

#include <QtGlobal>
#include <atomic>
#include <memory>

namespace foundry::auth {

// The time source of codes and tokens. Injected so that tests can expire a code or a token by
// moving a ManualClock forward instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMsecs() const; // milliseconds since the epoch (UTC)
};

// A clock that only moves when told to. Thread-safe.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMsecs = 1'700'000'000'000) : m_now(startMsecs) {}
    qint64 nowMsecs() const override { return m_now.load(); }
    void setNowMsecs(qint64 msecs) { m_now.store(msecs); }
    void advanceSeconds(qint64 seconds) { m_now.fetch_add(seconds * 1000); }
    void advanceMsecs(qint64 msecs) { m_now.fetch_add(msecs); }

private:
    std::atomic<qint64> m_now;
};

// The wall clock, shared by everything that is not under test.
std::shared_ptr<const Clock> systemClock();

} // namespace foundry::auth
