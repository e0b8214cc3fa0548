#include "PreregisterUserDialog.h"

#include "AdminCommands.h"
#include "Directory.h"
#include "DirectoryEditor.h"
#include "FormWidgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace foundry::ui {
namespace {
using Failure = auth::Preregistration::Failure;
} // namespace

PreregisterUserDialog::PreregisterUserDialog(DirectoryEditor *editor, QUndoStack *undoStack,
                                             AuthenticationProvider provider, QWidget *parent)
    : QDialog(parent), m_editor(editor), m_undoStack(undoStack), m_provider(std::move(provider))
{
    setObjectName(QStringLiteral("preregisterDialog"));
    setWindowTitle(tr("Preregister user through %1").arg(m_provider.name));
    const QString patterns = m_provider.supportedUsernamePatterns.join(QStringLiteral("  "));
    m_username =
        formLineEdit(this, QStringLiteral("preregisterUsernameEdit"),
                     patterns.isEmpty() ? tr("Any username") : tr("Must match %1").arg(patterns),
                     ClearButton::Hidden);
    m_organization = new QComboBox(this);
    m_organization->setObjectName(QStringLiteral("preregisterOrganizationCombo"));
    const QList<Organization> organizations = editor->directory()->organizations();
    for (const Organization &organization : organizations)
        m_organization->addItem(organization.name, organization.rid);
    m_givenName =
        formLineEdit(this, QStringLiteral("preregisterGivenNameEdit"), {}, ClearButton::Hidden);
    m_familyName =
        formLineEdit(this, QStringLiteral("preregisterFamilyNameEdit"), {}, ClearButton::Hidden);
    m_email = formLineEdit(this, QStringLiteral("preregisterEmailEdit"), tr("name@example.com"),
                           ClearButton::Hidden);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("preregisterMessage"));
    m_message->setWordWrap(true);

    auto *intro = new QLabel(
        tr("Creates the user active, in the realm %1, marked preregistered: what the Admin "
           "API's preregisterUser does for this provider.")
            .arg(m_provider.realm.isEmpty() ? tr("(default)") : m_provider.realm),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Organization:"), m_organization);
    form->addRow(tr("&Given name:"), m_givenName);
    form->addRow(tr("&Family name:"), m_familyName);
    form->addRow(tr("&Email:"), m_email);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *go = m_buttons->addButton(tr("&Preregister"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("preregisterButton"));
    go->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("preregisterCancel"));
    connect(go, &QPushButton::clicked, this, &PreregisterUserDialog::preregister);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_username, &QLineEdit::textChanged, this, &PreregisterUserDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    validate();
}

void PreregisterUserDialog::validate()
{
    const QString username = m_username->text().trimmed();
    QString problem;
    if (!username.isEmpty() && !auth::Preregistration::usernameAllowed(m_provider, username))
        problem = tr("“%1” matches none of this provider's username patterns.").arg(username);
    m_message->setForegroundRole(QPalette::LinkVisited);
    m_message->setText(problem);
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!username.isEmpty() && m_organization->count() > 0);
    }
}

void PreregisterUserDialog::preregister()
{
    auth::Preregistration::UserRequest request;
    request.username = m_username->text().trimmed();
    request.organizationRid = m_organization->currentData().toString();
    request.givenName = m_givenName->text().trimmed();
    request.familyName = m_familyName->text().trimmed();
    request.email = m_email->text().trimmed();
    m_undoStack->push(new PreregisterUserCommand(m_editor, m_provider, request, &m_outcome));
    if (m_outcome.ok() && m_outcome.created) {
        accept();
        return;
    }
    m_message->setForegroundRole(m_outcome.ok() ? QPalette::WindowText : QPalette::LinkVisited);
    m_message->setText(
        m_outcome.ok()
            ? tr("“%1” exists already in this realm; nothing changed.").arg(request.username)
            : m_outcome.message);
}

} // namespace foundry::ui
