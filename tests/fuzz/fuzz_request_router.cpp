// A whole request: the input is a raw HTTP/1.1 head (and body after the blank line), parsed by
// the guard's head parser and dispatched on the emulator's real routing table over a small seed
// with an admin token, as the server would. The answer must never be a 5xx.

#include "Directory.h"
#include "EmulatorRoutes.h"
#include "FuzzTargets.h"
#include "RequestHead.h"
#include "Router.h"
#include "SeedReader.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

const char *const kSeed = R"(tokens:
  fuzz-admin-token: {login: admin, scopes: [api:admin-read, api:admin-write]}
foundry:
  users:
    - {username: alice, id: a11ce000-0000-4000-8000-000000000001}
  groups:
    - {name: readers, id: 9c000000-0000-4000-8000-0000000000a3, members: [alice]}
  oauth_clients:
    - {client_id: webapp, client_secret: web-secret, redirect_uris: ['http://localhost:8080/cb']}
    - {client_id: etl, client_secret: etl-secret, grant_types: [client_credentials]}
)";

struct Emulator
{
    Emulator()
    {
        foundry::SeedLoadResult loaded = foundry::loadSeedText(QByteArray(kSeed), QStringLiteral("fuzz"));
        if (!loaded.ok)
            std::abort();
        directory = std::make_unique<foundry::Directory>(std::move(loaded.state));
        services = std::make_unique<foundry::EmulatorServices>(*directory);
        foundry::installEmulatorRoutes(router, *services);
    }
    std::unique_ptr<foundry::Directory> directory;
    std::unique_ptr<foundry::EmulatorServices> services;
    foundry::Router router;
};

Emulator &emulator()
{
    static int argc = 1;
    static char name[] = "fuzz_request_router";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app =
        QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
    static Emulator instance;
    return instance;
}

} // namespace

void foundry::fuzz::requestRouter(QByteArrayView data)
{
    Emulator &emu = emulator();
    qsizetype headEnd = data.indexOf("\r\n\r\n");
    const qsizetype bodyStart = headEnd < 0 ? data.size() : headEnd + 4;
    if (headEnd < 0)
        headEnd = data.size();
    const RequestHeadParser::Result parsed = RequestHeadParser::parse(data.first(headEnd));
    if (!parsed.ok())
        return; // the guard answers these itself (tested in tests/http)
    RequestHead head = parsed.head;
    HttpRequest request;
    request.method = head.method;
    request.path = head.path();
    request.rawPath = head.rawPath;
    request.rawQuery = head.rawQuery;
    request.query = QUrlQuery(QString::fromUtf8(request.rawQuery));
    request.headers = head.headers;
    if (!request.headers.contains("authorization"))
        request.headers.add("Authorization", "Bearer fuzz-admin-token");
    request.body = data.sliced(bodyStart).toByteArray();
    const HttpResponse response = emu.router.dispatch(std::move(request));
    if (response.status >= 500) {
        std::fprintf(stderr, "%d for %s\n%s\n", response.status, head.target.constData(),
                     response.body.constData());
        std::abort();
    }
    emu.directory->flushChanges();
}

#ifdef FOUNDRY_FUZZ_MAIN
FOUNDRY_FUZZ_ENTRY_POINT(foundry::fuzz::requestRouter)
#endif
