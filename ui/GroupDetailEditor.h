#pragma once

#include "Group.h"

#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QUndoStack;

namespace foundry::ui {

class DirectoryEditor;
class PrincipalPicker;

// The form beside the groups table: name, description, realm and organizations (Apply and
// Revert), and the members, users and nested groups, each added or removed with one undoable
// step. A member that would make the group contain itself is refused with the Admin API's rule
// (admin::users::wouldCreateCycle), as is a duplicate or empty name.
class GroupDetailEditor final : public QWidget
{
    Q_OBJECT

public:
    GroupDetailEditor(DirectoryEditor *editor, QUndoStack *undoStack, QWidget *parent = nullptr);

    void showGroup(const std::optional<Group> &group);
    void setPlaceholderTitle(const QString &title);
    void startNew();
    bool isCreating() const { return m_creating; }
    // Re-reads the shown group after a change (fields kept as typed while edited here).
    void refresh();

    void addMember(); // the picker's principal
    void removeSelectedMembers();

Q_SIGNALS:
    void created(const QString &groupId);

private:
    void buildForm();
    void load(const Group &group);
    void loadMembers(const Group &group);
    Group edited() const;
    void setDirty(bool dirty);
    void validate();
    void apply();
    void revert();

    DirectoryEditor *const m_editor;
    QUndoStack *const m_undoStack;
    std::optional<Group> m_group;
    bool m_creating = false;
    bool m_dirty = false;
    bool m_loading = false;

    QFormLayout *m_form = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QLineEdit *m_description = nullptr;
    QLineEdit *m_realm = nullptr;
    QListWidget *m_organizations = nullptr;
    QLineEdit *m_id = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    QWidget *m_membersBox = nullptr;
    QListWidget *m_members = nullptr;
    PrincipalPicker *m_picker = nullptr;
    QPushButton *m_addMember = nullptr;
    QPushButton *m_removeMember = nullptr;
    QLabel *m_memberError = nullptr;
};

} // namespace foundry::ui
