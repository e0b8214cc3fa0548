#pragma once

#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace foundry {

// Decoded `application/x-www-form-urlencoded` data: a form body or a query string.
// Unlike QUrlQuery this decodes '+' as a space, as HTML forms and URLSearchParams encode it.
class FormFields final
{
public:
    using Item = QPair<QString, QString>;

    static FormFields parse(QByteArrayView encoded);
    static QString decodeComponent(QByteArrayView encoded); // '+' → space, then %XX, UTF-8

    bool contains(const QString &name) const;
    // The last occurrence wins (RFC 6749 clients may repeat a parameter; the spec says last wins).
    QString value(const QString &name, const QString &fallback = {}) const;
    QStringList values(const QString &name) const;
    const QList<Item> &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }

private:
    QList<Item> m_items;
};

} // namespace foundry
