#pragma once

#include "OAuthClient.h"
#include "OAuthError.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <optional>

namespace foundry {
class Directory;
}

namespace foundry::auth {

// The form parameters of a token or revocation request, already decoded; last value wins.
using FormParameters = QHash<QString, QString>;

// The client credentials a request carried, from HTTP Basic and/or the form body.
struct ClientCredentials final
{
    QString clientId;
    QString secret; // empty: none sent
    bool fromBasic = false;
};

struct CredentialsResult final
{
    std::optional<ClientCredentials> credentials;
    OAuthError error; // when credentials is empty
};

// RFC 6749 §2.3.1. Basic carries base64(urlencoded id ":" urlencoded secret); the form carries
// client_id and client_secret. Both at once with different ids → 400 invalid_request; no id at
// all → 400 invalid_request; an undecodable Basic value → 401 invalid_client. With both, the
// Basic secret is used unless it is empty. Other Authorization schemes are ignored.
CredentialsResult extractClientCredentials(const FormParameters &form,
                                           QByteArrayView authorizationHeader);

// Decodes one `application/x-www-form-urlencoded` component: '+' is a space, then %XX, UTF-8.
QString decodeFormComponent(QByteArrayView encoded);

// A client as the OAuth endpoints see it. In open mode (the Directory has no clients at all)
// every client id is accepted as a stand-in client with every grant and no secret check.
struct ResolvedClient final
{
    OAuthClient client;
    bool openMode = false;

    bool allowsGrant(QLatin1StringView grant) const
    {
        return openMode || client.grantTypes.contains(grant);
    }
    bool isConfidential() const { return !openMode && client.isConfidential(); }
    // Constant-time comparison with the registered secret. A public client has no secret, so
    // any non-empty secret sent to it is wrong. Open mode accepts every secret.
    bool secretMatches(const QString &secret) const;
};

// Unknown and disabled clients are both "no such client".
std::optional<ResolvedClient> resolveClient(const Directory &directory, const QString &clientId);

} // namespace foundry::auth
