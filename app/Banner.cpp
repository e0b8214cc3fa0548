#include "Banner.h"

namespace foundry {

QString startupBanner(const QUrl &url, const QList<FixedToken> &tokens, const QString &curlPath)
{
    const QString base = url.toString(QUrl::StripTrailingSlash);
    QString text = QStringLiteral("Foundry emulator listening on ") + base + u'\n';
    if (!tokens.isEmpty()) {
        text += QStringLiteral("Fixed tokens:\n");
        for (const FixedToken &token : tokens) {
            const QString scopes = token.scopes.isEmpty() ? QStringLiteral("(no scope)")
                                                          : token.scopes.join(u' ');
            text += QStringLiteral("  ") + token.token + QStringLiteral("  as ") + token.login +
                    QStringLiteral("  ") + scopes + u'\n';
        }
        text += QStringLiteral("Try: curl -H 'Authorization: Bearer ") + tokens.first().token +
                QStringLiteral("' ") + base + curlPath + u'\n';
    } else {
        text += QStringLiteral("Try: curl ") + base + curlPath + u'\n';
    }
    return text;
}

} // namespace foundry
