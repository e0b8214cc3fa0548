#pragma once

#include "OAuthClient.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// How the preregistration demo shows its requests and responses: as a person would read them
// on the wire, with every credential masked.
namespace foundry::ui::demotext {

QString maskedToken(const QString &token); // "foundry_…x1Qz"
QString requestText(const QByteArray &method, const QUrl &url,
                    const QList<QPair<QString, QString>> &headers, const QString &body);
// Pretty-prints a JSON body and masks any access_token or refresh_token in it.
QString responseText(int status, const QString &reason, const QString &contentType,
                     const QByteArray &body);
QString consoleEdit(const QString &where);
QString applicationSummary(const OAuthClient &client);

} // namespace foundry::ui::demotext
