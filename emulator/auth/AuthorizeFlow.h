#pragma once

#include "ClientAuthentication.h"
#include "User.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace foundry {
class Directory;
}

namespace foundry::auth {

class CodeStore;

// The parameters of GET /multipass/api/oauth2/authorize (query) and of its callback (form).
// Empty means absent.
struct AuthorizeParameters final
{
    QString clientId;
    QString responseType;
    QString redirectUri;
    QString scope;
    QString state;
    QString codeChallenge;
    QString codeChallengeMethod;

    // From decoded query or form fields (client_id, response_type, redirect_uri, ...).
    static AuthorizeParameters fromFields(const QHash<QString, QString> &fields);
};

// What the sign-in page shows, and what each of its buttons posts back.
struct SignInPage final
{
    QString applicationName;
    QStringList scopes; // as requested, for display
    QList<User> users;  // eligible: active humans, in model order (may be empty)
    // To echo in the form as hidden fields; redirectUri is the effective one (given, or the
    // client's first registered URI).
    AuthorizeParameters parameters;
};

struct AuthorizeOutcome final
{
    enum class Kind
    {
        ErrorPage, // 400 HTML page: title + message; never a redirect
        Redirect,  // 302 to location: an error (error non-empty) or, from the callback, a code
        SignIn,    // 200 HTML sign-in page
    };

    Kind kind = Kind::ErrorPage;
    QString title;            // ErrorPage
    QString message;          // ErrorPage
    QString location;         // Redirect: fully encoded URL for the Location header
    QString error;            // Redirect with an error: the `error` parameter
    QString errorDescription; // Redirect with an error
    SignInPage signIn;        // SignIn

    static AuthorizeOutcome errorPage(const QString &title, const QString &message);
};

// The decisions of the authorize endpoint and its callback (spec/api-oauth.md), in the spec's
// order of checks. No HTTP here: the routes render the outcome.
class AuthorizeFlow final
{
public:
    AuthorizeFlow(Directory &directory, CodeStore &codes);

    // Checks 1–6; success is the sign-in page.
    AuthorizeOutcome authorize(const AuthorizeParameters &parameters) const;
    // Checks 1–3 and 5–7, then the user (exists, human, active); success issues a code and
    // redirects to the redirect URI with `code` (and `state` when non-empty), never `iss`.
    // A first sign-in clears the user's `preregistered` mark.
    AuthorizeOutcome callback(const AuthorizeParameters &parameters, const QString &username,
                              bool cancelled);

private:
    struct Trusted
    {
        ResolvedClient client;
        QString redirectUri;
    };
    // Checks 1–3: the client and the redirect URI. On failure `failure` is the error page.
    bool trust(const AuthorizeParameters &parameters, Trusted *trusted,
               AuthorizeOutcome *failure) const;
    // Checks 5–6 (and 4 when checkResponseType); an error redirect on failure.
    bool checkRequest(const Trusted &trusted, const AuthorizeParameters &parameters,
                      bool checkResponseType, AuthorizeOutcome *failure) const;
    static AuthorizeOutcome errorRedirect(const Trusted &trusted,
                                          const AuthorizeParameters &parameters,
                                          const QString &error, const QString &description);

    Directory &m_directory;
    CodeStore &m_codes;
};

} // namespace foundry::auth
