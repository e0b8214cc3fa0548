#include "Pkce.h"

#include "Secrets.h"

#include <QCryptographicHash>

namespace foundry::auth::pkce {

std::optional<Method> parseMethod(const QString &name)
{
    if (name.isEmpty() || name == u"plain")
        return Method::Plain;
    if (name == u"S256")
        return Method::S256;
    return std::nullopt;
}

QString methodName(Method method)
{
    return method == Method::S256 ? QStringLiteral("S256") : QStringLiteral("plain");
}

QString s256Challenge(const QString &verifier)
{
    // The verifier is ASCII by definition (RFC 7636 §4.1); other input is hashed as UTF-8.
    const QByteArray digest =
        QCryptographicHash::hash(verifier.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool verify(Method method, const QString &challenge, const QString &verifier)
{
    if (verifier.isEmpty() || challenge.isEmpty())
        return false;
    const QString expected = method == Method::S256 ? s256Challenge(verifier) : verifier;
    return secrets::constantTimeEquals(expected, challenge);
}

} // namespace foundry::auth::pkce
