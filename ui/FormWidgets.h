#pragma once

#include <QString>

class QLabel;
class QLineEdit;
class QWidget;

namespace foundry::ui {

// The small widgets every detail editor builds its form from, so that they look and behave alike.

enum class ClearButton
{
    Shown,
    Hidden
};

// A line edit with an objectName (tests find it by name) and an optional placeholder.
QLineEdit *formLineEdit(QWidget *parent, const QString &name, const QString &placeholder = {},
                        ClearButton clearButton = ClearButton::Shown);

// A hidden, word-wrapped label for an inline validation message, coloured from the palette.
QLabel *errorLabel(QWidget *parent, const QString &name);

// Bold and a little larger: the heading of a detail pane.
void styleAsTitle(QLabel *label);

} // namespace foundry::ui
