#include "ProvidersPage.h"

#include "AdminCommands.h"
#include "DirectoryEditor.h"
#include "PreregisterUserDialog.h"
#include "ProviderDetailEditor.h"
#include "ProviderTableModel.h"

#include <QHeaderView>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

namespace foundry::ui {

ProvidersPage::ProvidersPage(DirectoryEditor *editor, QUndoStack *undoStack, QWidget *parent)
    : AdminPage(editor, undoStack, parent),
      m_model(new ProviderTableModel(editor->directory(), this)),
      m_detail(new ProviderDetailEditor(editor, undoStack, this))
{
    m_model->setObjectName(QStringLiteral("providersModel"));
    setUp(QStringLiteral("providers"), m_model, m_detail, [](int n) {
        return n == 1 ? tr("1 authentication provider") : tr("%1 authentication providers").arg(n);
    });
    QToolButton *preregister =
        addToolButton(QStringLiteral("providersPreregisterButton"), tr("Preregister user…"),
                      tr("Create a user through the selected provider"));
    preregister->setEnabled(false);
    connect(preregister, &QToolButton::clicked, this, &ProvidersPage::preregisterSelected);
    connect(table()->selectionModel(), &QItemSelectionModel::selectionChanged, preregister,
            [this, preregister] { preregister->setEnabled(currentSourceRow() >= 0); });
    QHeaderView *header = table()->horizontalHeader();
    header->resizeSection(ProviderTableModel::Name, 140);
    header->resizeSection(ProviderTableModel::Protocol, 65);
    header->setSectionResizeMode(ProviderTableModel::Enabled, QHeaderView::ResizeToContents);
    header->resizeSection(ProviderTableModel::Realm, 110);
    header->resizeSection(ProviderTableModel::Hosts, 170);

    connect(editor, &DirectoryEditor::remoteChanges, m_model, &ProviderTableModel::highlight);
    connect(m_model, &QAbstractItemModel::dataChanged, m_detail, &ProviderDetailEditor::refresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, m_detail, &ProviderDetailEditor::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, m_detail, &ProviderDetailEditor::refresh);
    connect(m_detail, &ProviderDetailEditor::created, this, [this](const QString &rid) {
        selectId(rid);
        table()->setFocus();
    });
    connect(m_detail, &ProviderDetailEditor::preregisterRequested, this,
            &ProvidersPage::preregisterSelected);
}

void ProvidersPage::showCurrent()
{
    const int row = currentSourceRow();
    if (row >= 0)
        m_detail->showProvider(m_model->providerAt(row));
    else if (!m_detail->isCreating())
        m_detail->showProvider(std::nullopt);
}

void ProvidersPage::newEntry()
{
    table()->clearSelection();
    m_detail->startNew();
}

void ProvidersPage::deleteSelected()
{
    QList<AuthenticationProvider> chosen;
    for (int row : selectedSourceRows()) {
        if (std::optional<AuthenticationProvider> provider = m_model->providerAt(row))
            chosen.append(*provider);
    }
    if (chosen.size() > 1)
        m_undoStack->beginMacro(tr("Delete %1 providers").arg(chosen.size()));
    for (const AuthenticationProvider &provider : std::as_const(chosen))
        m_undoStack->push(commands::removeProvider(m_editor, provider));
    if (chosen.size() > 1)
        m_undoStack->endMacro();
}

PreregisterUserDialog *ProvidersPage::preregisterSelected()
{
    const int row = currentSourceRow();
    const std::optional<AuthenticationProvider> provider =
        row >= 0 ? m_model->providerAt(row) : std::nullopt;
    if (!provider)
        return nullptr;
    auto *dialog = new PreregisterUserDialog(m_editor, m_undoStack, *provider, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace foundry::ui
