#include "JsonBody.h"

#include "AdminErrors.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace foundry::admin {
namespace {

bool readDocument(const HttpRequest &request, QJsonDocument *document, bool *present,
                  HttpResponse *error)
{
    *present = !request.body.trimmed().isEmpty();
    if (!*present)
        return true;
    const QByteArray type = request.contentType();
    if (!type.isEmpty() && type != "application/json") {
        *error = unsupportedMediaType();
        return false;
    }
    QJsonParseError parseError;
    *document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = invalidArgument(QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                                     .arg(parseError.errorString())
                                     .arg(parseError.offset));
        return false;
    }
    return true;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

} // namespace

bool parseObject(const HttpRequest &request, QJsonObject *object, HttpResponse *error)
{
    QJsonDocument document;
    bool present = false;
    if (!readDocument(request, &document, &present, error))
        return false;
    if (!present) {
        *object = {};
        return true;
    }
    if (!document.isObject()) {
        *error = invalidArgument(QStringLiteral("The body must be a JSON object."));
        return false;
    }
    *object = document.object();
    return true;
}

bool parseArray(const HttpRequest &request, QJsonArray *array, bool *present, HttpResponse *error)
{
    QJsonDocument document;
    if (!readDocument(request, &document, present, error))
        return false;
    if (!*present)
        return true;
    if (!document.isArray()) {
        *error = invalidArgument(QStringLiteral("The body must be a JSON array."));
        return false;
    }
    *array = document.array();
    return true;
}

FieldReader::FieldReader(const QJsonObject &object, QString path)
    : m_object(object), m_path(std::move(path))
{
}

QString FieldReader::fieldPath(const char *name) const
{
    const QString field = QString::fromLatin1(name);
    return m_path.isEmpty() ? field : m_path + u'.' + field;
}

bool FieldReader::fail(const char *name, const QString &problem)
{
    if (m_error.isEmpty())
        m_error = fieldPath(name) + QStringLiteral(": ") + problem;
    return false;
}

HttpResponse FieldReader::error() const
{
    return invalidArgument(m_error);
}

bool FieldReader::requiredString(const char *name, QString *out)
{
    const QJsonValue value = m_object.value(QLatin1StringView(name));
    if (value.isUndefined() || value.isNull())
        return fail(name, QStringLiteral("is required"));
    return optionalString(name, out);
}

bool FieldReader::optionalString(const char *name, QString *out)
{
    const QJsonValue value = m_object.value(QLatin1StringView(name));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return fail(name, QStringLiteral("expected a string, got ") + typeName(value));
    *out = value.toString();
    return true;
}

bool FieldReader::requiredStringList(const char *name, QStringList *out)
{
    const QJsonValue value = m_object.value(QLatin1StringView(name));
    if (value.isUndefined() || value.isNull())
        return fail(name, QStringLiteral("is required"));
    return optionalStringList(name, out);
}

bool FieldReader::optionalStringList(const char *name, QStringList *out)
{
    const QJsonValue value = m_object.value(QLatin1StringView(name));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return fail(name, QStringLiteral("expected a list of strings, got ") + typeName(value));
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return fail(name, QStringLiteral("expected a list of strings, found ") +
                                  typeName(item));
        list.append(item.toString());
    }
    *out = list;
    return true;
}

bool FieldReader::optionalAttributes(const char *name, Attributes *out)
{
    const QJsonValue value = m_object.value(QLatin1StringView(name));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject())
        return fail(name, QStringLiteral("expected an object of string lists, got ") +
                              typeName(value));
    Attributes attributes;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isArray())
            return fail(name, QStringLiteral("the value of \"%1\" must be a list of strings")
                                  .arg(it.key()));
        QStringList values;
        const QJsonArray array = it.value().toArray();
        for (const QJsonValue &item : array) {
            if (!item.isString())
                return fail(name, QStringLiteral("the value of \"%1\" must be a list of strings")
                                      .arg(it.key()));
            values.append(item.toString());
        }
        attributes.append({it.key(), values});
    }
    *out = attributes;
    return true;
}

bool FieldReader::optionalInt(const char *name, std::optional<qint64> *out)
{
    const QJsonValue value = m_object.value(QLatin1StringView(name));
    if (value.isUndefined() || value.isNull())
        return true;
    const double number = value.toDouble();
    if (!value.isDouble() || number != double(qint64(number)))
        return fail(name, QStringLiteral("expected a whole number, got ") + typeName(value));
    *out = qint64(number);
    return true;
}

} // namespace foundry::admin
