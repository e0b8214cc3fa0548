#include "Secrets.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <array>

namespace foundry::auth::secrets {
namespace {

// 160 bits from the operating system's cryptographic source.
QByteArray random160Bits()
{
    std::array<quint32, 5> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.data()), int(sizeof(words)));
}

QString base64Url160()
{
    // 20 bytes encode to 27 base64url characters without padding.
    return QString::fromLatin1(
        random160Bits().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QString newAccessToken()
{
    return QStringLiteral("foundry_") + base64Url160();
}

QString newRefreshToken()
{
    return QStringLiteral("foundry_refresh_") + base64Url160();
}

QString newAuthorizationCode()
{
    return QString::fromLatin1(random160Bits().toHex());
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    // Walk the longer input whole, so the time depends on the lengths only; a length mismatch
    // is folded into the same accumulator instead of returning early.
    const qsizetype length = qMax(a.size(), b.size());
    quint32 difference = a.size() == b.size() ? 0u : 1u;
    for (qsizetype i = 0; i < length; ++i) {
        const auto x = i < a.size() ? quint8(a[i]) : quint8(0);
        const auto y = i < b.size() ? quint8(b[i]) : quint8(0);
        difference |= quint32(x ^ y);
    }
    // volatile keeps the compiler from turning the loop into an early-exit comparison.
    volatile quint32 result = difference;
    return result == 0;
}

bool constantTimeEquals(const QString &a, const QString &b)
{
    return constantTimeEquals(QByteArrayView(a.toUtf8()), QByteArrayView(b.toUtf8()));
}

} // namespace foundry::auth::secrets
