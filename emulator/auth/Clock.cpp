#include "Clock.h"

#include <QDateTime>

namespace foundry::auth {

qint64 Clock::nowMsecs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

std::shared_ptr<const Clock> systemClock()
{
    static const auto clock = std::make_shared<const Clock>();
    return clock;
}

} // namespace foundry::auth
