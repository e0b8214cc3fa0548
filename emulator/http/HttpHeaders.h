#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QPair>

namespace foundry {

// An ordered list of HTTP header fields. Lookup ignores the case of names, as HTTP requires;
// duplicates are kept (value() answers the first, values() all of them).
class HttpHeaders final
{
public:
    using Field = QPair<QByteArray, QByteArray>;

    bool contains(QByteArrayView name) const;
    QByteArray value(QByteArrayView name, const QByteArray &fallback = {}) const;
    QByteArrayList values(QByteArrayView name) const;

    void add(const QByteArray &name, const QByteArray &value);
    // Replaces every field of that name with one field (appended when absent).
    void set(const QByteArray &name, const QByteArray &value);
    void remove(QByteArrayView name);
    void reserve(qsizetype fields) { m_fields.reserve(fields); }

    const QList<Field> &fields() const { return m_fields; }
    qsizetype size() const { return m_fields.size(); }
    bool isEmpty() const { return m_fields.isEmpty(); }

private:
    QList<Field> m_fields;
};

} // namespace foundry
