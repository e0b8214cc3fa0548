#pragma once

#include "TokenTypes.h"

#include <QDialog>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace foundry {
class Directory;
}
namespace foundry::auth {
class TokenStore;
}

namespace foundry::ui {

// "Issue token…": an access token for a user through a chosen client (as a sign-in would give),
// or a client-credentials token that acts as the client's service principal, with the scopes
// filtered by the client's scope restrictions exactly as the token endpoint does.
class IssueTokenDialog final : public QDialog
{
    Q_OBJECT

public:
    IssueTokenDialog(Directory *directory, auth::TokenStore *store, QWidget *parent = nullptr);

    void presetUser(const QString &userId);
    void presetClient(const QString &clientId, bool clientCredentials);
    void setScopes(const QString &spaceSeparated);

    // Issues the token for the current choices; nothing (and `error`) when that is impossible.
    std::optional<auth::IssuedTokens> issue(QString *error = nullptr);
    const std::optional<auth::IssuedTokens> &issued() const { return m_issued; }

    void accept() override; // issues; stays open with the reason when it cannot

    // Shows the dialog modally, or (test seam, like MessageBox::setNextAnswer) hands it to the
    // answer set with answerNextWith(), which fills it in and returns whether to accept.
    int run();
    static void answerNextWith(std::function<bool(IssueTokenDialog &)> answer);

private:
    void updateEnabled();

    Directory *const m_directory;
    auth::TokenStore *const m_store;
    QComboBox *m_user;
    QComboBox *m_client;
    QCheckBox *m_clientCredentials;
    QLineEdit *m_scopes;
    QLabel *m_error;
    std::optional<auth::IssuedTokens> m_issued;
};

} // namespace foundry::ui
