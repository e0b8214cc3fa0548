#pragma once

#include "User.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace foundry {
class Directory;
}

namespace foundry::ui {

// The form under the users table: every seed field of the selected user, attributes as a
// key → values table (values separated by commas). Apply reports the edited user; it never
// changes the Directory itself. "New" mode fills in a blank user and Apply becomes Create.
// A duplicate or empty username is refused inline, with the reason under the field.
class UserDetailEditor final : public QWidget
{
    Q_OBJECT

public:
    UserDetailEditor(Directory *directory, PrincipalType type, QWidget *parent = nullptr);

    void showUser(const std::optional<User> &user); // nothing: an empty, disabled form
    void setPlaceholderTitle(const QString &title); // shown while no single user is selected
    void startNew();
    bool isCreating() const { return m_creating; }
    bool hasUnappliedChanges() const { return m_dirty; }
    std::optional<QString> currentId() const;

    // Re-reads the shown user after it changed elsewhere (kept as typed if edited here).
    void refresh();

Q_SIGNALS:
    void applyRequested(const foundry::User &before, const foundry::User &after);
    void createRequested(const foundry::User &user);

private:
    void buildForm();
    void load(const User &user);
    User edited() const;
    void setDirty(bool dirty);
    void validate();
    void apply();
    void revert();
    void reloadOrganizations();

    Directory *const m_directory;
    const PrincipalType m_type;
    std::optional<User> m_user; // what the form was loaded from
    bool m_creating = false;
    bool m_dirty = false;
    bool m_loading = false;

    QFormLayout *m_form = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_username = nullptr;
    QLabel *m_usernameError = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_givenName = nullptr;
    QLineEdit *m_familyName = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_realm = nullptr;
    QComboBox *m_organization = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_providerId = nullptr;
    QCheckBox *m_active = nullptr;
    QCheckBox *m_preregistered = nullptr;
    QTableWidget *m_attributes = nullptr;
    QPushButton *m_addAttribute = nullptr;
    QPushButton *m_removeAttribute = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace foundry::ui
