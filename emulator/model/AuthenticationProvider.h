#pragma once

#include "ExtraFields.h"

#include <QString>
#include <QStringList>

namespace foundry {

enum class ProviderProtocol { Saml, Oidc };

// `foundry.authentication_providers[]`. The SAML fields are used when protocol is Saml, the
// OIDC ones when it is Oidc.
struct AuthenticationProvider final
{
    QString rid;
    QString name;
    QString realm;
    bool enabled = true;
    QStringList supportedHosts;
    QStringList supportedUsernamePatterns;
    ProviderProtocol protocol = ProviderProtocol::Saml;
    // SAML service-provider metadata
    QString entityId;
    QString metadataUrl;
    QStringList acsUrls;
    QStringList logoutUrls;
    QStringList certificates;
    // OIDC
    QString issuer;
    QString oidcClientId;
    ExtraFields extras;
    ExtraFields protocolExtras; // unknown keys inside `protocol:`

    friend bool operator==(const AuthenticationProvider &a, const AuthenticationProvider &b);
    friend bool operator!=(const AuthenticationProvider &a, const AuthenticationProvider &b)
    {
        return !(a == b);
    }
};

} // namespace foundry
