#pragma once

#include "HttpResponse.h"

#include <QByteArray>

namespace foundry {

// Turns a response into HTTP/1.1 bytes. Every response goes through here, from route handlers
// and from the connection guard alike, so the protocol rules live in one place:
// Content-Length (kept on HEAD), no body on HEAD/204/304, `Access-Control-Allow-Origin: *`,
// and `Connection: close` when the server will close the connection after this response.
namespace HttpWire {

enum class BodyMode
{
    Send,
    Omit
}; // Omit: the answer to HEAD
enum class ConnectionMode
{
    KeepAlive,
    Close
};

QByteArray serialize(const HttpResponse &response, BodyMode bodyMode = BodyMode::Send,
                     ConnectionMode connectionMode = ConnectionMode::KeepAlive);
QByteArray reasonPhrase(int status);

} // namespace HttpWire
} // namespace foundry
