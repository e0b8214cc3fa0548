#pragma once

#include "OAuthClient.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;

namespace foundry {
class Directory;
}

namespace foundry::ui {

class ScopeListEdit;

// The form beside the applications table: every field of the selected OAuth client. The secret
// is masked (Show, Copy, Regenerate); redirect URIs are a list validated as absolute URLs; grant
// types are checkboxes; allowed scopes and scope restrictions pick from the scope catalogue.
// Apply reports the edited client; it never changes the Directory itself.
class ApplicationDetailEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ApplicationDetailEditor(Directory *directory, QWidget *parent = nullptr);

    void showClient(const std::optional<OAuthClient> &client); // nothing: empty and disabled
    void setPlaceholderTitle(const QString &title);
    // "New application" as Foundry's Developer Console starts it: confidential with a random
    // secret, not OSDK, every grant, scope restrictions present but empty.
    void startNew();
    bool isCreating() const { return m_creating; }
    bool hasUnappliedChanges() const { return m_dirty; }
    void refresh(); // re-reads the shown client unless it is being edited

    static OAuthClient newApplicationDefaults();
    static QString newSecret();

Q_SIGNALS:
    // `text` names special edits for the undo stack ("Regenerate secret of …"), else empty.
    void applyRequested(const foundry::OAuthClient &before, const foundry::OAuthClient &after,
                        const QString &text);
    void createRequested(const foundry::OAuthClient &client);
    void servicePrincipalActivated(const QString &userId);

private:
    void buildForm();
    QWidget *buildSecretRow();
    QWidget *buildRedirectUris();
    void load(const OAuthClient &client);
    void loadServicePrincipal(const OAuthClient &client);
    OAuthClient edited() const;
    void setDirty(bool dirty);
    void validate();
    void apply();
    void revert();
    void regenerateSecret();

    Directory *const m_directory;
    std::optional<OAuthClient> m_client; // what the form was loaded from
    bool m_creating = false;
    bool m_dirty = false;
    bool m_loading = false;

    QFormLayout *m_form = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLabel *m_clientIdError = nullptr;
    QLineEdit *m_secret = nullptr;
    QToolButton *m_showSecret = nullptr;
    QListWidget *m_redirectUris = nullptr;
    QLabel *m_redirectError = nullptr;
    QCheckBox *m_grantCode = nullptr;
    QCheckBox *m_grantRefresh = nullptr;
    QCheckBox *m_grantClientCredentials = nullptr;
    ScopeListEdit *m_allowedScopes = nullptr;
    QCheckBox *m_restrict = nullptr;
    ScopeListEdit *m_restrictions = nullptr;
    QLabel *m_noScopeHint = nullptr;
    QCheckBox *m_osdk = nullptr;
    QCheckBox *m_enabled = nullptr;
    QComboBox *m_organization = nullptr;
    QLabel *m_servicePrincipal = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace foundry::ui
