#include "AuthorizeFlow.h"

#include "CodeStore.h"
#include "Directory.h"
#include "OAuthError.h"
#include "Pkce.h"
#include "RedirectUri.h"
#include "ScopePolicy.h"
#include "Scopes.h"

namespace foundry::auth {

AuthorizeParameters AuthorizeParameters::fromFields(const QHash<QString, QString> &fields)
{
    const auto field = [&fields](const char *name) {
        return fields.value(QString::fromLatin1(name));
    };
    return {
        field("client_id"), field("response_type"),  field("redirect_uri"),         field("scope"),
        field("state"),     field("code_challenge"), field("code_challenge_method")};
}

AuthorizeOutcome AuthorizeOutcome::errorPage(const QString &title, const QString &message)
{
    AuthorizeOutcome outcome;
    outcome.kind = Kind::ErrorPage;
    outcome.title = title;
    outcome.message = message;
    return outcome;
}

AuthorizeFlow::AuthorizeFlow(Directory &directory, CodeStore &codes)
    : m_directory(directory), m_codes(codes)
{
}

bool AuthorizeFlow::trust(const AuthorizeParameters &parameters, Trusted *trusted,
                          AuthorizeOutcome *failure) const
{
    const QString invalidRequest = QStringLiteral("Invalid request");
    if (parameters.clientId.isEmpty()) {
        *failure = AuthorizeOutcome::errorPage(
            invalidRequest,
            QStringLiteral("The request does not name an application (client_id)."));
        return false;
    }
    const auto client = resolveClient(m_directory, parameters.clientId);
    if (!client || !client->allowsGrant(grants::kAuthorizationCode)) {
        *failure = AuthorizeOutcome::errorPage(
            QStringLiteral("Application not found"),
            QStringLiteral("No enabled application with the client id \"%1\" may sign users in.")
                .arg(parameters.clientId));
        return false;
    }
    QString redirect = parameters.redirectUri;
    if (redirect.isEmpty() && !client->client.redirectUris.isEmpty())
        redirect = client->client.redirectUris.first();
    if (redirect.isEmpty()) {
        *failure = AuthorizeOutcome::errorPage(
            invalidRequest, QStringLiteral("The request has no redirect_uri and the application "
                                           "has no registered redirect URI."));
        return false;
    }
    const bool accepted = client->openMode
                              ? redirects::isAbsolute(redirect)
                              : redirects::matchesAny(client->client.redirectUris, redirect);
    if (!accepted) {
        *failure = AuthorizeOutcome::errorPage(
            QStringLiteral("Redirect URI mismatch"),
            QStringLiteral("The redirect URI \"%1\" is not registered for this application.")
                .arg(redirect));
        return false;
    }
    *trusted = Trusted{*client, redirect};
    return true;
}

AuthorizeOutcome AuthorizeFlow::errorRedirect(const Trusted &trusted,
                                              const AuthorizeParameters &parameters,
                                              const QString &error, const QString &description)
{
    QList<QPair<QString, QString>> query{{QStringLiteral("error"), error},
                                         {QStringLiteral("error_description"), description}};
    if (!parameters.state.isEmpty())
        query.append({QStringLiteral("state"), parameters.state});
    AuthorizeOutcome outcome;
    outcome.kind = AuthorizeOutcome::Kind::Redirect;
    outcome.location = redirects::withQueryParameters(trusted.redirectUri, query);
    outcome.error = error;
    outcome.errorDescription = description;
    return outcome;
}

bool AuthorizeFlow::checkRequest(const Trusted &trusted, const AuthorizeParameters &parameters,
                                 bool checkResponseType, AuthorizeOutcome *failure) const
{
    const auto fail = [&](QLatin1StringView error, const QString &description) {
        *failure = errorRedirect(trusted, parameters, QString(error), description);
        return false;
    };
    if (checkResponseType && parameters.responseType.isEmpty())
        return fail(errors::kInvalidRequest, QStringLiteral("response_type is required."));
    if (checkResponseType && parameters.responseType != u"code")
        return fail(errors::kUnsupportedResponseType,
                    QStringLiteral("Only response_type=code is supported."));
    const QString disallowed =
        scopes::firstDisallowed(trusted.client, scopes::parse(parameters.scope));
    if (!disallowed.isEmpty())
        return fail(
            errors::kInvalidScope,
            QStringLiteral("The application may not request the scope \"%1\".").arg(disallowed));
    if (!pkce::parseMethod(parameters.codeChallengeMethod))
        return fail(errors::kInvalidRequest,
                    QStringLiteral("code_challenge_method must be S256 or plain."));
    if (!parameters.codeChallengeMethod.isEmpty() && parameters.codeChallenge.isEmpty())
        return fail(errors::kInvalidRequest,
                    QStringLiteral("code_challenge_method was given without a code_challenge."));
    return true;
}

AuthorizeOutcome AuthorizeFlow::authorize(const AuthorizeParameters &parameters) const
{
    Trusted trusted;
    AuthorizeOutcome outcome;
    if (!trust(parameters, &trusted, &outcome) ||
        !checkRequest(trusted, parameters, true, &outcome))
        return outcome;
    outcome.kind = AuthorizeOutcome::Kind::SignIn;
    outcome.signIn.applicationName = trusted.client.client.effectiveName();
    outcome.signIn.scopes = scopes::parse(parameters.scope);
    const QList<User> users = m_directory.users();
    for (const User &user : users) {
        if (user.active && !user.isService())
            outcome.signIn.users.append(user);
    }
    outcome.signIn.parameters = parameters;
    outcome.signIn.parameters.redirectUri = trusted.redirectUri;
    return outcome;
}

AuthorizeOutcome AuthorizeFlow::callback(const AuthorizeParameters &parameters,
                                         const QString &username, bool cancelled)
{
    Trusted trusted;
    AuthorizeOutcome outcome;
    if (!trust(parameters, &trusted, &outcome) ||
        !checkRequest(trusted, parameters, false, &outcome))
        return outcome;
    if (cancelled)
        return errorRedirect(trusted, parameters, QString(errors::kAccessDenied),
                             QStringLiteral("The user cancelled the sign-in."));
    std::optional<User> user =
        username.isEmpty() ? std::nullopt : m_directory.userByUsername(username);
    if (!user || user->isService() || !user->active)
        return AuthorizeOutcome::errorPage(
            QStringLiteral("User not found"),
            QStringLiteral("No active user named \"%1\" can sign in.").arg(username));
    if (user->preregistered) {
        user->preregistered = false;
        m_directory.updateUser(*user);
    }

    AuthorizationCode code;
    code.clientId = trusted.client.client.clientId;
    code.redirectUri = trusted.redirectUri;
    code.scopes = scopes::parse(parameters.scope);
    code.userId = user->id;
    code.codeChallenge = parameters.codeChallenge;
    code.codeChallengeMethod = *pkce::parseMethod(parameters.codeChallengeMethod);
    const QString value = m_codes.issue(std::move(code));

    QList<QPair<QString, QString>> query{{QStringLiteral("code"), value}};
    if (!parameters.state.isEmpty())
        query.append({QStringLiteral("state"), parameters.state});
    outcome.kind = AuthorizeOutcome::Kind::Redirect;
    outcome.location = redirects::withQueryParameters(trusted.redirectUri, query);
    return outcome;
}

} // namespace foundry::auth
