#include "ChunkedBodyTracker.h"

namespace foundry {

qsizetype ChunkedBodyTracker::feed(QByteArrayView data, QByteArray *decoded)
{
    qsizetype used = 0;
    while (used < data.size() && m_status == Status::NeedMore) {
        if (m_state == State::Data) {
            const qsizetype take = qsizetype(qMin<qint64>(m_chunkRemaining, data.size() - used));
            if (decoded)
                decoded->append(data.sliced(used, take));
            used += take;
            m_chunkRemaining -= take;
            m_decodedBytes += take;
            if (m_chunkRemaining == 0)
                m_state = State::DataEnd;
            continue;
        }
        const char c = data[used++];
        if (c != '\n') {
            m_line.append(c);
            if (m_line.size() > MaxLineBytes)
                m_status = Status::Malformed;
            continue;
        }
        if (m_line.endsWith('\r'))
            m_line.chop(1);
        if (!finishLine())
            m_status = Status::Malformed;
        m_line.clear();
    }
    return used;
}

bool ChunkedBodyTracker::finishLine()
{
    switch (m_state) {
    case State::SizeLine: {
        QByteArray size = m_line;
        const qsizetype extension = size.indexOf(';');
        if (extension >= 0)
            size.truncate(extension);
        size = size.trimmed();
        bool ok = false;
        m_chunkRemaining = size.size() <= 15 ? size.toLongLong(&ok, 16) : 0;
        if (!ok || size.startsWith('-') || size.startsWith('+'))
            return false;
        m_state = m_chunkRemaining == 0 ? State::Trailer : State::Data;
        return true;
    }
    case State::DataEnd:
        m_state = State::SizeLine;
        return m_line.isEmpty();
    case State::Trailer:
        if (m_line.isEmpty())
            m_status = Status::Complete;
        return true;
    case State::Data:
        break;
    }
    return false;
}

} // namespace foundry
