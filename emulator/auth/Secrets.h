#pragma once

#include <QByteArrayView>
#include <QString>

// Random credentials and their comparison. Nothing here logs or prints a value.
namespace foundry::auth::secrets {

// `foundry_` + 27 base64url characters: 160 random bits (the last character carries 4 of them).
QString newAccessToken();
// `foundry_refresh_` + 27 base64url characters.
QString newRefreshToken();
// 40 lower-case hex characters (160 random bits).
QString newAuthorizationCode();

// Compares in time that depends only on the lengths, never on where the contents differ, so
// that a client cannot guess a secret byte by byte from response times.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
bool constantTimeEquals(const QString &a, const QString &b); // compares the UTF-8 bytes

} // namespace foundry::auth::secrets
