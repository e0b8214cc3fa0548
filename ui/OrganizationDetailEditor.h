#pragma once

#include "Organization.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QUndoStack;

namespace foundry::ui {

class DirectoryEditor;
class PrincipalPicker;
class RoleAssignmentModel;

// The form beside the organizations table. For an organization: name, host (Foundry's
// InvalidHostName rule) and description, with Apply and Revert. For the enrollment and every
// organization: the role assignments held there, with a principal picker and a role picker that
// shows the operations the role grants; Grant and Revoke are one undoable step each.
class OrganizationDetailEditor final : public QWidget
{
    Q_OBJECT

public:
    OrganizationDetailEditor(DirectoryEditor *editor, QUndoStack *undoStack,
                             QWidget *parent = nullptr);

    // defaults::kEnrollmentResource, an organization rid, or empty (nothing selected).
    void showResource(const QString &resource);
    void startNew();
    bool isCreating() const { return m_creating; }
    void refresh();
    RoleAssignmentModel *assignments() const { return m_assignments; }

    void grantRole(); // the pickers' principal and role
    void revokeSelected();

Q_SIGNALS:
    void created(const QString &rid);

private:
    void buildForm();
    QWidget *buildRoles();
    void load(const Organization &organization, bool enrollment);
    void reloadRoles();
    void updateOperations();
    void setDirty(bool dirty);
    void validate();
    void apply();
    void revert();
    Organization edited() const;

    DirectoryEditor *const m_editor;
    QUndoStack *const m_undoStack;
    QString m_resource;
    std::optional<Organization> m_organization; // nothing for the enrollment
    bool m_creating = false;
    bool m_dirty = false;
    bool m_loading = false;

    QFormLayout *m_form = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_description = nullptr;
    QLineEdit *m_rid = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    QWidget *m_rolesBox = nullptr;
    RoleAssignmentModel *m_assignments = nullptr;
    QTableView *m_assignmentTable = nullptr;
    PrincipalPicker *m_principal = nullptr;
    QComboBox *m_role = nullptr;
    QLabel *m_operations = nullptr;
    QPushButton *m_grant = nullptr;
    QPushButton *m_revoke = nullptr;
    QLabel *m_roleError = nullptr;
};

} // namespace foundry::ui
