#pragma once

#include "HttpRequest.h"
#include "Attributes.h"
#include "HttpResponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace foundry::admin {

// Reads a JSON request body. On failure `error` holds the answer to send (415 for another
// content type, 400 Conjure:InvalidArgument for malformed JSON or the wrong top-level type).
// An empty body reads as an empty object (or an absent array: see parseArray).
bool parseObject(const HttpRequest &request, QJsonObject *object, HttpResponse *error);
// `present` is false for an empty body, so callers can answer MissingBatchRequest.
bool parseArray(const HttpRequest &request, QJsonArray *array, bool *present, HttpResponse *error);

// Typed reads of one field that name the field in their error message. A missing optional
// field leaves the output untouched and succeeds.
class FieldReader final
{
public:
    explicit FieldReader(const QJsonObject &object, QString path = {});

    bool requiredString(const char *name, QString *out);
    bool optionalString(const char *name, QString *out);
    bool requiredStringList(const char *name, QStringList *out);
    bool optionalStringList(const char *name, QStringList *out);
    bool optionalAttributes(const char *name, Attributes *out);
    bool optionalInt(const char *name, std::optional<qint64> *out);

    bool ok() const { return m_error.isEmpty(); }
    // 400 Conjure:InvalidArgument for the first problem found.
    HttpResponse error() const;

private:
    bool fail(const char *name, const QString &problem);
    QString fieldPath(const char *name) const;

    QJsonObject m_object;
    QString m_path;
    QString m_error;
};

} // namespace foundry::admin
