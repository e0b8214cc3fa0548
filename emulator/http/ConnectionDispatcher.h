#pragma once

#include <QList>
#include <QMutex>
#include <atomic>

namespace foundry {

class ConnectionGuard;

// What the server threads of one emulator share: the count of open connections under the cap,
// and the worker guards the listening guard hands accepted connections to, in turn. One listening
// socket, several threads: the listener accepts, each thread serves its own connections, and a
// busy thread never delays another thread's clients.
class ConnectionDispatcher final
{
public:
    std::atomic<int> activeConnections{0};

    void addWorker(ConnectionGuard *guard);
    void removeWorker(ConnectionGuard *guard);
    int workerCount() const;

    // Runs `hand(worker)` for the guard whose turn it is, under the lock (so that the worker
    // cannot go away meanwhile), and returns true; false when it is the listener's own turn.
    template <typename Hand> bool handToNext(Hand hand)
    {
        QMutexLocker locker(&m_mutex);
        const qsizetype turns = m_workers.size() + 1; // the listener takes its turn too
        const qsizetype turn = qsizetype(m_next++ % quint64(turns));
        if (turn == 0)
            return false;
        hand(m_workers.at(turn - 1));
        return true;
    }

private:
    mutable QMutex m_mutex;
    QList<ConnectionGuard *> m_workers;
    quint64 m_next = 0;
};

} // namespace foundry
