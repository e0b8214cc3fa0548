#include "SignInPageRenderer.h"

#include "HtmlTemplate.h"

namespace foundry {
namespace {

using auth::AuthorizeOutcome;
using auth::AuthorizeParameters;

const HtmlTemplate &signInTemplate()
{
    static const HtmlTemplate page(QStringLiteral(":/foundry/http/sign-in.html"));
    return page;
}

const HtmlTemplate &errorTemplate()
{
    static const HtmlTemplate page(QStringLiteral(":/foundry/http/error.html"));
    return page;
}

QString hiddenField(const char *name, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<input type=\"hidden\" name=\"") + QLatin1StringView(name) +
           QStringLiteral("\" value=\"") + HtmlTemplate::html(value) + QStringLiteral("\">\n");
}

QString hiddenFields(const AuthorizeParameters &p)
{
    return hiddenField("client_id", p.clientId) + hiddenField("response_type", p.responseType) +
           hiddenField("redirect_uri", p.redirectUri) + hiddenField("scope", p.scope) +
           hiddenField("state", p.state) + hiddenField("code_challenge", p.codeChallenge) +
           hiddenField("code_challenge_method", p.codeChallengeMethod);
}

QString scopeList(const QStringList &scopes)
{
    if (scopes.isEmpty())
        return QStringLiteral("<p class=\"lead\">It asks for no scopes.</p>");
    QString list = QStringLiteral("<p class=\"lead\">It asks for these scopes:</p>\n"
                                  "<ul class=\"scopes\" id=\"scopes\">");
    for (const QString &scope : scopes)
        list += QStringLiteral("<li>") + HtmlTemplate::html(scope) + QStringLiteral("</li>");
    return list + QStringLiteral("</ul>");
}

QString userButton(const User &user)
{
    const QString name = user.effectiveDisplayName();
    const QString initial = name.isEmpty() ? QStringLiteral("?") : name.left(1).toUpper();
    QString details = user.username;
    if (!user.email.isEmpty() && user.email.compare(user.username, Qt::CaseInsensitive) != 0)
        details += QStringLiteral(" · ") + user.email;
    const QString username = HtmlTemplate::html(user.username);
    return QStringLiteral("<button type=\"submit\" class=\"user\" name=\"username\" value=\"") +
           username + QStringLiteral("\" data-username=\"") + username +
           QStringLiteral("\"><span class=\"avatar\" aria-hidden=\"true\">") +
           HtmlTemplate::html(initial) + QStringLiteral("</span><span class=\"who\"><strong>") +
           HtmlTemplate::html(name) + QStringLiteral("</strong><span>") +
           HtmlTemplate::html(details) + QStringLiteral("</span></span></button>\n");
}

HttpResponse withPageHeaders(HttpResponse response)
{
    // The page must not be cached or framed by another site; it loads nothing from elsewhere.
    // No form-action: browsers apply it to the redirect that follows the post, which goes to
    // the application's own origin.
    response.headers.set(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.headers.set(QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY"));
    response.headers.set(QByteArrayLiteral("Content-Security-Policy"),
                         QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; "
                                           "frame-ancestors 'none'"));
    return response;
}

HttpResponse errorPage(const QString &title, const QString &message)
{
    const QString html = errorTemplate().render(
        {{QStringLiteral("title"), HtmlTemplate::html(title)},
         {QStringLiteral("message"), HtmlTemplate::html(message)}});
    return withPageHeaders(HttpResponse::html(html, 400));
}

} // namespace

HttpResponse renderAuthorizeOutcome(const AuthorizeOutcome &outcome)
{
    switch (outcome.kind) {
    case AuthorizeOutcome::Kind::ErrorPage:
        return errorPage(outcome.title, outcome.message);
    case AuthorizeOutcome::Kind::Redirect: {
        HttpResponse response;
        response.status = 302;
        response.headers.set(QByteArrayLiteral("Location"), outcome.location.toUtf8());
        response.headers.set(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        return response;
    }
    case AuthorizeOutcome::Kind::SignIn:
        break;
    }
    const auto &signIn = outcome.signIn;
    QString users;
    for (const User &user : signIn.users)
        users += userButton(user);
    if (users.isEmpty())
        users = QStringLiteral("<p class=\"empty\" id=\"no-users\">No active person can sign in: "
                               "every human user is deactivated or none exists.</p>");
    const QString html = signInTemplate().render(
        {{QStringLiteral("application"), HtmlTemplate::html(signIn.applicationName)},
         {QStringLiteral("scopes"), scopeList(signIn.scopes)},
         {QStringLiteral("hidden"), hiddenFields(signIn.parameters)},
         {QStringLiteral("users"), users}});
    return withPageHeaders(HttpResponse::html(html, 200));
}

} // namespace foundry
