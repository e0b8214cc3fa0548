#include "OAuthRoutes.h"

#include "BearerResponses.h"
#include "OAuthErrorResponse.h"
#include "OAuthService.h"
#include "Router.h"
#include "SignInPageRenderer.h"

#include <QJsonObject>

namespace foundry {
namespace {

using auth::OAuthService;

constexpr QByteArrayView kFormContentType = "application/x-www-form-urlencoded";

QHash<QString, QString> lastValues(const FormFields &fields)
{
    QHash<QString, QString> values;
    for (const auto &[name, value] : fields.items())
        values.insert(name, value); // a later occurrence overwrites: the last one wins
    return values;
}

auth::OAuthFormRequest formRequest(const HttpRequest &request)
{
    auth::OAuthFormRequest form;
    form.formUrlEncoded = request.contentType() == kFormContentType;
    if (form.formUrlEncoded)
        form.form = lastValues(request.formFields());
    form.authorization = request.header("Authorization");
    return form;
}

// The client named by the request, for the request log: the form's id or the Basic user name.
QString clientForLog(const auth::OAuthFormRequest &form)
{
    const auto extracted = auth::extractClientCredentials(form.form, form.authorization);
    if (extracted.credentials)
        return extracted.credentials->clientId;
    return form.form.value(QStringLiteral("client_id"));
}

HttpResponse oauthFailure(const OAuthError &error, const auth::OAuthFormRequest &form)
{
    HttpResponse response = oauthErrorResponse(error);
    // RFC 6749 §5.2: a client that tried Basic authentication is told which scheme to use.
    if (error.status == 401 && form.authorization.toLower().startsWith("basic "))
        response.headers.set(QByteArrayLiteral("WWW-Authenticate"),
                             QByteArrayLiteral("Basic realm=\"multipass\""));
    return response;
}

HttpResponse token(OAuthService &service, const HttpRequest &request)
{
    const auth::OAuthFormRequest form = formRequest(request);
    const auth::TokenOutcome outcome = service.token(form);
    if (!outcome.ok()) {
        HttpResponse failure = oauthFailure(outcome.error, form);
        failure.client = clientForLog(form);
        return failure;
    }
    HttpResponse response = HttpResponse::json(outcome.response->toJsonBytes());
    response.headers.set(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.headers.set(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
    const QByteArray bearer = "Bearer " + outcome.response->accessToken.toUtf8();
    const auto identity = service.authenticate(bearer);
    response.principal = identity.identity.user.username;
    response.client = identity.ok() ? identity.identity.clientId : clientForLog(form);
    return response;
}

HttpResponse revoke(OAuthService &service, const HttpRequest &request)
{
    const auth::OAuthFormRequest form = formRequest(request);
    if (const auto error = service.revoke(form)) {
        HttpResponse failure = oauthFailure(*error, form);
        failure.client = clientForLog(form);
        return failure;
    }
    HttpResponse response; // RFC 7009 §2.2: 200, and the body is not used
    response.status = 200;
    response.headers.set(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.client = clientForLog(form);
    return response;
}

template <typename Respond>
HttpResponse withBearer(const OAuthService &service, const HttpRequest &request, Respond respond)
{
    const auth::BearerResult result = service.authenticate(request.header("Authorization"));
    if (!result.ok())
        return unauthorizedResponse(result);
    HttpResponse response = respond(result.identity);
    response.principal = result.identity.user.username;
    response.client = result.identity.clientId;
    return response;
}

} // namespace

void installOAuthRoutes(Router &router, OAuthService &service)
{
    router.add("GET", QStringLiteral("/multipass/api/oauth2/authorize"),
               [&service](const HttpRequest &request) {
                   const auto parameters =
                       auth::AuthorizeParameters::fromFields(lastValues(request.queryFields()));
                   HttpResponse response = renderAuthorizeOutcome(service.authorize(parameters));
                   response.client = parameters.clientId;
                   return response;
               });
    router.add("POST", QStringLiteral("/multipass/api/oauth2/authorize/callback"),
               [&service](const HttpRequest &request) {
                   if (request.contentType() != kFormContentType)
                       return renderAuthorizeOutcome(auth::AuthorizeOutcome::errorPage(
                           QStringLiteral("Invalid request"),
                           QStringLiteral("The sign-in form must be posted as "
                                          "application/x-www-form-urlencoded.")));
                   const QHash<QString, QString> fields = lastValues(request.formFields());
                   const auto parameters = auth::AuthorizeParameters::fromFields(fields);
                   const QString username = fields.value(QStringLiteral("username"));
                   const bool cancelled = fields.contains(QStringLiteral("cancel"));
                   HttpResponse response = renderAuthorizeOutcome(
                       service.authorizeCallback(parameters, username, cancelled));
                   response.client = parameters.clientId;
                   if (response.status == 302 && !cancelled)
                       response.principal = username;
                   return response;
               });
    router.add("POST", QStringLiteral("/multipass/api/oauth2/token"),
               [&service](const HttpRequest &request) { return token(service, request); });
    router.add("POST", QStringLiteral("/multipass/api/oauth2/revoke_token"),
               [&service](const HttpRequest &request) { return revoke(service, request); });
    router.add("GET", QStringLiteral("/multipass/api/me"), [&service](const HttpRequest &request) {
        return withBearer(service, request, [&service](const auth::BearerIdentity &identity) {
            const auth::MeInfo me = service.me(identity);
            return HttpResponse::json(QJsonObject{{QStringLiteral("id"), me.id},
                                                  {QStringLiteral("username"), me.username},
                                                  {QStringLiteral("displayName"), me.displayName}});
        });
    });
    router.add("GET", QStringLiteral("/multipass/api/token/ttl"),
               [&service](const HttpRequest &request) {
                   return withBearer(service, request,
                                     [&service](const auth::BearerIdentity &identity) {
                                         return HttpResponse::text(
                                             QString::number(service.ttlSeconds(identity)));
                                     });
               });
}

} // namespace foundry
