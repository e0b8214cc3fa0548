#pragma once

#include "Group.h"
#include "Organization.h"
#include "User.h"

#include <QUndoCommand>

namespace foundry::ui {

class DirectoryEditor;

// One undoable console edit per class; each calls Directory methods through the editor.

// Activates or deactivates one or more users ("Deactivate alice", "Activate 3 users"). A toggle
// of one user merges with the next toggle of the same user.
class SetUsersActiveCommand final : public QUndoCommand
{
public:
    static constexpr int Id = 1001;

    SetUsersActiveCommand(DirectoryEditor *editor, const QList<User> &users, bool active);

    void redo() override;
    void undo() override;
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    DirectoryEditor *const m_editor;
    QStringList m_ids;
    QList<bool> m_previous;
    bool m_active;
};

// Adds a user; undo removes it again (with the same id, so redo gives the same user).
class AddUserCommand final : public QUndoCommand
{
public:
    AddUserCommand(DirectoryEditor *editor, User user);

    void redo() override;
    void undo() override;

private:
    DirectoryEditor *const m_editor;
    User m_user;
};

// Replaces a user's fields (matched by id).
class UpdateUserCommand final : public QUndoCommand
{
public:
    UpdateUserCommand(DirectoryEditor *editor, User before, User after);

    void redo() override;
    void undo() override;

private:
    DirectoryEditor *const m_editor;
    User m_before;
    User m_after;
};

// Removes users; undo brings back each user with its group memberships and role assignments.
class RemoveUsersCommand final : public QUndoCommand
{
public:
    RemoveUsersCommand(DirectoryEditor *editor, const QList<User> &users);

    void redo() override;
    void undo() override;

private:
    DirectoryEditor *const m_editor;
    QList<User> m_users;
    QList<Group> m_groupsBefore; // the groups that name one of the users
    QList<RoleAssignment> m_roles;
};

} // namespace foundry::ui
