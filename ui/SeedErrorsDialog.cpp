#include "SeedErrorsDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace foundry::ui {

SeedErrorsDialog::SeedErrorsDialog(const QString &path, const SeedIssues &errors, QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("seedErrorsDialog"));
    setWindowTitle(tr("Cannot open %1").arg(QFileInfo(path).fileName()));
    const QString fileName = QFileInfo(path).fileName().toHtmlEscaped();
    auto *summary = new QLabel(
        errors.size() == 1
            ? tr("<b>%1 was not opened.</b> It has an error; fix it and open the file again.")
                  .arg(fileName)
            : tr("<b>%1 was not opened.</b> It has %2 errors; fix them and open the file again.")
                  .arg(fileName, QString::number(errors.size())),
        this);
    summary->setObjectName(QStringLiteral("seedErrorsSummary"));
    summary->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("seedErrorsList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setWordWrap(true);
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    for (const SeedIssue &issue : errors)
        new QListWidgetItem(icon, issue.toString(), m_list);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy All"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyErrorsButton"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeErrorsButton"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(errorText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(720, 320);
}

QString SeedErrorsDialog::errorText() const
{
    QStringList lines;
    for (int i = 0; i < m_list->count(); ++i)
        lines.append(m_list->item(i)->text());
    return lines.join(QLatin1Char('\n'));
}

SeedErrorsDialog *SeedErrorsDialog::showErrors(QWidget *parent, const QString &path,
                                               const SeedIssues &errors)
{
    auto *dialog = new SeedErrorsDialog(path, errors, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace foundry::ui
