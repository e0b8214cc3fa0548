#pragma once

#include "RequestHead.h"
#include "Router.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>

namespace foundry {

class RequestLog;

// A request the connection guard has read completely: its head, its body (de-chunked), and when
// its first byte arrived.
struct FramedRequest
{
    RequestHead head;
    QByteArray body;
    QElapsedTimer started;
};

// Answers framed requests: builds the HttpRequest, dispatches it on the router, serialises the
// answer (HEAD without body, `Connection: close` when the connection closes after it) and
// records it in the request log. One per server thread; used by every connection of its guard.
class RequestResponder final
{
public:
    RequestResponder(Router router, RequestLog *log);

    // The bytes to write. `peerText`: the peer's address as the log shows it.
    QByteArray respond(FramedRequest request, const QHostAddress &peer,
                       const QString &peerText) const;

private:
    const Router m_router;
    RequestLog *const m_log;
};

} // namespace foundry
