#pragma once

#include "AdminPage.h"

class QLabel;

namespace foundry::ui {

class ScopeTableModel;

// The Scopes page: the scope catalogue, read-only, and for the selected scope what it unlocks
// and which applications allow it or keep or drop it from their client-credentials tokens.
class ScopesPage final : public AdminPage
{
    Q_OBJECT

public:
    ScopesPage(DirectoryEditor *editor, QUndoStack *undoStack, QWidget *parent = nullptr);

    ScopeTableModel *model() const { return m_model; }

protected:
    void showCurrent() override;

private:
    QWidget *buildDetail();

    ScopeTableModel *m_model;
    QLabel *m_title = nullptr;
    QLabel *m_kind = nullptr;
    QLabel *m_unlocks = nullptr;
    QLabel *m_allowedBy = nullptr;
    QLabel *m_restrictedTo = nullptr;
    QLabel *m_filteredOutBy = nullptr;
};

} // namespace foundry::ui
