#include "ScopeListEdit.h"

#include "ScopeCatalog.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QToolButton>

namespace foundry::ui {

ScopeListEdit::ScopeListEdit(const QString &objectName, QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_add(new QToolButton(this))
{
    setObjectName(objectName);
    m_edit->setObjectName(objectName + QStringLiteral("Text"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setToolTip(tr("Scopes separated by spaces"));
    m_add->setObjectName(objectName + QStringLiteral("AddButton"));
    m_add->setText(tr("Add…"));
    m_add->setToolTip(tr("Add a scope from the catalogue"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_add);
    QMenu *operations = nullptr;
    for (const auth::ScopeCatalog::Entry &entry : auth::ScopeCatalog::entries()) {
        QMenu *target = menu;
        if (entry.kind == auth::ScopeCatalog::Kind::Operation) {
            if (!operations)
                operations = menu->addMenu(tr("Admin operations"));
            target = operations;
        }
        QAction *action = target->addAction(entry.name);
        action->setToolTip(entry.description);
        action->setStatusTip(entry.description);
        const QString name = entry.name;
        connect(action, &QAction::triggered, this, [this, name] { addScope(name); });
    }
    menu->setToolTipsVisible(true);
    m_add->setMenu(menu);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_add);
    connect(m_edit, &QLineEdit::textEdited, this, &ScopeListEdit::edited);
}

QStringList ScopeListEdit::scopes() const
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    QStringList result;
    const QStringList parts = m_edit->text().split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!result.contains(part))
            result.append(part);
    }
    return result;
}

void ScopeListEdit::setScopes(const QStringList &scopes)
{
    m_edit->setText(scopes.join(QLatin1Char(' ')));
    m_edit->setCursorPosition(0); // show the first scopes, not the end of the list
}

void ScopeListEdit::addScope(const QString &scope)
{
    QStringList current = scopes();
    if (current.contains(scope))
        return;
    current.append(scope);
    setScopes(current);
    Q_EMIT edited();
}

} // namespace foundry::ui
