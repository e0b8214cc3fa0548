#include "AdminCommands.h"

#include "AdminText.h"
#include "Directory.h"
#include "DirectoryEditor.h"

#include <QCoreApplication>

namespace foundry::ui {
namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("foundry::ui::AdminCommands", text, nullptr, n);
}

bool restoreRoleAssignments(Directory &directory, const QList<RoleAssignment> &assignments)
{
    for (const RoleAssignment &assignment : assignments)
        directory.addRoleAssignment(assignment);
    return true;
}

QList<RoleAssignment> assignmentsWhere(const Directory &directory,
                                       const std::function<bool(const RoleAssignment &)> &test)
{
    QList<RoleAssignment> found;
    const QList<RoleAssignment> all = directory.roleAssignments();
    for (const RoleAssignment &assignment : all) {
        if (test(assignment))
            found.append(assignment);
    }
    return found;
}
} // namespace

DirectoryCommand::DirectoryCommand(DirectoryEditor *editor, const QString &text, Step redo,
                                   Step undo)
    : m_editor(editor), m_redo(std::move(redo)), m_undo(std::move(undo))
{
    setText(text);
}

DirectoryCommand *DirectoryCommand::reportFailureTo(QString *report)
{
    m_report = report;
    if (m_report)
        m_report->clear();
    return this;
}

void DirectoryCommand::redo()
{
    QString error;
    const bool ok = m_editor->edit([&](Directory &directory) { return m_redo(directory, &error); });
    if (!m_done && !ok) {
        if (m_report)
            *m_report = error.isEmpty() ? tr("The change was refused.") : error;
        setObsolete(true);
    }
    m_done = true;
}

void DirectoryCommand::undo()
{
    m_editor->edit([this](Directory &directory) { return m_undo(directory, nullptr); });
}

namespace commands {

// --- groups -----------------------------------------------------------------------------------

DirectoryCommand *addGroup(DirectoryEditor *editor, Group group)
{
    if (group.id.isEmpty())
        group.id = newUuid(); // redo after undo gives the same group
    return new DirectoryCommand(
        editor, tr("Add group %1").arg(group.name),
        [group](Directory &directory, QString *error) { return directory.addGroup(group, error); },
        [id = group.id](Directory &directory, QString *) { return directory.removeGroup(id); });
}

DirectoryCommand *updateGroup(DirectoryEditor *editor, const Group &before, const Group &after,
                              const QString &text)
{
    return new DirectoryCommand(
        editor, text.isEmpty() ? tr("Edit group %1").arg(after.name) : text,
        [after](Directory &directory, QString *error) {
            return directory.updateGroup(after, error);
        },
        [before](Directory &directory, QString *) { return directory.updateGroup(before); });
}

DirectoryCommand *removeGroup(DirectoryEditor *editor, const Group &group)
{
    const Directory &directory = *editor->directory();
    const PrincipalRef self{PrincipalKind::Group, group.id};
    QStringList parents; // the groups it is a member of
    const QList<Group> groups = directory.groups();
    for (const Group &other : groups) {
        if (other.members.contains(self))
            parents.append(other.id);
    }
    const QList<RoleAssignment> roles = assignmentsWhere(
        directory, [&](const RoleAssignment &assignment) { return assignment.principal == self; });
    return new DirectoryCommand(
        editor, tr("Delete group %1").arg(group.name),
        [id = group.id](Directory &directory, QString *) { return directory.removeGroup(id); },
        [group, self, parents, roles](Directory &directory, QString *) {
            directory.addGroup(group);
            for (const QString &parentId : parents) {
                // Only the membership comes back: the rest of the parent may have changed.
                if (std::optional<Group> parent = directory.groupById(parentId)) {
                    if (!parent->members.contains(self)) {
                        parent->members.append(self);
                        directory.updateGroup(*parent);
                    }
                }
            }
            return restoreRoleAssignments(directory, roles);
        });
}

// --- organizations ----------------------------------------------------------------------------

DirectoryCommand *addOrganization(DirectoryEditor *editor, const Organization &organization)
{
    return new DirectoryCommand(
        editor, tr("Add organization %1").arg(organization.name),
        [organization](Directory &directory, QString *error) {
            return directory.addOrganization(organization, error);
        },
        [rid = organization.rid](Directory &directory, QString *) {
            return directory.removeOrganization(rid);
        });
}

DirectoryCommand *updateOrganization(DirectoryEditor *editor, const Organization &before,
                                     const Organization &after)
{
    return new DirectoryCommand(
        editor, tr("Edit organization %1").arg(after.name),
        [after](Directory &directory, QString *error) {
            return directory.updateOrganization(after, error);
        },
        [before](Directory &directory, QString *) { return directory.updateOrganization(before); });
}

DirectoryCommand *removeOrganization(DirectoryEditor *editor, const Organization &organization)
{
    const QList<RoleAssignment> roles =
        assignmentsWhere(*editor->directory(), [&](const RoleAssignment &assignment) {
            return assignment.resource == organization.rid;
        });
    return new DirectoryCommand(
        editor, tr("Delete organization %1").arg(organization.name),
        [rid = organization.rid](Directory &directory, QString *error) {
            return directory.removeOrganization(rid, error);
        },
        [organization, roles](Directory &directory, QString *) {
            directory.addOrganization(organization);
            return restoreRoleAssignments(directory, roles);
        });
}

// --- role assignments -------------------------------------------------------------------------

DirectoryCommand *addRoleAssignment(DirectoryEditor *editor, const RoleAssignment &assignment)
{
    const QString text =
        tr("Grant %1 to %2")
            .arg(admintext::roleName(assignment.roleId),
                 admintext::principalName(*editor->directory(), assignment.principal));
    return new DirectoryCommand(
        editor, text,
        [assignment](Directory &directory, QString *error) {
            if (directory.addRoleAssignment(assignment))
                return true;
            if (error)
                *error = tr("%1 holds this role there already.")
                             .arg(admintext::principalName(directory, assignment.principal));
            return false;
        },
        [key = assignment.key()](Directory &directory, QString *) {
            return directory.removeRoleAssignment(key);
        });
}

DirectoryCommand *removeRoleAssignments(DirectoryEditor *editor,
                                        const QList<RoleAssignment> &assignments)
{
    const QString text = assignments.size() == 1
                             ? tr("Revoke %1 from %2")
                                   .arg(admintext::roleName(assignments.first().roleId),
                                        admintext::principalName(*editor->directory(),
                                                                 assignments.first().principal))
                             : tr("Revoke %n role assignments", int(assignments.size()));
    return new DirectoryCommand(
        editor, text,
        [assignments](Directory &directory, QString *) {
            for (const RoleAssignment &assignment : assignments)
                directory.removeRoleAssignment(assignment.key());
            return true;
        },
        [assignments](Directory &directory, QString *) {
            return restoreRoleAssignments(directory, assignments);
        });
}

// --- authentication providers -----------------------------------------------------------------

DirectoryCommand *addProvider(DirectoryEditor *editor, const AuthenticationProvider &provider)
{
    return new DirectoryCommand(
        editor, tr("Add provider %1").arg(provider.name),
        [provider](Directory &directory, QString *error) {
            return directory.addAuthenticationProvider(provider, error);
        },
        [rid = provider.rid](Directory &directory, QString *) {
            return directory.removeAuthenticationProvider(rid);
        });
}

DirectoryCommand *updateProvider(DirectoryEditor *editor, const AuthenticationProvider &before,
                                 const AuthenticationProvider &after)
{
    return new DirectoryCommand(
        editor, tr("Edit provider %1").arg(after.name),
        [after](Directory &directory, QString *error) {
            return directory.updateAuthenticationProvider(after, error);
        },
        [before](Directory &directory, QString *) {
            return directory.updateAuthenticationProvider(before);
        });
}

DirectoryCommand *removeProvider(DirectoryEditor *editor, const AuthenticationProvider &provider)
{
    return new DirectoryCommand(
        editor, tr("Delete provider %1").arg(provider.name),
        [rid = provider.rid](Directory &directory, QString *) {
            return directory.removeAuthenticationProvider(rid);
        },
        [provider](Directory &directory, QString *) {
            return directory.addAuthenticationProvider(provider);
        });
}

} // namespace commands

// --- PreregisterUserCommand -------------------------------------------------------------------

PreregisterUserCommand::PreregisterUserCommand(DirectoryEditor *editor,
                                               AuthenticationProvider provider,
                                               auth::Preregistration::UserRequest request,
                                               auth::Preregistration::Outcome *report)
    : m_editor(editor), m_provider(std::move(provider)), m_request(std::move(request)),
      m_report(report)
{
    setText(tr("Preregister %1").arg(m_request.username));
}

void PreregisterUserCommand::redo()
{
    if (m_ran) { // the same user again, not a new id
        m_editor->edit([this](Directory &directory) { return directory.addUser(m_created); });
        return;
    }
    m_ran = true;
    m_editor->edit([this](Directory &directory) {
        m_outcome = auth::Preregistration::preregisterUser(directory, m_provider, m_request);
        if (m_outcome.created)
            m_created = directory.userById(m_outcome.id).value_or(User{});
        return m_outcome.ok();
    });
    if (m_report)
        *m_report = m_outcome;
    // Nothing to undo: the stack drops the command.
    setObsolete(!m_outcome.created || m_created.id.isEmpty());
}

void PreregisterUserCommand::undo()
{
    if (!m_created.id.isEmpty())
        m_editor->edit([this](Directory &directory) { return directory.removeUser(m_created.id); });
}

} // namespace foundry::ui
