#pragma once

#include <QString>
#include <optional>

// RFC 7636 Proof Key for Code Exchange.
namespace foundry::auth::pkce {

enum class Method
{
    Plain,
    S256
};

// "S256" or "plain", exactly: the method name is case-sensitive (RFC 7636 §4.3), so "s256" is
// not a method and the authorize step refuses it with invalid_request. An empty name means
// "plain" (RFC 7636 §4.3: the default when a challenge comes without a method).
std::optional<Method> parseMethod(const QString &name);
QString methodName(Method method);

// S256: base64url(SHA-256(verifier)) without padding equals the challenge; plain: equal.
// Compared in constant time. An empty verifier never matches.
bool verify(Method method, const QString &challenge, const QString &verifier);

// The S256 challenge of a verifier (tests and clients of the emulator use it).
QString s256Challenge(const QString &verifier);

} // namespace foundry::auth::pkce
