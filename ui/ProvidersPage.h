#pragma once

#include "AdminPage.h"

namespace foundry::ui {

class PreregisterUserDialog;
class ProviderDetailEditor;
class ProviderTableModel;

// The Authentication providers page: the providers table, New and Delete, the detail editor,
// and "Preregister user…" for the selected provider.
class ProvidersPage final : public AdminPage
{
    Q_OBJECT

public:
    ProvidersPage(DirectoryEditor *editor, QUndoStack *undoStack, QWidget *parent = nullptr);

    ProviderTableModel *model() const { return m_model; }
    ProviderDetailEditor *detail() const { return m_detail; }

    void newEntry() override;
    void deleteSelected() override;
    // Opens the dialog for the selected provider (window-modal, not blocking); null if none.
    PreregisterUserDialog *preregisterSelected();

protected:
    void showCurrent() override;

private:
    ProviderTableModel *m_model;
    ProviderDetailEditor *m_detail;
};

} // namespace foundry::ui
