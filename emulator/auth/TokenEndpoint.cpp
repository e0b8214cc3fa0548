#include "TokenEndpoint.h"

#include "BearerAuthenticator.h"
#include "Directory.h"
#include "Scopes.h"
#include "TokenStore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace foundry::auth {

QJsonObject TokenResponse::toJson() const
{
    QJsonObject body{{QStringLiteral("access_token"), accessToken},
                     {QStringLiteral("token_type"), tokenType},
                     {QStringLiteral("expires_in"), expiresIn}};
    if (!scopes.isEmpty())
        body.insert(QStringLiteral("scope"), scopes::join(scopes));
    if (!refreshToken.isEmpty())
        body.insert(QStringLiteral("refresh_token"), refreshToken);
    return body;
}

namespace {

// A JSON string; plain printable ASCII (every generated token, every catalog scope) is copied,
// anything else is escaped by QJsonDocument so that the escaping stays exactly Qt's.
void appendJsonString(QByteArray &out, const QString &text)
{
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
    });
    if (plain) {
        out.append('"').append(text.toLatin1()).append('"');
        return;
    }
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    out.append(QByteArrayView(array).sliced(1, array.size() - 2)); // without [ ]
}

} // namespace

QByteArray TokenResponse::toJsonBytes() const
{
    QByteArray out;
    out.reserve(160 + accessToken.size() + refreshToken.size());
    out.append("{\"access_token\":");
    appendJsonString(out, accessToken);
    out.append(",\"expires_in\":").append(QByteArray::number(expiresIn));
    if (!refreshToken.isEmpty()) {
        out.append(",\"refresh_token\":");
        appendJsonString(out, refreshToken);
    }
    if (!scopes.isEmpty()) {
        out.append(",\"scope\":");
        appendJsonString(out, scopes::join(scopes));
    }
    out.append(",\"token_type\":");
    appendJsonString(out, tokenType);
    out.append('}');
    return out;
}

TokenEndpoint::TokenEndpoint(Directory &directory, CodeStore &codes, TokenStore &tokens)
    : m_directory(directory), m_codes(codes), m_tokens(tokens)
{
}

TokenOutcome TokenEndpoint::exchange(const OAuthFormRequest &request)
{
    if (!request.formUrlEncoded)
        return TokenOutcome::failure(OAuthError::invalidRequest(
            QStringLiteral("The body must be application/x-www-form-urlencoded.")));
    const CredentialsResult credentials =
        extractClientCredentials(request.form, request.authorization);
    if (!credentials.credentials)
        return TokenOutcome::failure(credentials.error);

    const QString grantType = request.form.value(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return TokenOutcome::failure(
            OAuthError::invalidRequest(QStringLiteral("grant_type is required.")));
    if (grantType == grants::kAuthorizationCode)
        return authorizationCode(request, *credentials.credentials);
    if (grantType == grants::kRefreshToken)
        return refreshToken(request, *credentials.credentials);
    if (grantType == grants::kClientCredentials)
        return clientCredentials(request, *credentials.credentials);
    return TokenOutcome::failure(OAuthError::unsupportedGrantType(
        QStringLiteral("The grant type \"%1\" is not supported.").arg(grantType)));
}

std::optional<OAuthError> TokenEndpoint::authenticate(const ClientCredentials &credentials,
                                                      QLatin1StringView grant,
                                                      ResolvedClient *client) const
{
    const auto resolved = resolveClient(m_directory, credentials.clientId);
    if (!resolved || !resolved->allowsGrant(grant))
        return OAuthError::invalidClient(
            QStringLiteral("Unknown or disabled client, or the client may not use this grant."));
    if (!credentials.secret.isEmpty() && !resolved->secretMatches(credentials.secret))
        return OAuthError::invalidClient(QStringLiteral("Client authentication failed."));
    *client = *resolved;
    return std::nullopt;
}

TokenResponse TokenEndpoint::responseFor(const IssuedTokens &issued)
{
    TokenResponse response;
    response.accessToken = issued.accessToken;
    response.expiresIn = issued.expiresAtMsecs
                             ? (*issued.expiresAtMsecs - issued.issuedAtMsecs) / 1000
                             : kNeverExpiresSeconds;
    response.scopes = issued.scopes;
    response.refreshToken = issued.refreshToken;
    return response;
}

} // namespace foundry::auth
