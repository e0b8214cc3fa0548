#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace foundry::detail {

template <typename T>
std::optional<T> lookup(const QHash<QString, qsizetype> &index, const QList<T> &list,
                        const QString &key)
{
    const auto it = index.constFind(key);
    if (it == index.constEnd())
        return std::nullopt;
    return list.at(*it);
}

inline bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace foundry::detail
