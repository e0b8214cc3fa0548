#include "HttpRequest.h"

namespace foundry {

QByteArray HttpRequest::contentType() const
{
    QByteArray type = headers.value("content-type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

QString HttpRequest::queryValue(const QString &name, const QString &fallback) const
{
    return queryFields().value(name, fallback);
}

} // namespace foundry
