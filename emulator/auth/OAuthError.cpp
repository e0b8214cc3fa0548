#include "OAuthError.h"

namespace foundry::auth {

OAuthError OAuthError::invalidRequest(const QString &description)
{
    return {400, QString(errors::kInvalidRequest), description};
}

OAuthError OAuthError::invalidClient(const QString &description)
{
    return {401, QString(errors::kInvalidClient), description};
}

OAuthError OAuthError::invalidGrant(const QString &description)
{
    return {400, QString(errors::kInvalidGrant), description};
}

OAuthError OAuthError::invalidScope(const QString &description)
{
    return {400, QString(errors::kInvalidScope), description};
}

OAuthError OAuthError::unsupportedGrantType(const QString &description)
{
    return {400, QString(errors::kUnsupportedGrantType), description};
}

QJsonObject OAuthError::toJson() const
{
    QJsonObject body{{QStringLiteral("error"), error}};
    if (!description.isEmpty())
        body.insert(QStringLiteral("error_description"), description);
    return body;
}

} // namespace foundry::auth
