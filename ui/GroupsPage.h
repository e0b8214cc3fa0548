#pragma once

#include "AdminPage.h"

namespace foundry::ui {

class GroupDetailEditor;
class GroupTableModel;

// The Groups page: the groups table, New and Delete (undoable, memberships and role assignments
// come back with the group), and the group's detail editor with its members.
class GroupsPage final : public AdminPage
{
    Q_OBJECT

public:
    GroupsPage(DirectoryEditor *editor, QUndoStack *undoStack, QWidget *parent = nullptr);

    GroupTableModel *model() const { return m_model; }
    GroupDetailEditor *detail() const { return m_detail; }

    void newEntry() override;
    void deleteSelected() override;

protected:
    void showCurrent() override;

private:
    GroupTableModel *m_model;
    GroupDetailEditor *m_detail;
};

} // namespace foundry::ui
