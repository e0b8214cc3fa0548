#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace foundry::ui {

// A space-separated list of scopes: free text, plus a menu that adds any scope from the
// emulator's catalogue (auth::ScopeCatalog) so nobody has to remember their spelling.
class ScopeListEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit ScopeListEdit(const QString &objectName, QWidget *parent = nullptr);

    QStringList scopes() const;
    void setScopes(const QStringList &scopes); // does not emit edited()
    QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    void edited(); // by typing or from the menu

private:
    void addScope(const QString &scope);

    QLineEdit *m_edit;
    QToolButton *m_add;
};

} // namespace foundry::ui
