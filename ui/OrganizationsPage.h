#pragma once

#include "AdminPage.h"

class QLabel;

namespace foundry::ui {

class OrganizationDetailEditor;
class OrganizationTableModel;

// The Organizations & roles page: the enrollment and the organizations, New and Delete (an
// organization that still has users or groups is refused, with the reason shown), and the
// detail editor with the role assignments held on the selected row.
class OrganizationsPage final : public AdminPage
{
    Q_OBJECT

public:
    OrganizationsPage(DirectoryEditor *editor, QUndoStack *undoStack, QWidget *parent = nullptr);

    OrganizationTableModel *model() const { return m_model; }
    OrganizationDetailEditor *detail() const { return m_detail; }
    QString lastError() const;
    int badgeCount() const override; // the organizations, not the enrollment row

    void newEntry() override;
    void deleteSelected() override;

protected:
    void showCurrent() override;

private:
    OrganizationTableModel *m_model;
    OrganizationDetailEditor *m_detail;
    QLabel *m_error;
};

} // namespace foundry::ui
