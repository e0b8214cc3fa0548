#pragma once

// Shared set-up of the auth unit tests: a Directory with a handful of clients and users, an
// OAuthService on a manual clock, and helpers that walk the authorize → token flow.

#include "Directory.h"
#include "OAuthService.h"
#include "Pkce.h"

#include <QUrl>
#include <QUrlQuery>
#include <memory>

namespace foundry::auth::testing {

inline const QString kSecret = QStringLiteral("s3cret");
inline const QString kConfidentialRedirect = QStringLiteral("http://localhost:8080/callback");
inline const QString kPublicRedirect = QStringLiteral("http://localhost:3000/auth/callback");
inline const QString kVerifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

inline OAuthClient makeClient(const QString &id, const QString &secret = kSecret,
                              const QStringList &redirects = {kConfidentialRedirect})
{
    OAuthClient client;
    client.clientId = id;
    client.clientSecret = secret;
    client.name = id + QStringLiteral(" name");
    client.redirectUris = redirects;
    return client;
}

inline User makeUser(const QString &username, bool active = true, bool service = false)
{
    User user;
    user.id = newUuid();
    user.username = username;
    user.displayName = username.toUpper();
    user.active = active;
    user.principalType = service ? PrincipalType::Service : PrincipalType::Human;
    return user;
}

// confidential, public (osdk), restricted, unrestricted-empty, cc-only, osdk-cc, disabled;
// users admin, alice, bob (inactive), svc-etl (service tied to "etl").
inline DirectoryState standardState()
{
    DirectoryState state = DirectoryState::withDefaults();
    state.oauthClients.append(makeClient(QStringLiteral("confidential")));
    OAuthClient pub = makeClient(QStringLiteral("public"), {}, {kPublicRedirect});
    pub.osdk = true;
    state.oauthClients.append(pub);
    OAuthClient restricted = makeClient(QStringLiteral("restricted"));
    restricted.allowedScopes = {QStringLiteral("api:admin-read"), QStringLiteral("api:admin-write"),
                                QStringLiteral("multipass:preregister-user")};
    restricted.scopeRestrictions = QStringList{QStringLiteral("api:admin-read")};
    state.oauthClients.append(restricted);
    OAuthClient emptyRestrictions = makeClient(QStringLiteral("no-scope"));
    emptyRestrictions.scopeRestrictions = QStringList{};
    state.oauthClients.append(emptyRestrictions);
    OAuthClient ccOnly = makeClient(QStringLiteral("cc-only"));
    ccOnly.grantTypes = {QStringLiteral("client_credentials")};
    state.oauthClients.append(ccOnly);
    OAuthClient osdkCc = makeClient(QStringLiteral("osdk-cc"));
    osdkCc.osdk = true;
    state.oauthClients.append(osdkCc);
    OAuthClient disabled = makeClient(QStringLiteral("disabled"));
    disabled.enabled = false;
    state.oauthClients.append(disabled);
    state.users.append(makeUser(QStringLiteral("alice")));
    state.users.append(makeUser(QStringLiteral("bob"), false));
    User etl = makeUser(QStringLiteral("svc-etl"), true, true);
    etl.oauthClientId = QStringLiteral("etl");
    state.users.append(etl);
    return state;
}

struct AuthFixture
{
    std::shared_ptr<ManualClock> clock = std::make_shared<ManualClock>();
    std::unique_ptr<Directory> directory;
    std::unique_ptr<OAuthService> service;

    explicit AuthFixture(DirectoryState state = standardState())
        : directory(std::make_unique<Directory>(std::move(state))),
          service(std::make_unique<OAuthService>(*directory, clock))
    {
    }

    QString userId(const QString &username) const
    {
        const auto user = directory->userByUsername(username);
        return user ? user->id : QString();
    }

    static QByteArray basic(const QString &id, const QString &secret)
    {
        const QByteArray raw = QUrl::toPercentEncoding(id) + ':' + QUrl::toPercentEncoding(secret);
        return "Basic " + raw.toBase64();
    }

    // Signs `username` in through the callback and returns the code (empty on failure).
    QString signIn(const QString &clientId, const QString &redirect, const QString &scope,
                   const QString &username = QStringLiteral("alice"), const QString &challenge = {},
                   const QString &method = {})
    {
        AuthorizeParameters p{clientId, QStringLiteral("code"), redirect,
                              scope,    QStringLiteral("xyz"),  challenge,
                              method};
        const AuthorizeOutcome outcome = service->authorizeCallback(p, username, false);
        if (outcome.kind != AuthorizeOutcome::Kind::Redirect || !outcome.error.isEmpty())
            return {};
        return QUrlQuery(QUrl(outcome.location).query()).queryItemValue(QStringLiteral("code"));
    }

    QString signInWithPkce(const QString &clientId, const QString &redirect, const QString &scope)
    {
        return signIn(clientId, redirect, scope, QStringLiteral("alice"),
                      pkce::s256Challenge(kVerifier), QStringLiteral("S256"));
    }

    TokenOutcome token(const QList<QPair<QString, QString>> &form,
                       const QByteArray &authorization = {}, bool formEncoded = true)
    {
        OAuthFormRequest request;
        request.formUrlEncoded = formEncoded;
        for (const auto &[name, value] : form)
            request.form.insert(name, value);
        request.authorization = authorization;
        return service->token(request);
    }

    // Code + confidential secret (or public + PKCE) → tokens.
    TokenOutcome exchange(const QString &code, const QString &clientId, const QString &secret,
                          const QString &verifier = {})
    {
        QList<QPair<QString, QString>> form{
            {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
            {QStringLiteral("code"), code},
            {QStringLiteral("client_id"), clientId}};
        if (!secret.isEmpty())
            form.append({QStringLiteral("client_secret"), secret});
        if (!verifier.isEmpty())
            form.append({QStringLiteral("code_verifier"), verifier});
        return token(form);
    }

    TokenOutcome refresh(const QString &refreshToken, const QString &clientId,
                         const QString &secret = {}, const QString &scope = {})
    {
        QList<QPair<QString, QString>> form{
            {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
            {QStringLiteral("refresh_token"), refreshToken},
            {QStringLiteral("client_id"), clientId}};
        if (!secret.isEmpty())
            form.append({QStringLiteral("client_secret"), secret});
        if (!scope.isEmpty())
            form.append({QStringLiteral("scope"), scope});
        return token(form);
    }

    BearerResult bearer(const QString &token) const
    {
        return service->authenticate(QByteArray("Bearer " + token.toLatin1()));
    }
};

} // namespace foundry::auth::testing
