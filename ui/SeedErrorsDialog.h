#pragma once

#include "SeedIssue.h"

#include <QDialog>

class QListWidget;

namespace foundry::ui {

// Lists every error of a seed that could not be opened (file:line:column: key.path: message),
// selectable and copyable. Window-modal but not blocking, so tests can inspect it.
class SeedErrorsDialog final : public QDialog
{
    Q_OBJECT

public:
    SeedErrorsDialog(const QString &path, const SeedIssues &errors, QWidget *parent = nullptr);

    QString errorText() const;

    // Shows a new dialog (deleted on close) and returns it.
    static SeedErrorsDialog *showErrors(QWidget *parent, const QString &path,
                                        const SeedIssues &errors);

private:
    QListWidget *m_list;
};

} // namespace foundry::ui
