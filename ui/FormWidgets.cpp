#include "FormWidgets.h"

#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>

namespace foundry::ui {

QLineEdit *formLineEdit(QWidget *parent, const QString &name, const QString &placeholder,
                        ClearButton clearButton)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(clearButton == ClearButton::Shown);
    return edit;
}

QLabel *errorLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::LinkVisited);
    label->hide();
    return label;
}

void styleAsTitle(QLabel *label)
{
    QFont titleFont = label->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    label->setFont(titleFont);
}

} // namespace foundry::ui
