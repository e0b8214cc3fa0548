#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace foundry {

// Follows a chunked request body (RFC 9112 §7.1) as it arrives: where it ends, how large it is
// so far (for the 413 before all of it has arrived) and, when asked, its decoded data.
class ChunkedBodyTracker final
{
public:
    enum class Status
    {
        NeedMore,
        Complete,
        Malformed
    };

    // Consumes bytes of the body; returns how many of `data` belong to it (the rest belongs to
    // whatever follows). Once Complete or Malformed, consumes nothing more. The chunks' data is
    // appended to `decoded` when given.
    qsizetype feed(QByteArrayView data, QByteArray *decoded = nullptr);
    Status status() const { return m_status; }
    qint64 decodedBytes() const { return m_decodedBytes; } // chunk data so far
    void reset() { *this = ChunkedBodyTracker(); }

private:
    enum class State
    {
        SizeLine,
        Data,
        DataEnd,
        Trailer
    };
    bool finishLine(); // a complete line is in m_line; false: malformed

    static constexpr qsizetype MaxLineBytes = 4096;

    State m_state = State::SizeLine;
    Status m_status = Status::NeedMore;
    QByteArray m_line;
    qint64 m_chunkRemaining = 0;
    qint64 m_decodedBytes = 0;
};

} // namespace foundry
