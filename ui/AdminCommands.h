#pragma once

#include "AuthenticationProvider.h"
#include "Group.h"
#include "Organization.h"
#include "Preregistration.h"
#include "User.h"

#include <QUndoCommand>
#include <functional>

namespace foundry::ui {

class DirectoryEditor;

// One undoable edit: a redo and an undo step, each run against the Directory through the
// editor (so the tables update at once and the batch is known to be local). The factories
// below build one per user action of the admin pages, with the text the Edit menu shows.
//
// When the Directory refuses the first redo (e.g. an organization that still has users), the
// command makes itself obsolete, so QUndoStack::push() drops it, and the Directory's reason goes
// to the report set with reportFailureTo().
class DirectoryCommand final : public QUndoCommand
{
public:
    using Step = std::function<bool(Directory &, QString *error)>;

    DirectoryCommand(DirectoryEditor *editor, const QString &text, Step redo, Step undo);

    // `report` must outlive the push; it is cleared, then receives the reason of a refusal.
    DirectoryCommand *reportFailureTo(QString *report);

    void redo() override;
    void undo() override;

private:
    DirectoryEditor *const m_editor;
    Step m_redo;
    Step m_undo;
    QString *m_report = nullptr;
    bool m_done = false;
};

namespace commands {

// Groups. Removing a group takes its memberships in other groups and its role assignments
// along; undo brings them back.
DirectoryCommand *addGroup(DirectoryEditor *editor, Group group);
DirectoryCommand *updateGroup(DirectoryEditor *editor, const Group &before, const Group &after,
                              const QString &text = {});
DirectoryCommand *removeGroup(DirectoryEditor *editor, const Group &group);

// Organizations (the Directory refuses to remove one that still has users or groups).
DirectoryCommand *addOrganization(DirectoryEditor *editor, const Organization &organization);
DirectoryCommand *updateOrganization(DirectoryEditor *editor, const Organization &before,
                                     const Organization &after);
DirectoryCommand *removeOrganization(DirectoryEditor *editor, const Organization &organization);

// Role assignments on an organization or the enrollment.
DirectoryCommand *addRoleAssignment(DirectoryEditor *editor, const RoleAssignment &assignment);
DirectoryCommand *removeRoleAssignments(DirectoryEditor *editor,
                                        const QList<RoleAssignment> &assignments);

// Authentication providers.
DirectoryCommand *addProvider(DirectoryEditor *editor, const AuthenticationProvider &provider);
DirectoryCommand *updateProvider(DirectoryEditor *editor, const AuthenticationProvider &before,
                                 const AuthenticationProvider &after);
DirectoryCommand *removeProvider(DirectoryEditor *editor, const AuthenticationProvider &provider);

} // namespace commands

// "Preregister user…": the first redo runs auth::Preregistration::preregisterUser, the function
// the Admin API's preregisterUser endpoint calls, and keeps its outcome. Undo removes the user
// it created (an existing user, returned because preregistration is idempotent, stays); a later
// redo puts the same user back, with the same id. A failed or idempotent run makes the command
// obsolete, so the undo stack drops it; `report` (when given) receives the outcome of the first
// run, since the command may be gone once push() returns.
class PreregisterUserCommand final : public QUndoCommand
{
public:
    PreregisterUserCommand(DirectoryEditor *editor, AuthenticationProvider provider,
                           auth::Preregistration::UserRequest request,
                           auth::Preregistration::Outcome *report = nullptr);

    void redo() override;
    void undo() override;
    const auth::Preregistration::Outcome &outcome() const { return m_outcome; }

private:
    DirectoryEditor *const m_editor;
    const AuthenticationProvider m_provider;
    const auth::Preregistration::UserRequest m_request;
    auth::Preregistration::Outcome m_outcome;
    auth::Preregistration::Outcome *m_report;
    bool m_ran = false;
    User m_created;
};

} // namespace foundry::ui
