#pragma once

#include "BearerAuthenticator.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QString>
#include <functional>
#include <memory>

class QMutex;

namespace foundry {
class Directory;
class Router;
namespace auth {
class OAuthService;
}
} // namespace foundry

namespace foundry::admin {

inline constexpr QLatin1StringView kAdminRead{"api:admin-read"};
inline constexpr QLatin1StringView kAdminWrite{"api:admin-write"};

// What an endpoint asks of the token before its handler runs.
struct EndpointRules
{
    enum class Access
    {
        Read,
        Write,
        AnyScope
    };
    Access access = Access::Read;
    bool preview = false;   // needs preview=true
    QString operationScope; // a single scope that also grants it (e.g. multipass:preregister-user)
};

// One authenticated Admin API request, as a handler sees it.
struct AdminCall
{
    const HttpRequest &request;
    const auth::BearerIdentity &caller;
    Directory &directory;
    auth::OAuthService &oauth;

    QString pathParameter(const QString &name) const { return request.pathParameter(name); }
    // Whether the caller holds `operation` on the organization (roles, groups, enrollment admin),
    // read now: a role granted in the console counts on the very next request.
    bool can(const QString &operation, const QString &organizationRid) const;
};

using AdminHandler = std::function<HttpResponse(const AdminCall &)>;

// Registers Admin API endpoints under /api/v2/admin (a registrar: it may be destroyed once the
// routes are added). Every endpoint runs the checks Foundry runs
// before its own, in this order: authentication (401 Default:Unauthorized), preview (400
// ApiFeaturePreviewUsageOnly), scope (403 ApiUsageDenied {missingScope}); the handler then checks
// the request's shape, the existence of path entities, the permission and the domain rules.
class AdminApi final
{
public:
    AdminApi(Router &router, Directory &directory, auth::OAuthService &oauth);

    // `path` is relative to /api/v2/admin, with {name} segments (e.g. "/users/{userId}").
    void add(const QByteArray &method, const QString &path, EndpointRules rules,
             AdminHandler handler);

    Directory &directory() const { return m_directory; }

private:
    static HttpResponse run(const HttpRequest &request, const EndpointRules &rules,
                            const AdminHandler &handler, Directory &directory,
                            auth::OAuthService &oauth, QMutex &writeLock);

    Router &m_router;
    Directory &m_directory;
    auth::OAuthService &m_oauth;
    // Write handlers read, check, then write the Directory (a group's members, a cycle check, a
    // name clash): with several server threads two writes could interleave and one be lost, or
    // two crosswise additions both pass the cycle check. Every write endpoint of this route table
    // runs under this lock; reads never take it.
    std::shared_ptr<QMutex> m_writeLock;
};

bool isPreview(const HttpRequest &request);

} // namespace foundry::admin
