#include "RequestLog.h"

#include <QMutexLocker>

namespace foundry {

RequestLog::RequestLog(int capacity, QObject *parent)
    : QObject(parent), m_capacity(qMax(1, capacity)), m_timer(this)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultNotificationIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RequestLog::notify);
    connect(this, &RequestLog::notificationWanted, this, &RequestLog::scheduleNotification,
            Qt::QueuedConnection);
}

RequestLog::~RequestLog() = default;

void RequestLog::append(RequestLogEntry entry)
{
    {
        QMutexLocker locker(&m_mutex);
        entry.sequence = ++m_lastSequence;
        if (m_ring.size() < m_capacity) {
            m_ring.append(std::move(entry));
        } else {
            m_ring[m_head] = std::move(entry);
            m_head = (m_head + 1) % m_capacity;
        }
    }
    // Only the first append of a batch posts anything to the log's thread.
    if (m_notificationPending.testAndSetOrdered(0, 1))
        Q_EMIT notificationWanted(QPrivateSignal());
}

QList<RequestLogEntry> RequestLog::entries() const
{
    return entriesSince(0);
}

QList<RequestLogEntry> RequestLog::entriesSince(quint64 sequence) const
{
    QMutexLocker locker(&m_mutex);
    const qsizetype count = m_ring.size();
    const quint64 oldest = m_lastSequence - quint64(count) + 1; // sequences are contiguous
    const qsizetype skip =
        sequence < oldest ? 0 : qsizetype(qMin<quint64>(sequence - oldest + 1, quint64(count)));
    QList<RequestLogEntry> result;
    result.reserve(count - skip);
    for (qsizetype i = skip; i < count; ++i)
        result.append(m_ring.at((m_head + i) % count));
    return result;
}

quint64 RequestLog::lastSequence() const
{
    QMutexLocker locker(&m_mutex);
    return m_lastSequence;
}

int RequestLog::size() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_ring.size());
}

void RequestLog::clear()
{
    {
        QMutexLocker locker(&m_mutex);
        m_ring.clear();
        m_head = 0;
    }
    Q_EMIT cleared();
}

void RequestLog::setNotificationInterval(int milliseconds)
{
    m_timer.setInterval(qMax(0, milliseconds));
}

void RequestLog::scheduleNotification()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void RequestLog::notify()
{
    // Reset first: an append racing with this emission schedules the next batch.
    m_notificationPending.storeRelease(0);
    Q_EMIT entriesAdded(lastSequence());
}

} // namespace foundry
