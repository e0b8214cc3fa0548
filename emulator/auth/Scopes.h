#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

// Scope strings as OAuth carries them: space-separated tokens (RFC 6749 §3.3).
namespace foundry::auth::scopes {

inline constexpr QLatin1StringView kOfflineAccess{"offline_access"};

// Splits on spaces, drops empty pieces and repeats, keeps the first-seen order.
QStringList parse(const QString &scope);
QString join(const QStringList &scopes); // single spaces
bool isApiScope(const QString &scope);   // "api:..."

} // namespace foundry::auth::scopes
