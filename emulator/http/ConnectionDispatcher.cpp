#include "ConnectionDispatcher.h"

namespace foundry {

void ConnectionDispatcher::addWorker(ConnectionGuard *guard)
{
    QMutexLocker locker(&m_mutex);
    if (!m_workers.contains(guard))
        m_workers.append(guard);
}

void ConnectionDispatcher::removeWorker(ConnectionGuard *guard)
{
    QMutexLocker locker(&m_mutex);
    m_workers.removeAll(guard);
}

int ConnectionDispatcher::workerCount() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_workers.size());
}

} // namespace foundry
