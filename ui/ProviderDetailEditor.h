#pragma once

#include "AuthenticationProvider.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QUndoStack;

namespace foundry::ui {

class DirectoryEditor;

// The form beside the providers table: name, realm, enabled, protocol (SAML with its service
// provider metadata, or OIDC with issuer and client id), supported hosts and username patterns
// (one per line; a pattern that is not a valid regular expression is refused). Apply and Revert.
class ProviderDetailEditor final : public QWidget
{
    Q_OBJECT

public:
    ProviderDetailEditor(DirectoryEditor *editor, QUndoStack *undoStack, QWidget *parent = nullptr);

    void showProvider(const std::optional<AuthenticationProvider> &provider);
    void startNew();
    bool isCreating() const { return m_creating; }
    void refresh();

Q_SIGNALS:
    void created(const QString &rid);
    void preregisterRequested(const foundry::AuthenticationProvider &provider);

private:
    void buildForm();
    void load(const AuthenticationProvider &provider);
    AuthenticationProvider edited() const;
    void setDirty(bool dirty);
    void validate();
    void apply();
    void revert();

    DirectoryEditor *const m_editor;
    QUndoStack *const m_undoStack;
    std::optional<AuthenticationProvider> m_provider;
    bool m_creating = false;
    bool m_dirty = false;
    bool m_loading = false;

    QFormLayout *m_form = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_realm = nullptr;
    QCheckBox *m_enabled = nullptr;
    QComboBox *m_protocol = nullptr;
    QStackedWidget *m_protocolFields = nullptr;
    QLineEdit *m_entityId = nullptr;
    QLineEdit *m_metadataUrl = nullptr;
    QPlainTextEdit *m_acsUrls = nullptr;
    QPlainTextEdit *m_logoutUrls = nullptr;
    QPlainTextEdit *m_certificates = nullptr;
    QLineEdit *m_issuer = nullptr;
    QLineEdit *m_oidcClientId = nullptr;
    QPlainTextEdit *m_hosts = nullptr;
    QPlainTextEdit *m_patterns = nullptr;
    QLineEdit *m_rid = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_preregister = nullptr;
};

} // namespace foundry::ui
