#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Redirect URIs of the authorize step.
namespace foundry::auth::redirects {

// An absolute URI: a scheme, and a host for http and https. Open mode accepts any such URI.
bool isAbsolute(const QString &uri);

// Whether `given` names the `registered` redirect URI: scheme and host case-insensitive, the
// scheme's default port dropped, paths compared without trailing slashes, query and fragment
// ignored (as the existing emulators do). The code exchange later compares raw strings.
bool matches(const QString &registered, const QString &given);
bool matchesAny(const QStringList &registered, const QString &given);

// The URI with its own query kept, `parameters` appended (percent-encoded, empty values
// included) and the fragment dropped (RFC 6749 §3.1.2 forbids one).
QString withQueryParameters(const QString &uri, const QList<QPair<QString, QString>> &parameters);

} // namespace foundry::auth::redirects
