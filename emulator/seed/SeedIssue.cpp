#include "SeedIssue.h"

namespace foundry {

QString SeedIssue::toString() const
{
    QString text = file;
    if (line > 0) {
        text += u':' + QString::number(line);
        if (column > 0)
            text += u':' + QString::number(column);
    }
    if (!text.isEmpty())
        text += QLatin1StringView(": ");
    if (!keyPath.isEmpty())
        text += keyPath + QLatin1StringView(": ");
    return text + message;
}

} // namespace foundry
