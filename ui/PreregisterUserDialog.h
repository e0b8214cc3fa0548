#pragma once

#include "AuthenticationProvider.h"
#include "Preregistration.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QUndoStack;

namespace foundry::ui {

class DirectoryEditor;

// "Preregister user…" on a provider: username, organization and optional names and email. It
// warns as you type when the username matches none of the provider's patterns, and Preregister
// pushes a PreregisterUserCommand, which runs auth::Preregistration::preregisterUser, the same
// function as the Admin API endpoint. A refusal is shown in the dialog, which stays open; an
// existing user of that name in the realm is reported (preregistration is idempotent).
class PreregisterUserDialog final : public QDialog
{
    Q_OBJECT

public:
    PreregisterUserDialog(DirectoryEditor *editor, QUndoStack *undoStack,
                          AuthenticationProvider provider, QWidget *parent = nullptr);

    // The outcome of the last Preregister click.
    const auth::Preregistration::Outcome &outcome() const { return m_outcome; }

    void preregister();

private:
    void validate();

    DirectoryEditor *const m_editor;
    QUndoStack *const m_undoStack;
    const AuthenticationProvider m_provider;
    auth::Preregistration::Outcome m_outcome;

    QLineEdit *m_username = nullptr;
    QComboBox *m_organization = nullptr;
    QLineEdit *m_givenName = nullptr;
    QLineEdit *m_familyName = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace foundry::ui
