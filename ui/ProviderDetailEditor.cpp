#include "ProviderDetailEditor.h"

#include "AdminCommands.h"
#include "Directory.h"
#include "DirectoryEditor.h"
#include "FormWidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace foundry::ui {
namespace {
QPlainTextEdit *linesEdit(QWidget *parent, const QString &name, const QString &placeholder,
                          int lines = 3)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true); // keyboard users move on with Tab
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList result;
    const QStringList all = edit->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : all) {
        if (!line.trimmed().isEmpty())
            result.append(line.trimmed());
    }
    return result;
}

QWidget *formPage(QWidget *parent, QFormLayout **form)
{
    auto *page = new QWidget(parent);
    *form = new QFormLayout(page);
    (*form)->setContentsMargins(0, 0, 0, 0);
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return page;
}
} // namespace

ProviderDetailEditor::ProviderDetailEditor(DirectoryEditor *editor, QUndoStack *undoStack,
                                           QWidget *parent)
    : QWidget(parent), m_editor(editor), m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("providerDetail"));
    buildForm();
    showProvider(std::nullopt);
}

void ProviderDetailEditor::buildForm()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("providerDetailTitle"));
    styleAsTitle(m_title);

    m_name = formLineEdit(this, QStringLiteral("providerNameEdit"), tr("Required"));
    m_realm = formLineEdit(this, QStringLiteral("providerRealmEdit"), tr("Default realm"));
    m_enabled = new QCheckBox(tr("Enabled (users may sign in through it)"), this);
    m_enabled->setObjectName(QStringLiteral("providerEnabledCheck"));
    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(QStringLiteral("providerProtocolCombo"));
    m_protocol->addItem(tr("SAML"), int(ProviderProtocol::Saml));
    m_protocol->addItem(tr("OIDC"), int(ProviderProtocol::Oidc));

    m_protocolFields = new QStackedWidget(this);
    m_protocolFields->setObjectName(QStringLiteral("providerProtocolFields"));
    QFormLayout *saml = nullptr;
    m_protocolFields->addWidget(formPage(m_protocolFields, &saml));
    m_entityId = formLineEdit(this, QStringLiteral("providerEntityIdEdit"));
    m_metadataUrl = formLineEdit(this, QStringLiteral("providerMetadataUrlEdit"));
    m_acsUrls = linesEdit(this, QStringLiteral("providerAcsUrlsEdit"), tr("One URL per line"), 2);
    m_logoutUrls =
        linesEdit(this, QStringLiteral("providerLogoutUrlsEdit"), tr("One URL per line"), 2);
    m_certificates = linesEdit(this, QStringLiteral("providerCertificatesEdit"),
                               tr("One PEM certificate per line"), 2);
    saml->addRow(tr("Entity id:"), m_entityId);
    saml->addRow(tr("Metadata URL:"), m_metadataUrl);
    saml->addRow(tr("ACS URLs:"), m_acsUrls);
    saml->addRow(tr("Logout URLs:"), m_logoutUrls);
    saml->addRow(tr("Certificates:"), m_certificates);
    QFormLayout *oidc = nullptr;
    m_protocolFields->addWidget(formPage(m_protocolFields, &oidc));
    m_issuer =
        formLineEdit(this, QStringLiteral("providerIssuerEdit"), tr("https://issuer.example"));
    m_oidcClientId = formLineEdit(this, QStringLiteral("providerOidcClientIdEdit"));
    oidc->addRow(tr("Issuer:"), m_issuer);
    oidc->addRow(tr("Client id:"), m_oidcClientId);

    m_hosts = linesEdit(this, QStringLiteral("providerHostsEdit"), tr("One host per line"));
    m_patterns = linesEdit(this, QStringLiteral("providerPatternsEdit"),
                           tr("One regular expression per line; none: any username"));
    m_rid = formLineEdit(this, QStringLiteral("providerRidEdit"));
    m_rid->setReadOnly(true);
    m_rid->setClearButtonEnabled(false);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("providerError"));
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::LinkVisited);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Realm:"), m_realm);
    m_form->addRow(QString(), m_enabled);
    m_form->addRow(tr("&Protocol:"), m_protocol);
    m_form->addRow(QString(), m_protocolFields);
    m_form->addRow(tr("Supported &hosts:"), m_hosts);
    m_form->addRow(tr("&Username patterns:"), m_patterns);
    m_form->addRow(tr("Rid:"), m_rid);
    m_form->addRow(QString(), m_error);
    m_form->setRowVisible(m_error, false);

    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("providerApplyButton"));
    m_revert = buttons->addButton(tr("Re&vert"), QDialogButtonBox::ResetRole);
    m_revert->setObjectName(QStringLiteral("providerRevertButton"));
    m_preregister = new QPushButton(tr("Pre&register user…"), this);
    m_preregister->setObjectName(QStringLiteral("preregisterUserButton"));
    m_preregister->setToolTip(
        tr("Create a user through this provider, as the Admin API's preregisterUser does"));
    connect(m_apply, &QPushButton::clicked, this, &ProviderDetailEditor::apply);
    connect(m_revert, &QPushButton::clicked, this, &ProviderDetailEditor::revert);
    connect(m_preregister, &QPushButton::clicked, this, [this] {
        if (m_provider && !m_creating)
            Q_EMIT preregisterRequested(*m_provider);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
    layout->addWidget(m_preregister, 0, Qt::AlignLeft);
    layout->addStretch();

    const auto changed = [this] {
        if (!m_loading)
            setDirty(true);
    };
    for (QLineEdit *edit : {m_name, m_realm, m_entityId, m_metadataUrl, m_issuer, m_oidcClientId})
        connect(edit, &QLineEdit::textEdited, this, changed);
    for (QPlainTextEdit *edit : {m_acsUrls, m_logoutUrls, m_certificates, m_hosts, m_patterns})
        connect(edit, &QPlainTextEdit::textChanged, this, changed);
    connect(m_enabled, &QCheckBox::toggled, this, changed);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, [this, changed](int index) {
        m_protocolFields->setCurrentIndex(index);
        changed();
    });
}

void ProviderDetailEditor::showProvider(const std::optional<AuthenticationProvider> &provider)
{
    m_creating = false;
    m_provider = provider;
    load(provider.value_or(AuthenticationProvider{}));
    if (!provider)
        m_title->setText(tr("No provider selected"));
    setEnabled(bool(provider));
}

void ProviderDetailEditor::startNew()
{
    AuthenticationProvider blank;
    m_provider = blank;
    m_creating = true;
    load(blank);
    m_title->setText(tr("New authentication provider"));
    setEnabled(true);
    setDirty(true);
    m_name->setFocus();
}

void ProviderDetailEditor::refresh()
{
    if (!m_provider || m_creating || m_dirty)
        return;
    const std::optional<AuthenticationProvider> current =
        m_editor->directory()->authenticationProvider(m_provider->rid);
    if (!current)
        showProvider(std::nullopt);
    else if (*current != *m_provider)
        showProvider(current);
}

void ProviderDetailEditor::load(const AuthenticationProvider &provider)
{
    m_loading = true;
    m_title->setText(provider.name);
    m_name->setText(provider.name);
    m_realm->setText(provider.realm);
    m_enabled->setChecked(provider.enabled);
    const int protocol = provider.protocol == ProviderProtocol::Saml ? 0 : 1;
    m_protocol->setCurrentIndex(protocol);
    m_protocolFields->setCurrentIndex(protocol);
    m_entityId->setText(provider.entityId);
    m_metadataUrl->setText(provider.metadataUrl);
    m_acsUrls->setPlainText(provider.acsUrls.join(QLatin1Char('\n')));
    m_logoutUrls->setPlainText(provider.logoutUrls.join(QLatin1Char('\n')));
    m_certificates->setPlainText(provider.certificates.join(QLatin1Char('\n')));
    m_issuer->setText(provider.issuer);
    m_oidcClientId->setText(provider.oidcClientId);
    m_hosts->setPlainText(provider.supportedHosts.join(QLatin1Char('\n')));
    m_patterns->setPlainText(provider.supportedUsernamePatterns.join(QLatin1Char('\n')));
    m_rid->setText(provider.rid);
    m_preregister->setEnabled(!m_creating && !provider.rid.isEmpty());
    const QList<QLineEdit *> edits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits)
        edit->setCursorPosition(0); // show the start of long values (rids, URLs)
    m_loading = false;
    setDirty(false);
}

AuthenticationProvider ProviderDetailEditor::edited() const
{
    AuthenticationProvider provider = m_provider.value_or(AuthenticationProvider{});
    provider.name = m_name->text().trimmed();
    provider.realm = m_realm->text().trimmed();
    provider.enabled = m_enabled->isChecked();
    provider.protocol = ProviderProtocol(m_protocol->currentData().toInt());
    provider.entityId = m_entityId->text().trimmed();
    provider.metadataUrl = m_metadataUrl->text().trimmed();
    provider.acsUrls = lines(m_acsUrls);
    provider.logoutUrls = lines(m_logoutUrls);
    provider.certificates = lines(m_certificates);
    provider.issuer = m_issuer->text().trimmed();
    provider.oidcClientId = m_oidcClientId->text().trimmed();
    provider.supportedHosts = lines(m_hosts);
    provider.supportedUsernamePatterns = lines(m_patterns);
    return provider;
}

void ProviderDetailEditor::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_revert->setEnabled(dirty);
    validate();
}

void ProviderDetailEditor::validate()
{
    QString problem;
    if (m_provider) {
        const AuthenticationProvider provider = edited();
        if (provider.name.isEmpty())
            problem = tr("A provider needs a name.");
        for (const QString &pattern : provider.supportedUsernamePatterns) {
            const QRegularExpression expression(pattern);
            if (problem.isEmpty() && !expression.isValid())
                problem = tr("“%1” is not a valid regular expression: %2.")
                              .arg(pattern, expression.errorString());
        }
    }
    m_error->setText(problem);
    m_form->setRowVisible(m_error, !problem.isEmpty() && (m_dirty || m_creating));
    m_apply->setText(m_creating ? tr("&Create") : tr("&Apply"));
    m_apply->setEnabled(m_provider && m_dirty && problem.isEmpty());
}

void ProviderDetailEditor::apply()
{
    validate();
    if (!m_apply->isEnabled() || !m_provider)
        return;
    AuthenticationProvider after = edited();
    if (m_creating) {
        after.rid = (after.protocol == ProviderProtocol::Saml
                         ? QStringLiteral("ri.control-panel.main.saml.")
                         : QStringLiteral("ri.control-panel.main.oidc.")) +
                    newUuid();
        m_creating = false;
        m_dirty = false;
        m_undoStack->push(commands::addProvider(m_editor, after));
        Q_EMIT created(after.rid);
        return;
    }
    const AuthenticationProvider before = *m_provider;
    m_provider = after;
    setDirty(false);
    if (after != before)
        m_undoStack->push(commands::updateProvider(m_editor, before, after));
}

void ProviderDetailEditor::revert()
{
    if (m_creating) {
        showProvider(std::nullopt);
        return;
    }
    if (m_provider)
        showProvider(m_editor->directory()->authenticationProvider(m_provider->rid));
}

} // namespace foundry::ui
