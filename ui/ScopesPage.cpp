#include "ScopesPage.h"

#include "DirectoryEditor.h"
#include "FormWidgets.h"
#include "ScopeTableModel.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace foundry::ui {
namespace {
QLabel *valueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

ScopesPage::ScopesPage(DirectoryEditor *editor, QUndoStack *undoStack, QWidget *parent)
    : AdminPage(editor, undoStack, parent), m_model(new ScopeTableModel(editor->directory(), this))
{
    m_model->setObjectName(QStringLiteral("scopesModel"));
    setUp(
        QStringLiteral("scopes"), m_model, buildDetail(),
        [](int n) { return n == 1 ? tr("1 scope") : tr("%1 scopes").arg(n); }, false);
    QHeaderView *header = table()->horizontalHeader();
    header->resizeSection(ScopeTableModel::Scope, 215);
    header->resizeSection(ScopeTableModel::Kind, 105);
    header->resizeSection(ScopeTableModel::Unlocks, 300);
    header->resizeSection(ScopeTableModel::AllowedBy, 150);
    header->resizeSection(ScopeTableModel::RestrictedTo, 150);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ScopesPage::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ScopesPage::showCurrent);
    showCurrent();
}

QWidget *ScopesPage::buildDetail()
{
    auto *detail = new QWidget(this);
    detail->setObjectName(QStringLiteral("scopeDetail"));
    m_title = valueLabel(detail, QStringLiteral("scopeDetailTitle"));
    styleAsTitle(m_title);
    m_kind = valueLabel(detail, QStringLiteral("scopeKindLabel"));
    m_unlocks = valueLabel(detail, QStringLiteral("scopeUnlocksLabel"));
    m_allowedBy = valueLabel(detail, QStringLiteral("scopeAllowedByLabel"));
    m_restrictedTo = valueLabel(detail, QStringLiteral("scopeRestrictedToLabel"));
    m_filteredOutBy = valueLabel(detail, QStringLiteral("scopeFilteredOutByLabel"));
    auto *note = new QLabel(
        tr("Applications without allowed scopes may request any scope. Client-credentials "
           "tokens of an application with scope restrictions carry only the restricted scopes "
           "they asked for; an empty restriction list grants none."),
        detail);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Unlocks:"), m_unlocks);
    form->addRow(tr("Allowed by:"), m_allowedBy);
    form->addRow(tr("Kept by the restrictions of:"), m_restrictedTo);
    form->addRow(tr("Filtered out by:"), m_filteredOutBy);
    auto *layout = new QVBoxLayout(detail);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    return detail;
}

void ScopesPage::showCurrent()
{
    if (!m_title) // called while the page is built
        return;
    const int row = currentSourceRow();
    const auto list = [](const QStringList &names) {
        return names.isEmpty() ? tr("no application") : names.join(QStringLiteral(", "));
    };
    if (row < 0) {
        m_title->setText(tr("No scope selected"));
        for (QLabel *label : {m_kind, m_unlocks, m_allowedBy, m_restrictedTo, m_filteredOutBy})
            label->clear();
        return;
    }
    const ScopeTableModel::Row &scope = m_model->rowAt(row);
    m_title->setText(scope.entry.name);
    m_kind->setText(m_model->index(row, ScopeTableModel::Kind).data().toString());
    m_unlocks->setText(scope.entry.description);
    m_allowedBy->setText(list(scope.allowedBy));
    m_restrictedTo->setText(list(scope.restrictedTo));
    m_filteredOutBy->setText(list(scope.filteredOutBy));
}

} // namespace foundry::ui
