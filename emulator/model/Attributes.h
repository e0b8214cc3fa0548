#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace foundry {

// One custom attribute of a user or group: a key with a list of values. Attributes keep the
// order they were written in, so a saved file reads like the one that was opened.
struct Attribute final
{
    QString key;
    QStringList values;

    friend bool operator==(const Attribute &a, const Attribute &b)
    {
        return a.key == b.key && a.values == b.values;
    }
    friend bool operator!=(const Attribute &a, const Attribute &b) { return !(a == b); }
};

using Attributes = QList<Attribute>;

} // namespace foundry
