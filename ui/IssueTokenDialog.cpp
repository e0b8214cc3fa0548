#include "IssueTokenDialog.h"

#include "Directory.h"
#include "ScopePolicy.h"
#include "ServicePrincipals.h"
#include "TokenStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <utility>

namespace foundry::ui {
namespace {
std::function<bool(IssueTokenDialog &)> &nextAnswer()
{
    static std::function<bool(IssueTokenDialog &)> answer;
    return answer;
}
} // namespace

void IssueTokenDialog::answerNextWith(std::function<bool(IssueTokenDialog &)> answer)
{
    nextAnswer() = std::move(answer);
}

int IssueTokenDialog::run()
{
    if (std::function<bool(IssueTokenDialog &)> answer = std::exchange(nextAnswer(), {})) {
        if (answer(*this))
            accept();
        return result();
    }
    return exec();
}

IssueTokenDialog::IssueTokenDialog(Directory *directory, auth::TokenStore *store, QWidget *parent)
    : QDialog(parent), m_directory(directory), m_store(store), m_user(new QComboBox(this)),
      m_client(new QComboBox(this)), m_clientCredentials(new QCheckBox(this)),
      m_scopes(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("issueTokenDialog"));
    setWindowTitle(tr("Issue token"));
    m_user->setObjectName(QStringLiteral("issueTokenUser"));
    m_client->setObjectName(QStringLiteral("issueTokenClient"));
    m_clientCredentials->setObjectName(QStringLiteral("issueTokenClientCredentials"));
    m_clientCredentials->setText(tr("Client credentials: act as the client's service principal"));
    m_scopes->setObjectName(QStringLiteral("issueTokenScopes"));
    m_scopes->setPlaceholderText(tr("space-separated, e.g. api:admin-read api:ontologies-read"));
    m_error->setObjectName(QStringLiteral("issueTokenError"));
    m_error->setWordWrap(true);
    m_error->hide();

    for (const User &user : directory->users())
        m_user->addItem(user.username, user.id);
    for (const OAuthClient &client : directory->oauthClients())
        m_client->addItem(client.effectiveName() + QStringLiteral(" (") + client.clientId + u')',
                          client.clientId);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Issue and copy"));
    connect(buttons, &QDialogButtonBox::accepted, this, &IssueTokenDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IssueTokenDialog::reject);
    connect(m_clientCredentials, &QCheckBox::toggled, this, &IssueTokenDialog::updateEnabled);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Client:"), m_client);
    form->addRow(QString(), m_clientCredentials);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Scopes:"), m_scopes);
    form->addRow(m_error);
    form->addRow(buttons);
    updateEnabled();
}

void IssueTokenDialog::presetUser(const QString &userId)
{
    const int row = m_user->findData(userId);
    if (row >= 0)
        m_user->setCurrentIndex(row);
    m_clientCredentials->setChecked(false);
}

void IssueTokenDialog::presetClient(const QString &clientId, bool clientCredentials)
{
    const int row = m_client->findData(clientId);
    if (row >= 0)
        m_client->setCurrentIndex(row);
    m_clientCredentials->setChecked(clientCredentials);
}

void IssueTokenDialog::setScopes(const QString &spaceSeparated)
{
    m_scopes->setText(spaceSeparated);
}

void IssueTokenDialog::updateEnabled()
{
    m_user->setEnabled(!m_clientCredentials->isChecked());
}

std::optional<auth::IssuedTokens> IssueTokenDialog::issue(QString *error)
{
    const std::optional<OAuthClient> client =
        m_directory->oauthClient(m_client->currentData().toString());
    const QStringList requested = m_scopes->text().split(u' ', Qt::SkipEmptyParts);
    QString userId;
    QStringList scopes = requested;
    if (m_clientCredentials->isChecked()) {
        if (!client) {
            if (error)
                *error = tr("Choose a client.");
            return std::nullopt;
        }
        // The same service principal and scope filtering as the token endpoint.
        QString why;
        const std::optional<User> principal =
            auth::resolveServicePrincipal(*m_directory, *client, &why);
        if (!principal) {
            if (error)
                *error = why;
            return std::nullopt;
        }
        userId = principal->id;
        scopes = requested.isEmpty() ? auth::scopes::clientCredentialsDefault(*client)
                                     : auth::scopes::restrictTo(*client, requested);
    } else {
        userId = m_user->currentData().toString();
        if (userId.isEmpty()) {
            if (error)
                *error = tr("Choose a user.");
            return std::nullopt;
        }
    }
    auth::TokenGrant grant{userId, client ? client->clientId : QString(), scopes};
    m_issued = m_store->issue(grant, m_directory->tokenLifetimeSeconds());
    return m_issued;
}

void IssueTokenDialog::accept()
{
    QString error;
    if (!issue(&error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace foundry::ui
