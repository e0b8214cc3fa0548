#include "PreregistrationDemo.h"

#include "Directory.h"
#include "DirectoryEditor.h"
#include "EmulatorServer.h"
#include "PreregistrationDemoText.h"
#include "Secrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUndoCommand>
#include <QUndoStack>
#include <QUrlQuery>
#include <functional>

namespace foundry::ui {

const QString PreregistrationDemo::kClientId = QStringLiteral("preregistration-webhook");

namespace {
const QString kScope = QStringLiteral("multipass:preregister-user");
const QString kRole = QStringLiteral("users-and-groups-administrator");

// One console edit of the demo, undoable like every other edit.
class DemoEditCommand final : public QUndoCommand
{
public:
    using Edit = std::function<void(Directory &)>;
    DemoEditCommand(const QString &text, DirectoryEditor *editor, Edit redo, Edit undo)
        : QUndoCommand(text), m_editor(editor), m_redo(std::move(redo)), m_undo(std::move(undo))
    {
    }
    void redo() override { apply(m_redo); }
    void undo() override { apply(m_undo); }

private:
    void apply(const Edit &edit)
    {
        m_editor->edit([&edit](Directory &directory) {
            edit(directory);
            return true;
        });
    }
    DirectoryEditor *const m_editor;
    Edit m_redo;
    Edit m_undo;
};

// ".*@meridianfreight\.example" → "meridianfreight.example"; empty when the pattern is not
// of that simple shape.
QString domainOf(const QString &pattern)
{
    static const QRegularExpression simple(QStringLiteral("^\\.\\*@((?:[A-Za-z0-9-]+\\\\\\.)+"
                                                          "[A-Za-z0-9-]+)\\$?$"));
    const QRegularExpressionMatch match = simple.match(pattern);
    return match.hasMatch() ? match.captured(1).remove(u'\\') : QString();
}

QString errorNameOf(const QJsonObject &json)
{
    return json.value(QStringLiteral("errorName")).toString();
}

} // namespace

PreregistrationDemo::PreregistrationDemo(DirectoryEditor *editor, QUndoStack *undoStack,
                                         EmulatorServer *server, QObject *parent)
    : QObject(parent), m_editor(editor), m_undoStack(undoStack), m_server(server),
      m_network(new QNetworkAccessManager(this))
{
    reset();
}

bool PreregistrationDemo::reset()
{
    if (m_reply)
        m_reply->abort();
    m_records = QList<Record>(int(Step::Count));
    m_next = 0;
    m_runAll = false;
    m_problem.clear();
    m_accessToken.clear();
    m_createdUserId.clear();
    const Directory *directory = m_editor->directory();
    m_enrollmentRid = directory->enrollment().rid;
    const QList<Organization> organizations = directory->organizations();
    m_organizationRid = organizations.isEmpty() ? QString() : organizations.first().rid;

    // A provider whose username pattern names a domain gives a realistic email; any provider
    // will do otherwise.
    m_providerRid.clear();
    QString domain;
    for (const AuthenticationProvider &provider : directory->authenticationProviders()) {
        for (const QString &pattern : provider.supportedUsernamePatterns) {
            if (domain.isEmpty() && !domainOf(pattern).isEmpty()) {
                domain = domainOf(pattern);
                m_providerRid = provider.rid;
            }
        }
        if (m_providerRid.isEmpty() && provider.supportedUsernamePatterns.isEmpty())
            m_providerRid = provider.rid;
    }
    if (domain.isEmpty())
        domain = QStringLiteral("example.com");
    if (m_providerRid.isEmpty())
        m_problem = tr("The seed has no authentication provider to preregister users through.");
    else if (m_organizationRid.isEmpty())
        m_problem = tr("The seed has no organization for the new user.");
    m_username = QStringLiteral("new.hire@") + domain;
    for (int n = 2; directory->userByUsername(m_username); ++n)
        m_username = QStringLiteral("new.hire%1@").arg(n) + domain;
    Q_EMIT stateChanged();
    return m_problem.isEmpty();
}

QUrl PreregistrationDemo::url(const QString &path) const
{
    return QUrl(m_server->url().toString(QUrl::StripTrailingSlash) + path);
}

void PreregistrationDemo::runAll()
{
    m_runAll = true;
    if (!isBusy())
        runNext();
}

void PreregistrationDemo::runNext()
{
    if (isBusy() || isDone())
        return;
    if (m_next == 0) {
        const bool all = m_runAll;
        reset(); // the seed may have changed since: pick provider and username afresh
        m_runAll = all;
    }
    if (!m_problem.isEmpty() || !m_server->isListening()) {
        Record record;
        record.outcome = m_problem.isEmpty() ? tr("The emulator is not listening: start it "
                                                  "first (Emulator ▸ Start).")
                                             : m_problem;
        m_runAll = false;
        m_records[m_next] = record;
        Q_EMIT stepFinished(m_next);
        return;
    }
    const Step step = Step(m_next);
    Q_EMIT stepStarted(m_next);
    switch (step) {
    case Step::CreateApplication:
    case Step::AddScope:
    case Step::GrantRole:
        runConsoleStep(step);
        break;
    case Step::RequestToken:
    case Step::RequestScopedToken:
        sendToken(step);
        break;
    case Step::PreregisterFiltered:
    case Step::PreregisterNoRole:
    case Step::PreregisterSucceeds:
        sendPreregister(step);
        break;
    case Step::Count:
        break;
    }
}

void PreregistrationDemo::finishStep(int step, Record record)
{
    m_records[step] = std::move(record);
    const bool expected = m_records.at(step).asExpected;
    if (expected)
        m_next = step + 1;
    Q_EMIT stepFinished(step);
    Q_EMIT stateChanged();
    if (!expected || isDone()) {
        m_runAll = false;
        return;
    }
    if (m_runAll)
        runNext();
}

void PreregistrationDemo::runConsoleStep(Step step)
{
    Directory *directory = m_editor->directory();
    directory->flushChanges();
    Record record;
    record.asExpected = true;
    if (step == Step::CreateApplication) {
        const std::optional<OAuthClient> before = directory->oauthClient(kClientId);
        OAuthClient app;
        app.clientId = kClientId;
        app.clientSecret = before && before->isConfidential()
                               ? before->clientSecret
                               : auth::secrets::newAuthorizationCode();
        app.name = tr("Preregistration webhook");
        app.grantTypes = {QString(grants::kClientCredentials)};
        app.scopeRestrictions = QStringList(); // as Developer Console creates it: none chosen
        app.organizationRid = m_organizationRid;
        m_secret = app.clientSecret;
        // A role left from an earlier run would skip the failure the demo is about.
        QList<RoleAssignment> roles;
        if (const std::optional<User> principal = directory->userByOAuthClientId(kClientId)) {
            for (const RoleAssignment &role : directory->roleAssignments()) {
                if (role.principal.id == principal->id && role.roleId == kRole)
                    roles.append(role);
            }
        }
        m_undoStack->push(new DemoEditCommand(
            tr("Create application “%1”").arg(kClientId), m_editor,
            [app, before, roles](Directory &d) {
                before ? d.updateOAuthClient(kClientId, app) : d.addOAuthClient(app);
                for (const RoleAssignment &role : roles)
                    d.removeRoleAssignment(role.key());
            },
            [before, roles](Directory &d) {
                before ? d.updateOAuthClient(kClientId, *before) : d.removeOAuthClient(kClientId);
                for (const RoleAssignment &role : roles)
                    d.addRoleAssignment(role);
            }));
        record.request = demotext::consoleEdit(tr("Third-party applications ▸ New application"));
        record.response = demotext::applicationSummary(app);
        record.outcome = tr("Created “%1”: confidential, not OSDK, client credentials, and no "
                            "scope restrictions chosen (as Developer Console starts one).")
                             .arg(kClientId);
    } else if (step == Step::AddScope) {
        const std::optional<OAuthClient> before = directory->oauthClient(kClientId);
        if (!before) {
            record.asExpected = false;
            record.outcome = tr("The application “%1” is gone: reset the demo.").arg(kClientId);
        } else {
            OAuthClient after = *before;
            after.scopeRestrictions = QStringList{kScope};
            m_undoStack->push(new DemoEditCommand(
                tr("Add scope %1 to “%2”").arg(kScope, kClientId), m_editor,
                [after](Directory &d) { d.updateOAuthClient(kClientId, after); },
                [before](Directory &d) { d.updateOAuthClient(kClientId, *before); }));
            record.request = demotext::consoleEdit(tr("Application ▸ Scope restrictions ▸ Add"));
            record.response = demotext::applicationSummary(after);
            record.outcome = tr("The application may now carry %1; tokens issued before keep "
                                "their empty scope, so the webhook asks for a new one.")
                                 .arg(kScope);
        }
    } else {
        const std::optional<User> principal = directory->userByOAuthClientId(kClientId)
                                                  ? directory->userByOAuthClientId(kClientId)
                                                  : directory->userByUsername(kClientId);
        if (!principal) {
            record.asExpected = false;
            record.outcome =
                tr("No service principal for “%1” yet: request a token first.").arg(kClientId);
        } else {
            const RoleAssignment role{
                {PrincipalKind::User, principal->id}, kRole, m_organizationRid, {}};
            m_undoStack->push(new DemoEditCommand(
                tr("Grant %1 to %2").arg(kRole, principal->username), m_editor,
                [role](Directory &d) { d.addRoleAssignment(role); },
                [role](Directory &d) { d.removeRoleAssignment(role.key()); }));
            const std::optional<Organization> organization =
                directory->organization(m_organizationRid);
            record.request =
                demotext::consoleEdit(tr("Organizations & roles ▸ Role assignments ▸ Add"));
            record.response = tr("principal: %1 (the application's service user)\nrole: %2\n"
                                 "resource: %3")
                                  .arg(principal->username, kRole,
                                       organization ? organization->name : m_organizationRid);
            record.outcome = tr("The service user is now a Users and groups administrator of "
                                "the organization the new users join.");
        }
    }
    finishStep(int(step), std::move(record));
}

void PreregistrationDemo::sendToken(Step step)
{
    QNetworkRequest request(url(QStringLiteral("/multipass/api/oauth2/token")));
    const QByteArray body =
        "grant_type=client_credentials&scope=" + QUrl::toPercentEncoding(kScope);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Authorization",
                         "Basic " + (kClientId + u':' + m_secret).toUtf8().toBase64());
    const QString text = demotext::requestText(
        "POST", request.url(),
        {{QStringLiteral("Authorization"),
          QStringLiteral("Basic base64(%1:••••••)").arg(kClientId)},
         {QStringLiteral("Content-Type"), QStringLiteral("application/x-www-form-urlencoded")}},
        QString::fromUtf8(body));
    QNetworkReply *reply = m_network->post(request, body);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, step, reply, text] { onReply(step, reply, text); });
}

void PreregistrationDemo::sendPreregister(Step step)
{
    const QString path = QStringLiteral("/api/v2/admin/enrollments/") + m_enrollmentRid +
                         QStringLiteral("/authenticationProviders/") + m_providerRid +
                         QStringLiteral("/preregisterUser?preview=true");
    QNetworkRequest request(url(path));
    const QJsonObject json{{QStringLiteral("username"), m_username},
                           {QStringLiteral("organization"), m_organizationRid},
                           {QStringLiteral("email"), m_username}};
    const QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
    const QString text = demotext::requestText(
        "POST", request.url(),
        {{QStringLiteral("Authorization"),
          QStringLiteral("Bearer ") + demotext::maskedToken(m_accessToken)},
         {QStringLiteral("Content-Type"), QStringLiteral("application/json")}},
        QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
    QNetworkReply *reply = m_network->post(request, body);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, step, reply, text] { onReply(step, reply, text); });
}

void PreregistrationDemo::onReply(Step step, QNetworkReply *reply, const QString &requestText)
{
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    Record record = judge(step, status, json, body);
    record.request = requestText;
    record.response = demotext::responseText(
        status, reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(),
        reply->header(QNetworkRequest::ContentTypeHeader).toString(), body);
    if (status == 0)
        record.outcome = tr("No answer: %1").arg(reply->errorString());
    finishStep(int(step), std::move(record));
}

PreregistrationDemo::Record
PreregistrationDemo::judge(Step step, int status, const QJsonObject &json, const QByteArray &body)
{
    Record record;
    const QString error = errorNameOf(json);
    switch (step) {
    case Step::RequestToken:
    case Step::RequestScopedToken: {
        const QString scope = json.value(QStringLiteral("scope")).toString();
        if (status == 200)
            m_accessToken = json.value(QStringLiteral("access_token")).toString();
        if (step == Step::RequestToken) {
            record.asExpected = status == 200 && scope.isEmpty();
            record.outcome = tr("A token, but with no scope: the application's scope "
                                "restrictions are empty, so %1 was filtered away silently, "
                                "as Foundry does.")
                                 .arg(kScope);
        } else {
            record.asExpected = status == 200 && scope.split(u' ').contains(kScope);
            record.outcome = tr("This token carries %1.").arg(kScope);
        }
        break;
    }
    case Step::PreregisterFiltered:
        record.asExpected = status == 403 && error == QLatin1String("ApiUsageDenied");
        record.outcome = tr("Permission denied (%1): the token has no scope for the "
                            "operation.")
                             .arg(error);
        break;
    case Step::PreregisterNoRole:
        record.asExpected =
            status == 403 && error == QLatin1String("PreregisterUserPermissionDenied");
        record.outcome = tr("Permission denied (%1): the service user is not a Users and "
                            "groups administrator.")
                             .arg(error);
        break;
    case Step::PreregisterSucceeds: {
        const QString id = QJsonDocument::fromJson("[" + body + "]").array().first().toString();
        record.asExpected =
            status == 200 && !id.isEmpty() && m_editor->directory()->userById(id).has_value();
        if (record.asExpected) {
            m_createdUserId = id;
            Q_EMIT userCreated(id);
        }
        record.outcome = tr("Preregistered %1: the user is in the Users page now.").arg(m_username);
        break;
    }
    default:
        break;
    }
    if (!record.asExpected && status != 0)
        record.outcome = tr("Unexpected answer (HTTP %1 %2).").arg(status).arg(error);
    return record;
}

} // namespace foundry::ui
