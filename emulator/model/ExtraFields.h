#pragma once

#include <QList>
#include <QString>

namespace foundry {

// A key of the seed file that this program does not understand (or a block it does not support
// yet, such as `connections`). It is carried in the model so that saving never loses it, and
// written back after the known key it followed in the file.
struct ExtraField final
{
    QString key;
    QString yaml;     // the value, as a self-contained YAML document
    QString afterKey; // the key it followed in the source mapping; empty: it came first

    friend bool operator==(const ExtraField &a, const ExtraField &b)
    {
        return a.key == b.key && a.yaml == b.yaml && a.afterKey == b.afterKey;
    }
    friend bool operator!=(const ExtraField &a, const ExtraField &b) { return !(a == b); }
};

using ExtraFields = QList<ExtraField>;

} // namespace foundry
