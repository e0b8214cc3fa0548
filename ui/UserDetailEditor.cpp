#include "UserDetailEditor.h"

#include "Directory.h"
#include "FormWidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace foundry::ui {
namespace {
QStringList splitValues(const QString &text)
{
    QStringList values;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            values.append(part.trimmed());
    }
    return values;
}
} // namespace

UserDetailEditor::UserDetailEditor(Directory *directory, PrincipalType type, QWidget *parent)
    : QWidget(parent), m_directory(directory), m_type(type)
{
    setObjectName(type == PrincipalType::Service ? QStringLiteral("servicePrincipalDetail")
                                                 : QStringLiteral("userDetail"));
    buildForm();
    showUser(std::nullopt);
}

void UserDetailEditor::buildForm()
{
    const bool service = m_type == PrincipalType::Service;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    styleAsTitle(m_title);

    m_username = formLineEdit(this, QStringLiteral("usernameEdit"), tr("Required, unique"));
    m_usernameError = new QLabel(this);
    m_usernameError->setObjectName(QStringLiteral("usernameError"));
    m_usernameError->setWordWrap(true);
    m_usernameError->setForegroundRole(QPalette::LinkVisited);
    m_usernameError->hide();
    m_id = formLineEdit(this, QStringLiteral("idEdit"));
    m_id->setReadOnly(true);
    m_id->setClearButtonEnabled(false);
    m_id->setToolTip(tr("Generated once and written back on save"));
    m_displayName =
        formLineEdit(this, QStringLiteral("displayNameEdit"), tr("Defaults to the username"));
    m_givenName = formLineEdit(this, QStringLiteral("givenNameEdit"));
    m_familyName = formLineEdit(this, QStringLiteral("familyNameEdit"));
    m_email = formLineEdit(this, QStringLiteral("emailEdit"), tr("name@example.com"));
    m_realm = formLineEdit(this, QStringLiteral("realmEdit"), tr("Default realm"));
    m_organization = new QComboBox(this);
    m_organization->setObjectName(QStringLiteral("organizationCombo"));
    m_clientId = formLineEdit(this, QStringLiteral("clientIdEdit"),
                              service ? tr("The application this principal acts for") : QString());
    m_providerId =
        formLineEdit(this, QStringLiteral("providerIdEdit"), tr("Id at the SSO provider"));
    m_active = new QCheckBox(tr("Active (can sign in; its tokens work)"), this);
    m_active->setObjectName(QStringLiteral("activeCheck"));
    m_preregistered = new QCheckBox(tr("Preregistered (has not signed in yet)"), this);
    m_preregistered->setObjectName(QStringLiteral("preregisteredCheck"));

    m_attributes = new QTableWidget(0, 2, this);
    m_attributes->setObjectName(QStringLiteral("attributesTable"));
    m_attributes->setHorizontalHeaderLabels({tr("Attribute"), tr("Values")});
    m_attributes->horizontalHeader()->setStretchLastSection(true);
    m_attributes->verticalHeader()->hide();
    m_attributes->setToolTip(tr("One row per attribute; separate its values with commas"));
    m_attributes->horizontalHeader()->resizeSection(0, 120);
    m_attributes->verticalHeader()->setDefaultSectionSize(m_attributes->fontMetrics().height() + 8);
    m_attributes->setMinimumHeight(110);
    m_attributes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_addAttribute = new QPushButton(tr("Add"), this);
    m_addAttribute->setObjectName(QStringLiteral("addAttributeButton"));
    m_removeAttribute = new QPushButton(tr("Remove"), this);
    m_removeAttribute->setObjectName(QStringLiteral("removeAttributeButton"));
    auto *attributeButtons = new QHBoxLayout;
    attributeButtons->addWidget(m_addAttribute);
    attributeButtons->addWidget(m_removeAttribute);
    attributeButtons->addStretch();
    auto *attributeBox = new QVBoxLayout;
    attributeBox->setContentsMargins(0, 0, 0, 0);
    attributeBox->addWidget(m_attributes);
    attributeBox->addLayout(attributeButtons);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Username:"), m_username);
    m_form->addRow(QString(), m_usernameError);
    m_form->addRow(tr("Display &name:"), m_displayName);
    if (!service) {
        m_form->addRow(tr("&Given name:"), m_givenName);
        m_form->addRow(tr("&Family name:"), m_familyName);
    }
    m_form->addRow(tr("&Email:"), m_email);
    m_form->addRow(service ? tr("&Client:") : tr("OAuth &client:"), m_clientId);
    if (!service)
        m_form->addRow(tr("&Organization:"), m_organization);
    m_form->addRow(tr("&Realm:"), m_realm);
    m_form->addRow(tr("&Provider id:"), m_providerId);
    m_form->addRow(QString(), m_active);
    if (!service)
        m_form->addRow(QString(), m_preregistered);
    m_form->addRow(tr("Attributes:"), attributeBox);
    m_form->addRow(tr("Id:"), m_id);
    m_form->setRowVisible(m_usernameError, false);
    if (service) {
        m_givenName->hide();
        m_familyName->hide();
        m_organization->hide();
        m_preregistered->hide();
    }

    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_revert = buttons->addButton(tr("Re&vert"), QDialogButtonBox::ResetRole);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    connect(m_apply, &QPushButton::clicked, this, &UserDetailEditor::apply);
    connect(m_revert, &QPushButton::clicked, this, &UserDetailEditor::revert);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
    layout->addStretch();

    const auto changed = [this] {
        if (!m_loading)
            setDirty(true);
    };
    for (QLineEdit *edit : {m_username, m_displayName, m_givenName, m_familyName, m_email, m_realm,
                            m_clientId, m_providerId})
        connect(edit, &QLineEdit::textEdited, this, changed);
    connect(m_username, &QLineEdit::textChanged, this, &UserDetailEditor::validate);
    connect(m_organization, &QComboBox::currentIndexChanged, this, changed);
    connect(m_active, &QCheckBox::toggled, this, changed);
    connect(m_preregistered, &QCheckBox::toggled, this, changed);
    connect(m_attributes, &QTableWidget::itemChanged, this, changed);
    connect(m_addAttribute, &QPushButton::clicked, this, [this] {
        const int row = m_attributes->rowCount();
        m_attributes->insertRow(row);
        m_attributes->setItem(row, 0, new QTableWidgetItem);
        m_attributes->setItem(row, 1, new QTableWidgetItem);
        m_attributes->setCurrentCell(row, 0);
        m_attributes->editItem(m_attributes->item(row, 0));
        setDirty(true);
    });
    connect(m_removeAttribute, &QPushButton::clicked, this, [this] {
        const int row = m_attributes->currentRow();
        if (row >= 0) {
            m_attributes->removeRow(row);
            setDirty(true);
        }
    });
    connect(m_username, &QLineEdit::returnPressed, this, &UserDetailEditor::apply);
}

std::optional<QString> UserDetailEditor::currentId() const
{
    if (m_user && !m_creating)
        return m_user->id;
    return std::nullopt;
}

void UserDetailEditor::showUser(const std::optional<User> &user)
{
    m_creating = false;
    m_user = user;
    if (user) {
        load(*user);
    } else {
        User blank;
        blank.principalType = m_type;
        load(blank);
        m_title->setText(m_type == PrincipalType::Service ? tr("No service principal selected")
                                                          : tr("No user selected"));
    }
    setEnabled(bool(user));
}

void UserDetailEditor::setPlaceholderTitle(const QString &title)
{
    if (!m_user)
        m_title->setText(title);
}

void UserDetailEditor::startNew()
{
    User blank;
    blank.principalType = m_type;
    m_user = blank;
    m_creating = true;
    load(blank);
    m_title->setText(m_type == PrincipalType::Service ? tr("New service principal")
                                                      : tr("New user"));
    setEnabled(true);
    setDirty(true);
    m_username->setFocus();
}

void UserDetailEditor::refresh()
{
    if (!m_user || m_creating || m_dirty)
        return;
    const std::optional<User> current = m_directory->userById(m_user->id);
    if (!current) {
        showUser(std::nullopt);
        return;
    }
    if (*current != *m_user) {
        m_user = current;
        load(*current);
    }
}

void UserDetailEditor::reloadOrganizations()
{
    m_organization->clear();
    m_organization->addItem(tr("(none)"), QString());
    const QList<Organization> organizations = m_directory->organizations();
    for (const Organization &organization : organizations)
        m_organization->addItem(organization.name, organization.rid);
}

void UserDetailEditor::load(const User &user)
{
    m_loading = true;
    m_title->setText(user.effectiveDisplayName());
    m_username->setText(user.username);
    m_id->setText(user.id);
    m_displayName->setText(user.displayName);
    m_givenName->setText(user.givenName);
    m_familyName->setText(user.familyName);
    m_email->setText(user.email);
    m_realm->setText(user.realm);
    reloadOrganizations();
    int org = m_organization->findData(user.organizationRid);
    if (org < 0) { // an organization the Directory does not know: keep it
        m_organization->addItem(user.organizationRid, user.organizationRid);
        org = m_organization->count() - 1;
    }
    m_organization->setCurrentIndex(org);
    m_clientId->setText(user.oauthClientId);
    m_providerId->setText(user.providerId);
    m_active->setChecked(user.active);
    m_preregistered->setChecked(user.preregistered);
    m_attributes->setRowCount(0);
    for (const Attribute &attribute : user.attributes) {
        const int row = m_attributes->rowCount();
        m_attributes->insertRow(row);
        m_attributes->setItem(row, 0, new QTableWidgetItem(attribute.key));
        m_attributes->setItem(row, 1,
                              new QTableWidgetItem(attribute.values.join(QStringLiteral(", "))));
    }
    for (QLineEdit *edit : {m_username, m_id, m_displayName, m_givenName, m_familyName, m_email,
                            m_realm, m_clientId, m_providerId})
        edit->setCursorPosition(0); // show the start of long values, not their end
    m_loading = false;
    setDirty(false);
    validate();
}

User UserDetailEditor::edited() const
{
    User user = m_user.value_or(User{});
    user.principalType = m_type;
    user.username = m_username->text().trimmed();
    user.displayName = m_displayName->text().trimmed();
    user.givenName = m_givenName->text().trimmed();
    user.familyName = m_familyName->text().trimmed();
    user.email = m_email->text().trimmed();
    user.realm = m_realm->text().trimmed();
    if (m_type == PrincipalType::Human)
        user.organizationRid = m_organization->currentData().toString();
    user.oauthClientId = m_clientId->text().trimmed();
    user.providerId = m_providerId->text().trimmed();
    user.active = m_active->isChecked();
    user.preregistered = m_preregistered->isChecked();
    user.attributes.clear();
    for (int row = 0; row < m_attributes->rowCount(); ++row) {
        const QTableWidgetItem *key = m_attributes->item(row, 0);
        const QTableWidgetItem *values = m_attributes->item(row, 1);
        if (!key || key->text().trimmed().isEmpty())
            continue;
        user.attributes.append(
            {key->text().trimmed(), values ? splitValues(values->text()) : QStringList()});
    }
    return user;
}

void UserDetailEditor::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_revert->setEnabled(dirty);
    validate();
}

void UserDetailEditor::validate()
{
    const QString username = m_username->text().trimmed();
    QString problem;
    if (m_user && username.isEmpty()) {
        problem = tr("A username is required.");
    } else if (m_user) {
        const std::optional<User> other = m_directory->userByUsername(username);
        if (other && (m_creating || other->id != m_user->id))
            problem = tr("The username “%1” is already taken by %2.")
                          .arg(username,
                               other->isService() ? tr("a service principal") : tr("another user"));
    }
    m_usernameError->setText(problem);
    m_form->setRowVisible(m_usernameError, !problem.isEmpty() && (m_dirty || m_creating));
    m_apply->setText(m_creating ? tr("&Create") : tr("&Apply"));
    m_apply->setEnabled(m_dirty && problem.isEmpty());
}

void UserDetailEditor::apply()
{
    validate();
    if (!m_apply->isEnabled() || !m_user)
        return;
    const User after = edited();
    if (m_creating) {
        m_creating = false;
        m_dirty = false;
        Q_EMIT createRequested(after);
        return;
    }
    const User before = *m_user;
    m_user = after;
    setDirty(false);
    if (after != before)
        Q_EMIT applyRequested(before, after);
}

void UserDetailEditor::revert()
{
    if (m_creating) {
        showUser(std::nullopt);
        return;
    }
    if (m_user) {
        const std::optional<User> current = m_directory->userById(m_user->id);
        showUser(current);
    }
}

} // namespace foundry::ui
