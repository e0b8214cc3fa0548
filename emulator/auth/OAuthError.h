#pragma once

#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>

namespace foundry::auth {

// The RFC 6749 §5.2 error codes the token and revocation endpoints answer with.
namespace errors {
inline constexpr QLatin1StringView kInvalidRequest{"invalid_request"};
inline constexpr QLatin1StringView kInvalidClient{"invalid_client"};
inline constexpr QLatin1StringView kInvalidGrant{"invalid_grant"};
inline constexpr QLatin1StringView kInvalidScope{"invalid_scope"};
inline constexpr QLatin1StringView kUnsupportedGrantType{"unsupported_grant_type"};
inline constexpr QLatin1StringView kUnsupportedResponseType{"unsupported_response_type"};
inline constexpr QLatin1StringView kAccessDenied{"access_denied"};
} // namespace errors

// A token- or revocation-endpoint failure as a value: HTTP status, `error`, `error_description`.
// (The HTTP layer's own foundry::OAuthError has the same three fields.)
struct OAuthError final
{
    int status = 400;
    QString error;
    QString description;

    static OAuthError invalidRequest(const QString &description);
    static OAuthError invalidClient(const QString &description); // 401
    static OAuthError invalidGrant(const QString &description);
    static OAuthError invalidScope(const QString &description);
    static OAuthError unsupportedGrantType(const QString &description);

    // {"error", "error_description"}; the description is left out when empty.
    QJsonObject toJson() const;

    friend bool operator==(const OAuthError &a, const OAuthError &b)
    {
        return a.status == b.status && a.error == b.error && a.description == b.description;
    }
};

} // namespace foundry::auth
