#include "UserCommands.h"

#include "Directory.h"
#include "DirectoryEditor.h"

#include <QCoreApplication>

namespace foundry::ui {
namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("foundry::ui::UserCommands", text, nullptr, n);
}

QString subject(const QList<User> &users)
{
    return users.size() == 1 ? users.first().username : tr("%n users", int(users.size()));
}

bool namesAny(const QList<User> &users, const PrincipalRef &principal)
{
    if (principal.kind != PrincipalKind::User)
        return false;
    return std::any_of(users.cbegin(), users.cend(),
                       [&](const User &user) { return user.id == principal.id; });
}
} // namespace

// --- SetUsersActiveCommand ----------------------------------------------------------------

SetUsersActiveCommand::SetUsersActiveCommand(DirectoryEditor *editor, const QList<User> &users,
                                             bool active)
    : m_editor(editor), m_active(active)
{
    for (const User &user : users) {
        m_ids.append(user.id);
        m_previous.append(user.active);
    }
    setText((active ? tr("Activate %1") : tr("Deactivate %1")).arg(subject(users)));
}

void SetUsersActiveCommand::redo()
{
    m_editor->edit([this](Directory &directory) {
        for (const QString &id : std::as_const(m_ids))
            directory.setUserActive(id, m_active);
        return true;
    });
}

void SetUsersActiveCommand::undo()
{
    m_editor->edit([this](Directory &directory) {
        for (int i = 0; i < m_ids.size(); ++i)
            directory.setUserActive(m_ids.at(i), m_previous.at(i));
        return true;
    });
}

bool SetUsersActiveCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetUsersActiveCommand *>(other);
    if (m_ids.size() != 1 || next->m_ids != m_ids)
        return false;
    m_active = next->m_active;
    setText(next->text());
    // Toggling a user off and on again is no change at all.
    setObsolete(m_active == m_previous.first());
    return true;
}

// --- AddUserCommand -----------------------------------------------------------------------

AddUserCommand::AddUserCommand(DirectoryEditor *editor, User user)
    : m_editor(editor), m_user(std::move(user))
{
    if (m_user.id.isEmpty())
        m_user.id = newUuid();
    setText(tr("Add %1").arg(m_user.username));
}

void AddUserCommand::redo()
{
    m_editor->edit([this](Directory &directory) { return directory.addUser(m_user); });
}

void AddUserCommand::undo()
{
    m_editor->edit([this](Directory &directory) { return directory.removeUser(m_user.id); });
}

// --- UpdateUserCommand --------------------------------------------------------------------

UpdateUserCommand::UpdateUserCommand(DirectoryEditor *editor, User before, User after)
    : m_editor(editor), m_before(std::move(before)), m_after(std::move(after))
{
    setText(tr("Edit %1").arg(m_after.username));
}

void UpdateUserCommand::redo()
{
    m_editor->edit([this](Directory &directory) { return directory.updateUser(m_after); });
}

void UpdateUserCommand::undo()
{
    m_editor->edit([this](Directory &directory) { return directory.updateUser(m_before); });
}

// --- RemoveUsersCommand -------------------------------------------------------------------

RemoveUsersCommand::RemoveUsersCommand(DirectoryEditor *editor, const QList<User> &users)
    : m_editor(editor), m_users(users)
{
    const Directory &directory = *editor->directory();
    const QList<Group> groups = directory.groups();
    for (const Group &group : groups) {
        if (std::any_of(group.members.cbegin(), group.members.cend(),
                        [this](const PrincipalRef &member) { return namesAny(m_users, member); }))
            m_groupsBefore.append(group);
    }
    const QList<RoleAssignment> roles = directory.roleAssignments();
    for (const RoleAssignment &role : roles) {
        if (namesAny(m_users, role.principal))
            m_roles.append(role);
    }
    setText(tr("Delete %1").arg(subject(users)));
}

void RemoveUsersCommand::redo()
{
    m_editor->edit([this](Directory &directory) {
        for (const User &user : std::as_const(m_users))
            directory.removeUser(user.id);
        return true;
    });
}

void RemoveUsersCommand::undo()
{
    m_editor->edit([this](Directory &directory) {
        for (const User &user : std::as_const(m_users))
            directory.addUser(user);
        for (const Group &group : std::as_const(m_groupsBefore)) {
            // Only the memberships come back: the rest of the group may have changed since.
            if (std::optional<Group> current = directory.groupById(group.id)) {
                for (const PrincipalRef &member : group.members) {
                    if (namesAny(m_users, member) && !current->members.contains(member))
                        current->members.append(member);
                }
                directory.updateGroup(*current);
            }
        }
        for (const RoleAssignment &role : std::as_const(m_roles))
            directory.addRoleAssignment(role);
        return true;
    });
}

} // namespace foundry::ui
