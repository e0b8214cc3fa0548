#include "FormFields.h"

#include <QByteArray>

namespace foundry {

QString FormFields::decodeComponent(QByteArrayView encoded)
{
    // Most names and many values need no decoding: one conversion instead of three copies.
    if (!encoded.isEmpty() && !encoded.contains('+') && !encoded.contains('%'))
        return QString::fromUtf8(encoded);
    QByteArray bytes = encoded.toByteArray();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

FormFields FormFields::parse(QByteArrayView encoded)
{
    FormFields fields;
    qsizetype start = 0;
    while (start <= encoded.size()) {
        qsizetype end = encoded.indexOf('&', start);
        if (end < 0)
            end = encoded.size();
        const QByteArrayView pair = encoded.sliced(start, end - start);
        if (!pair.isEmpty()) {
            const qsizetype equals = pair.indexOf('=');
            if (equals < 0)
                fields.m_items.append({decodeComponent(pair), QString()});
            else
                fields.m_items.append({decodeComponent(pair.first(equals)),
                                       decodeComponent(pair.sliced(equals + 1))});
        }
        start = end + 1;
    }
    return fields;
}

bool FormFields::contains(const QString &name) const
{
    for (const Item &item : m_items) {
        if (item.first == name)
            return true;
    }
    return false;
}

QString FormFields::value(const QString &name, const QString &fallback) const
{
    for (auto it = m_items.crbegin(); it != m_items.crend(); ++it) {
        if (it->first == name)
            return it->second;
    }
    return fallback;
}

QStringList FormFields::values(const QString &name) const
{
    QStringList result;
    for (const Item &item : m_items) {
        if (item.first == name)
            result.append(item.second);
    }
    return result;
}

} // namespace foundry
