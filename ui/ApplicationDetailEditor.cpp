#include "ApplicationDetailEditor.h"

#include "Directory.h"
#include "FormWidgets.h"
#include "ScopeListEdit.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace foundry::ui {
namespace {
QString randomHex(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(data.begin(), data.end());
    return QString::fromLatin1(data.toHex());
}

QToolButton *smallButton(QWidget *parent, const QString &name, const QString &text,
                         const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    return button;
}

QLabel *problemLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::LinkVisited);
    return label;
}

bool isAbsoluteUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.scheme().isEmpty() && !url.isRelative() &&
           (!url.host().isEmpty() || url.scheme() != QLatin1String("http"));
}
} // namespace

ApplicationDetailEditor::ApplicationDetailEditor(Directory *directory, QWidget *parent)
    : QWidget(parent), m_directory(directory)
{
    setObjectName(QStringLiteral("applicationDetail"));
    buildForm();
    showClient(std::nullopt);
}

QString ApplicationDetailEditor::newSecret()
{
    return randomHex(24);
}

OAuthClient ApplicationDetailEditor::newApplicationDefaults()
{
    OAuthClient client;
    client.clientId = randomHex(16);
    client.clientSecret = newSecret();
    client.name = tr("New application");
    client.osdk = false;
    client.enabled = true;
    client.scopeRestrictions = QStringList(); // tokens carry no scope until some are added
    return client;
}

QWidget *ApplicationDetailEditor::buildSecretRow()
{
    auto *row = new QWidget(this);
    m_secret = formLineEdit(row, QStringLiteral("secretEdit"), tr("Empty: a public client"),
                            ClearButton::Hidden);
    m_secret->setEchoMode(QLineEdit::Password);
    m_showSecret = smallButton(row, QStringLiteral("showSecretButton"), tr("Show"),
                               tr("Show or hide the secret"));
    m_showSecret->setCheckable(true);
    QToolButton *copy = smallButton(row, QStringLiteral("copySecretButton"), tr("Copy"),
                                    tr("Copy the secret to the clipboard"));
    QToolButton *regenerate = smallButton(row, QStringLiteral("regenerateSecretButton"),
                                          tr("Regenerate"), tr("Replace the secret by a new one"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showSecret);
    buttons->addWidget(copy);
    buttons->addWidget(regenerate);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(row); // the field over its buttons: a narrow pane shows it
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_secret);
    layout->addLayout(buttons);
    connect(m_showSecret, &QToolButton::toggled, this, [this](bool shown) {
        m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showSecret->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(copy, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_secret->text()); });
    connect(regenerate, &QToolButton::clicked, this, &ApplicationDetailEditor::regenerateSecret);
    return row;
}

QWidget *ApplicationDetailEditor::buildRedirectUris()
{
    auto *box = new QWidget(this);
    m_redirectUris = new QListWidget(box);
    m_redirectUris->setObjectName(QStringLiteral("redirectUriList"));
    m_redirectUris->setToolTip(tr("Absolute URLs; double-click to edit"));
    m_redirectUris->setMinimumHeight(72);
    m_redirectUris->setMaximumHeight(110);
    m_redirectError = problemLabel(box, QStringLiteral("redirectUriError"));
    QToolButton *add = smallButton(box, QStringLiteral("addRedirectUriButton"), tr("Add"),
                                   tr("Add a redirect URI"));
    QToolButton *remove = smallButton(box, QStringLiteral("removeRedirectUriButton"), tr("Remove"),
                                      tr("Remove the selected redirect URI"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_redirectUris);
    layout->addWidget(m_redirectError);
    layout->addLayout(buttons);
    connect(add, &QToolButton::clicked, this, [this] {
        auto *item = new QListWidgetItem(QStringLiteral("http://localhost:8080/auth/callback"));
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_redirectUris->addItem(item);
        m_redirectUris->setCurrentItem(item);
        m_redirectUris->editItem(item);
        setDirty(true);
    });
    connect(remove, &QToolButton::clicked, this, [this] {
        delete m_redirectUris->currentItem();
        setDirty(true);
    });
    connect(m_redirectUris, &QListWidget::itemChanged, this, [this] {
        if (!m_loading)
            setDirty(true);
    });
    return box;
}

void ApplicationDetailEditor::buildForm()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    styleAsTitle(m_title);

    m_name = formLineEdit(this, QStringLiteral("applicationNameEdit"),
                          tr("Defaults to the client id"), ClearButton::Hidden);
    m_clientId = formLineEdit(this, QStringLiteral("clientIdEdit"), tr("Required, unique"),
                              ClearButton::Hidden);
    m_clientIdError = problemLabel(this, QStringLiteral("clientIdError"));
    m_grantCode = new QCheckBox(tr("Authorization code"), this);
    m_grantCode->setObjectName(QStringLiteral("grantAuthorizationCode"));
    m_grantRefresh = new QCheckBox(tr("Refresh token"), this);
    m_grantRefresh->setObjectName(QStringLiteral("grantRefreshToken"));
    m_grantClientCredentials = new QCheckBox(tr("Client credentials"), this);
    m_grantClientCredentials->setObjectName(QStringLiteral("grantClientCredentials"));
    auto *grants = new QVBoxLayout;
    grants->setSpacing(2);
    grants->addWidget(m_grantCode);
    grants->addWidget(m_grantRefresh);
    grants->addWidget(m_grantClientCredentials);

    m_allowedScopes = new ScopeListEdit(QStringLiteral("allowedScopes"), this);
    m_allowedScopes->lineEdit()->setPlaceholderText(tr("Empty: any scope may be requested"));
    m_restrict = new QCheckBox(tr("Restrict client-credentials tokens to:"), this);
    m_restrict->setObjectName(QStringLiteral("restrictScopesCheck"));
    m_restrictions = new ScopeListEdit(QStringLiteral("scopeRestrictions"), this);
    m_noScopeHint = new QLabel(tr("No scope added yet: client-credentials tokens will carry no "
                                  "scope until scopes are added here."),
                               this);
    m_noScopeHint->setObjectName(QStringLiteral("noScopeHint"));
    m_noScopeHint->setWordWrap(true);
    m_noScopeHint->setForegroundRole(QPalette::LinkVisited);
    auto *restrictions = new QVBoxLayout;
    restrictions->setSpacing(2);
    restrictions->addWidget(m_restrict);
    restrictions->addWidget(m_restrictions);
    restrictions->addWidget(m_noScopeHint);

    m_osdk = new QCheckBox(tr("OSDK application"), this);
    m_osdk->setObjectName(QStringLiteral("osdkCheck"));
    m_enabled = new QCheckBox(tr("Enabled (its grants and tokens work)"), this);
    m_enabled->setObjectName(QStringLiteral("enabledCheck"));
    m_organization = new QComboBox(this);
    m_organization->setObjectName(QStringLiteral("applicationOrganizationCombo"));
    m_servicePrincipal = new QLabel(this);
    m_servicePrincipal->setObjectName(QStringLiteral("servicePrincipalLink"));
    m_servicePrincipal->setWordWrap(true);
    m_servicePrincipal->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                                Qt::LinksAccessibleByKeyboard);
    connect(m_servicePrincipal, &QLabel::linkActivated, this,
            &ApplicationDetailEditor::servicePrincipalActivated);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("Client &id:"), m_clientId);
    m_form->addRow(QString(), m_clientIdError);
    m_form->addRow(tr("&Secret:"), buildSecretRow());
    m_form->addRow(tr("Redirect &URIs:"), buildRedirectUris());
    m_form->addRow(tr("Grant types:"), grants);
    m_form->addRow(tr("Allowed s&copes:"), m_allowedScopes);
    m_form->addRow(tr("Scope restrictions:"), restrictions);
    m_form->addRow(QString(), m_osdk);
    m_form->addRow(QString(), m_enabled);
    m_form->addRow(tr("&Organization:"), m_organization);
    m_form->addRow(tr("Service principal:"), m_servicePrincipal);

    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_revert = buttons->addButton(tr("Re&vert"), QDialogButtonBox::ResetRole);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    connect(m_apply, &QPushButton::clicked, this, &ApplicationDetailEditor::apply);
    connect(m_revert, &QPushButton::clicked, this, &ApplicationDetailEditor::revert);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
    layout->addStretch();

    const auto changed = [this] {
        if (!m_loading)
            setDirty(true);
    };
    for (QLineEdit *edit : {m_name, m_clientId, m_secret})
        connect(edit, &QLineEdit::textEdited, this, changed);
    for (QCheckBox *box :
         {m_grantCode, m_grantRefresh, m_grantClientCredentials, m_restrict, m_osdk, m_enabled})
        connect(box, &QCheckBox::toggled, this, changed);
    connect(m_allowedScopes, &ScopeListEdit::edited, this, changed);
    connect(m_restrictions, &ScopeListEdit::edited, this, changed);
    connect(m_restrictions, &ScopeListEdit::edited, this, &ApplicationDetailEditor::validate);
    connect(m_restrict, &QCheckBox::toggled, m_restrictions, &QWidget::setEnabled);
    connect(m_organization, &QComboBox::currentIndexChanged, this, changed);
    connect(m_clientId, &QLineEdit::returnPressed, this, &ApplicationDetailEditor::apply);
    connect(m_name, &QLineEdit::returnPressed, this, &ApplicationDetailEditor::apply);
}

void ApplicationDetailEditor::showClient(const std::optional<OAuthClient> &client)
{
    m_creating = false;
    m_client = client;
    load(client.value_or(OAuthClient{}));
    if (!client)
        m_title->setText(tr("No application selected"));
    setEnabled(bool(client));
}

void ApplicationDetailEditor::setPlaceholderTitle(const QString &title)
{
    if (!m_client)
        m_title->setText(title);
}

void ApplicationDetailEditor::startNew()
{
    const OAuthClient client = newApplicationDefaults();
    m_client = client;
    m_creating = true;
    load(client);
    m_title->setText(tr("New application"));
    setEnabled(true);
    setDirty(true);
    m_name->setFocus();
    m_name->selectAll();
}

void ApplicationDetailEditor::refresh()
{
    if (!m_client || m_creating || m_dirty)
        return;
    const std::optional<OAuthClient> current = m_directory->oauthClient(m_client->clientId);
    if (!current) {
        showClient(std::nullopt);
        return;
    }
    if (*current != *m_client) {
        m_client = current;
        load(*current);
    } else {
        loadServicePrincipal(*current); // created by a client-credentials call, perhaps
    }
}

void ApplicationDetailEditor::load(const OAuthClient &client)
{
    m_loading = true;
    m_title->setText(client.effectiveName());
    m_name->setText(client.name);
    m_clientId->setText(client.clientId);
    m_secret->setText(client.clientSecret);
    m_secret->setCursorPosition(0);
    m_showSecret->setChecked(false);
    m_redirectUris->clear();
    for (const QString &uri : client.redirectUris) {
        auto *item = new QListWidgetItem(uri, m_redirectUris);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_grantCode->setChecked(client.grantTypes.contains(grants::kAuthorizationCode));
    m_grantRefresh->setChecked(client.grantTypes.contains(grants::kRefreshToken));
    m_grantClientCredentials->setChecked(client.grantTypes.contains(grants::kClientCredentials));
    m_allowedScopes->setScopes(client.allowedScopes);
    m_restrict->setChecked(client.scopeRestrictions.has_value());
    m_restrictions->setEnabled(client.scopeRestrictions.has_value());
    m_restrictions->setScopes(client.scopeRestrictions.value_or(QStringList()));
    m_osdk->setChecked(client.osdk);
    m_enabled->setChecked(client.enabled);
    m_organization->clear();
    m_organization->addItem(tr("(none)"), QString());
    const QList<Organization> organizations = m_directory->organizations();
    for (const Organization &organization : organizations)
        m_organization->addItem(organization.name, organization.rid);
    int org = m_organization->findData(client.organizationRid);
    if (org < 0) { // an organization the Directory does not know: keep it
        m_organization->addItem(client.organizationRid, client.organizationRid);
        org = m_organization->count() - 1;
    }
    m_organization->setCurrentIndex(org);
    loadServicePrincipal(client);
    m_loading = false;
    setDirty(false);
}

void ApplicationDetailEditor::loadServicePrincipal(const OAuthClient &client)
{
    std::optional<User> principal = m_directory->userByOAuthClientId(client.clientId);
    if (!principal)
        principal = m_directory->userByUsername(client.clientId);
    if (!principal || client.clientId.isEmpty()) {
        m_servicePrincipal->setText(
            tr("None yet: the first client-credentials token creates it."));
        return;
    }
    QStringList roles;
    const QList<RoleAssignment> assignments = m_directory->roleAssignments();
    for (const RoleAssignment &assignment : assignments) {
        if (assignment.principal.kind == PrincipalKind::User &&
            assignment.principal.id == principal->id)
            roles.append(assignment.roleId);
    }
    m_servicePrincipal->setText(
        QStringLiteral("<a href=\"%1\">%2</a><br>%3")
            .arg(principal->id, principal->username.toHtmlEscaped(),
                 roles.isEmpty() ? tr("No roles")
                                 : tr("Roles: %1").arg(roles.join(QStringLiteral(", ")))
                                       .toHtmlEscaped()));
}

OAuthClient ApplicationDetailEditor::edited() const
{
    OAuthClient client = m_client.value_or(OAuthClient{});
    client.name = m_name->text().trimmed();
    client.clientId = m_clientId->text().trimmed();
    client.clientSecret = m_secret->text().trimmed();
    client.redirectUris.clear();
    for (int i = 0; i < m_redirectUris->count(); ++i) {
        const QString uri = m_redirectUris->item(i)->text().trimmed();
        if (!uri.isEmpty())
            client.redirectUris.append(uri);
    }
    QStringList grantTypes;
    if (m_grantCode->isChecked())
        grantTypes.append(grants::kAuthorizationCode);
    if (m_grantRefresh->isChecked())
        grantTypes.append(grants::kRefreshToken);
    if (m_grantClientCredentials->isChecked())
        grantTypes.append(grants::kClientCredentials);
    // Grants the console does not know keep their place at the end.
    for (const QString &grant : client.grantTypes) {
        if (!grants::all().contains(grant))
            grantTypes.append(grant);
    }
    client.grantTypes = grantTypes;
    client.allowedScopes = m_allowedScopes->scopes();
    client.scopeRestrictions = m_restrict->isChecked()
                                   ? std::optional<QStringList>(m_restrictions->scopes())
                                   : std::nullopt;
    client.osdk = m_osdk->isChecked();
    client.enabled = m_enabled->isChecked();
    client.organizationRid = m_organization->currentData().toString();
    return client;
}

void ApplicationDetailEditor::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_revert->setEnabled(dirty);
    validate();
}

void ApplicationDetailEditor::validate()
{
    const QString clientId = m_clientId->text().trimmed();
    QString problem;
    if (m_client && clientId.isEmpty())
        problem = tr("A client id is required.");
    else if (m_client && m_directory->oauthClient(clientId) &&
             (m_creating || clientId != m_client->clientId))
        problem = tr("The client id “%1” is already taken by another application.").arg(clientId);
    m_clientIdError->setText(problem);
    m_form->setRowVisible(m_clientIdError, !problem.isEmpty());

    QStringList invalid;
    for (int i = 0; i < m_redirectUris->count(); ++i) {
        const QString uri = m_redirectUris->item(i)->text().trimmed();
        if (!uri.isEmpty() && !isAbsoluteUrl(uri))
            invalid.append(uri);
    }
    m_redirectError->setText(invalid.isEmpty() ? QString()
                                               : tr("Not an absolute URL: %1")
                                                     .arg(invalid.join(QStringLiteral(", "))));
    m_redirectError->setVisible(!invalid.isEmpty());
    m_noScopeHint->setVisible(m_restrict->isChecked() && m_restrictions->scopes().isEmpty());
    m_apply->setText(m_creating ? tr("&Create") : tr("&Apply"));
    m_apply->setEnabled(m_dirty && problem.isEmpty() && invalid.isEmpty());
}

void ApplicationDetailEditor::apply()
{
    validate();
    if (!m_apply->isEnabled() || !m_client)
        return;
    const OAuthClient after = edited();
    if (m_creating) {
        m_creating = false;
        m_dirty = false;
        Q_EMIT createRequested(after);
        return;
    }
    const OAuthClient before = *m_client;
    m_client = after;
    setDirty(false);
    if (after != before)
        Q_EMIT applyRequested(before, after, QString());
}

void ApplicationDetailEditor::revert()
{
    if (m_creating || !m_client) {
        showClient(std::nullopt);
        return;
    }
    showClient(m_directory->oauthClient(m_client->clientId));
}

void ApplicationDetailEditor::regenerateSecret()
{
    if (!m_client)
        return;
    const QString secret = newSecret();
    if (m_creating || m_dirty) { // part of the edit in progress
        m_secret->setText(secret);
        setDirty(true);
        return;
    }
    OAuthClient after = *m_client;
    after.clientSecret = secret;
    const OAuthClient before = *m_client;
    m_client = after;
    load(after);
    Q_EMIT applyRequested(before, after,
                          tr("Regenerate secret of %1").arg(after.effectiveName()));
}

} // namespace foundry::ui
