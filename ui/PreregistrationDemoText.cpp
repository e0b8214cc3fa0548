#include "PreregistrationDemoText.h"

#include "PreregistrationDemo.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace foundry::ui {
namespace demotext {

QString maskedToken(const QString &token)
{
    if (token.size() <= 12)
        return QStringLiteral("••••••");
    return token.left(8) + QStringLiteral("…") + token.right(4);
}

QString requestText(const QByteArray &method, const QUrl &url,
                    const QList<QPair<QString, QString>> &headers, const QString &body)
{
    QString text = QString::fromLatin1(method) + u' ' + url.toString(QUrl::FullyEncoded) + u'\n';
    for (const auto &[name, value] : headers)
        text += name + QStringLiteral(": ") + value + u'\n';
    if (!body.isEmpty())
        text += u'\n' + body;
    return text;
}

QString responseText(int status, const QString &reason, const QString &contentType,
                     const QByteArray &body)
{
    QString text = QStringLiteral("HTTP %1 %2\n").arg(status).arg(reason);
    if (!contentType.isEmpty())
        text += QStringLiteral("Content-Type: ") + contentType + u'\n';
    QJsonDocument json = QJsonDocument::fromJson(body);
    if (json.isObject()) {
        QJsonObject object = json.object();
        for (const QString &key :
             {QStringLiteral("access_token"), QStringLiteral("refresh_token")}) {
            if (object.contains(key))
                object.insert(key, maskedToken(object.value(key).toString()));
        }
        return text + u'\n' + QString::fromUtf8(QJsonDocument(object).toJson()).trimmed();
    }
    return body.isEmpty() ? text : text + u'\n' + QString::fromUtf8(body);
}

QString consoleEdit(const QString &where)
{
    return QCoreApplication::translate("PreregistrationDemo",
                                       "Console edit (no HTTP request): %1\nUndo with Ctrl+Z.")
        .arg(where);
}

QString applicationSummary(const OAuthClient &client)
{
    const QString restrictions =
        client.scopeRestrictions
            ? u'[' + client.scopeRestrictions->join(QStringLiteral(", ")) + u']'
            : QStringLiteral("(none)");
    return QStringLiteral("client_id: %1\nclient_secret: ••••••\nname: %2\ngrant_types: [%3]\n"
                          "osdk: %4\nscope_restrictions: %5")
        .arg(client.clientId, client.effectiveName(), client.grantTypes.join(QStringLiteral(", ")),
             client.osdk ? QStringLiteral("true") : QStringLiteral("false"), restrictions);
}

} // namespace demotext

QString PreregistrationDemo::title(Step step)
{
    switch (step) {
    case Step::CreateApplication:
        return tr("Create a non-OSDK application");
    case Step::RequestToken:
        return tr("Request a token for multipass:preregister-user");
    case Step::PreregisterFiltered:
        return tr("Call preregisterUser: fails");
    case Step::AddScope:
        return tr("Fix 1: add the scope to the application");
    case Step::RequestScopedToken:
        return tr("Request a new token");
    case Step::PreregisterNoRole:
        return tr("Call preregisterUser again: fails");
    case Step::GrantRole:
        return tr("Fix 2: grant Users and groups administrator");
    case Step::PreregisterSucceeds:
        return tr("Call preregisterUser: succeeds");
    case Step::Count:
        break;
    }
    return {};
}

QString PreregistrationDemo::explanation(Step step)
{
    switch (step) {
    case Step::CreateApplication:
        return tr("The webhook's confidential client, created as Developer Console does when you "
                  "answer “No, I won't use an Ontology SDK”: client credentials, and no scope "
                  "restrictions chosen yet.");
    case Step::RequestToken:
        return tr("The webhook asks for a client-credentials token with the scope of the "
                  "operation it needs.");
    case Step::PreregisterFiltered:
        return tr("The webhook preregisters the new hire through the SSO provider, with the "
                  "email as the username.");
    case Step::AddScope:
        return tr("In the application's configuration, allow multipass:preregister-user.");
    case Step::RequestScopedToken:
        return tr("Scopes are fixed when a token is issued: the webhook needs a new one.");
    case Step::PreregisterNoRole:
        return tr("The same call with the scoped token.");
    case Step::GrantRole:
        return tr("Make the application's service user a Users and groups administrator of "
                  "the organization the new users join.");
    case Step::PreregisterSucceeds:
        return tr("The same token now works: the user is created, active, in the provider's "
                  "realm, and appears in the Users page at once.");
    case Step::Count:
        break;
    }
    return {};
}

bool PreregistrationDemo::isHttp(Step step)
{
    return step != Step::CreateApplication && step != Step::AddScope && step != Step::GrantRole;
}

} // namespace foundry::ui
