#pragma once

#include "FormFields.h"
#include "HttpHeaders.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace foundry {

// One request as a route handler sees it. Values only: handlers never touch sockets.
struct HttpRequest final
{
    QByteArray method;                      // upper case, as sent: "GET", "POST", ...
    QString path;                           // percent-decoded path, without the query
    QByteArray rawPath;                     // the path as sent (percent-encoded); routes match this
    QByteArray rawQuery;                    // the query as sent, without '?'
    QUrlQuery query;                        // note: QUrlQuery keeps '+' as '+'; see queryValue()
    QStringList captures;                   // percent-decoded path captures, in pattern order
    QHash<QString, QString> pathParameters; // named captures ({userId} in a path template)
    HttpHeaders headers;
    QByteArray body;
    QHostAddress peer;

    QByteArray header(QByteArrayView name) const { return headers.value(name); }
    // The media type of the body without parameters, lower case ("application/json").
    QByteArray contentType() const;
    // The query decoded as a form ('+' is a space); the last repeated parameter wins.
    FormFields queryFields() const { return FormFields::parse(rawQuery); }
    QString queryValue(const QString &name, const QString &fallback = {}) const;
    // The body decoded as `application/x-www-form-urlencoded`.
    FormFields formFields() const { return FormFields::parse(body); }
    QString pathParameter(const QString &name) const { return pathParameters.value(name); }
};

} // namespace foundry
