#include "Scopes.h"

namespace foundry::auth::scopes {

QStringList parse(const QString &scope)
{
    QStringList result;
    const auto pieces = QStringView(scope).split(u' ', Qt::SkipEmptyParts);
    for (const QStringView piece : pieces) {
        const QString value = piece.toString();
        if (!result.contains(value))
            result.append(value);
    }
    return result;
}

QString join(const QStringList &scopes)
{
    return scopes.join(u' ');
}

bool isApiScope(const QString &scope)
{
    return scope.startsWith(u"api:");
}

} // namespace foundry::auth::scopes
