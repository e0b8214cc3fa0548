#include "ClientAuthentication.h"

#include "Directory.h"
#include "Secrets.h"

#include <QUrl>

namespace foundry::auth {
namespace {

struct BasicCredentials
{
    bool present = false;
    bool valid = false;
    QString clientId;
    QString secret;
};

BasicCredentials parseBasic(QByteArrayView header)
{
    BasicCredentials basic;
    const QByteArrayView trimmed = header.trimmed();
    constexpr QByteArrayView scheme("basic");
    if (trimmed.size() < scheme.size() ||
        trimmed.first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0 ||
        (trimmed.size() > scheme.size() && trimmed.at(scheme.size()) != ' '))
        return basic; // another scheme (or none): not client authentication
    basic.present = true;
    const auto decoded =
        QByteArray::fromBase64Encoding(trimmed.sliced(scheme.size()).trimmed().toByteArray(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
    if (colon < 0)
        return basic;
    basic.clientId = decodeFormComponent(QByteArrayView(decoded.decoded).first(colon));
    basic.secret = decodeFormComponent(QByteArrayView(decoded.decoded).sliced(colon + 1));
    basic.valid = !basic.clientId.isEmpty();
    return basic;
}

} // namespace

QString decodeFormComponent(QByteArrayView encoded)
{
    QByteArray bytes = encoded.toByteArray();
    bytes.replace('+', ' ');
    return QUrl::fromPercentEncoding(bytes);
}

CredentialsResult extractClientCredentials(const FormParameters &form,
                                           QByteArrayView authorizationHeader)
{
    const BasicCredentials basic = parseBasic(authorizationHeader);
    if (basic.present && !basic.valid)
        return {std::nullopt, OAuthError::invalidClient(QStringLiteral(
                                  "The HTTP Basic client credentials are malformed."))};
    const QString formId = form.value(QStringLiteral("client_id"));
    const QString formSecret = form.value(QStringLiteral("client_secret"));
    if (basic.present && !formId.isEmpty() && formId != basic.clientId)
        return {
            std::nullopt,
            OAuthError::invalidRequest(QStringLiteral(
                "The client_id in the body differs from the one in the Authorization header."))};
    if (basic.present) {
        const QString secret = basic.secret.isEmpty() ? formSecret : basic.secret;
        return {ClientCredentials{basic.clientId, secret, true}, {}};
    }
    if (formId.isEmpty())
        return {std::nullopt, OAuthError::invalidRequest(QStringLiteral("client_id is required."))};
    return {ClientCredentials{formId, formSecret, false}, {}};
}

bool ResolvedClient::secretMatches(const QString &secret) const
{
    if (openMode)
        return true;
    if (!client.isConfidential())
        return secret.isEmpty();
    return secrets::constantTimeEquals(secret, client.clientSecret);
}

std::optional<ResolvedClient> resolveClient(const Directory &directory, const QString &clientId)
{
    if (clientId.isEmpty())
        return std::nullopt;
    if (const auto client = directory.oauthClient(clientId)) {
        if (!client->enabled)
            return std::nullopt;
        return ResolvedClient{*client, false};
    }
    if (directory.oauthClientCount() > 0)
        return std::nullopt;
    OAuthClient standIn;
    standIn.clientId = clientId;
    return ResolvedClient{standIn, true};
}

} // namespace foundry::auth
