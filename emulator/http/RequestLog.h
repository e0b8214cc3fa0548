#pragma once

#include "RequestLogEntry.h"

#include <QAtomicInt>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QTimer>

namespace foundry {

// The bounded record of every request the server answered, for the console.
//
// append() is thread-safe and cheap (the server thread calls it once per request). Listeners are
// told in batches: entriesAdded() is emitted from the log's own thread at most once per
// notification interval, never once per request (that costs about 40% of throughput).
class RequestLog final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultCapacity = 10000;
    static constexpr int DefaultNotificationIntervalMs = 100;

    explicit RequestLog(int capacity = DefaultCapacity, QObject *parent = nullptr);
    ~RequestLog() override;

    // Any thread. Assigns the sequence number; drops the oldest entry when full.
    void append(RequestLogEntry entry);
    QList<RequestLogEntry> entries() const;
    // The kept entries with a sequence greater than `sequence`, oldest first.
    QList<RequestLogEntry> entriesSince(quint64 sequence) const;
    quint64 lastSequence() const;
    int size() const;
    int capacity() const { return m_capacity; }
    // Drops every entry; sequence numbers keep increasing. Emits cleared() from the caller's
    // thread.
    void clear();

    void setNotificationInterval(int milliseconds);

Q_SIGNALS:
    void entriesAdded(quint64 lastSequence); // batched
    void cleared();
    // From append() on any thread, queued to scheduleNotification(). A connection made once in
    // the log's thread, rather than an invokeMethod() per batch from the server thread, so that
    // the call object is built in the thread that runs it: ThreadSanitizer cannot see the
    // hand-over inside uninstrumented Qt.
    void notificationWanted(QPrivateSignal);

private:
    void scheduleNotification(); // runs in the log's thread
    void notify();

    const int m_capacity;
    mutable QMutex m_mutex;
    QList<RequestLogEntry> m_ring; // grows to m_capacity, then wraps at m_head
    qsizetype m_head = 0;          // index of the oldest entry once full
    quint64 m_lastSequence = 0;
    QAtomicInt m_notificationPending;
    QTimer m_timer;
};

} // namespace foundry
