#include "AdminApi.h"

#include "AdminErrors.h"
#include "BearerResponses.h"
#include "OAuthService.h"
#include "Permissions.h"
#include "Router.h"
#include "ScopeCatalog.h"

#include <QMutex>
#include <QMutexLocker>
#include <optional>

namespace foundry::admin {

bool AdminCall::can(const QString &operation, const QString &organizationRid) const
{
    return auth::Permissions::hasOperation(directory, caller.user.id, operation, organizationRid);
}

bool isPreview(const HttpRequest &request)
{
    return request.queryValue(QStringLiteral("preview"))
               .compare(QLatin1StringView("true"), Qt::CaseInsensitive) == 0;
}

AdminApi::AdminApi(Router &router, Directory &directory, auth::OAuthService &oauth)
    : m_router(router), m_directory(directory), m_oauth(oauth),
      m_writeLock(std::make_shared<QMutex>())
{
}

void AdminApi::add(const QByteArray &method, const QString &path, EndpointRules rules,
                   AdminHandler handler)
{
    // The routes outlive this registrar: they keep the Directory and the service, not `this`.
    m_router.add(method, QStringLiteral("/api/v2/admin") + path,
                 [directory = &m_directory, oauth = &m_oauth, writeLock = m_writeLock, rules,
                  handler = std::move(handler)](const HttpRequest &request) {
                     return run(request, rules, handler, *directory, *oauth, *writeLock);
                 });
}

HttpResponse AdminApi::run(const HttpRequest &request, const EndpointRules &rules,
                           const AdminHandler &handler, Directory &directory,
                           auth::OAuthService &oauth, QMutex &writeLock)
{
    const auth::BearerResult bearer = oauth.authenticate(request.header("Authorization"));
    if (!bearer.ok())
        return unauthorizedResponse(bearer);

    std::optional<HttpResponse> refusal;
    if (rules.preview && !isPreview(request)) {
        refusal = previewRequired();
    } else if (rules.access != EndpointRules::Access::AnyScope) {
        const QString broad = rules.access == EndpointRules::Access::Read ? QString(kAdminRead)
                                                                          : QString(kAdminWrite);
        if (!auth::ScopeCatalog::satisfies(bearer.identity.scopes, broad, rules.operationScope))
            refusal = missingScope(broad);
    }
    HttpResponse response;
    if (refusal) {
        response = *refusal;
    } else {
        // Only writes are serialized; reads (listCurrent included) run side by side.
        QMutexLocker locker(rules.access == EndpointRules::Access::Write ? &writeLock : nullptr);
        response = handler(AdminCall{request, bearer.identity, directory, oauth});
    }
    response.principal = bearer.identity.user.username;
    response.client = bearer.identity.clientId;
    return response;
}

} // namespace foundry::admin
