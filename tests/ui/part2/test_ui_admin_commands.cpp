// The admin pages' undo commands: each does its edit, undo restores exactly what was there
// (memberships and role assignments of a deleted group or organization included), redo again,
// a refused edit is dropped from the stack with the Directory's reason, and "Preregister user"
// runs the Admin API's function, undoes to nothing, and redoes with the same id.
#include "../ConsoleTestHarness.h"
#include "AdminCommands.h"
#include "AdminTestSeed.h"
#include "DirectoryEditor.h"
#include "SeedDocument.h"

#include <QUndoStack>

using namespace foundry;
using namespace foundry::ui;
using namespace foundry::test;

namespace {
const QString kAcme = QStringLiteral("ri.organization.main.organization.acme");
const QString kEmpty = QStringLiteral("ri.organization.main.organization.empty");
} // namespace

class TestAdminCommands : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConsoleTestHarness> m_h;
    QUndoStack *stack() const { return m_h->session->document()->undoStack(); }
    DirectoryEditor *editor() const { return m_h->session->editor(); }
    Directory &directory() const { return *m_h->directory; }
    Group group(const QString &name) const { return *directory().groupByName(name); }

private Q_SLOTS:
    void init() { m_h = std::make_unique<ConsoleTestHarness>(kAdminPagesSeed, false); }
    void cleanup() { m_h.reset(); }

    void addGroup_undoRedoKeepsTheId()
    {
        Group created;
        created.name = QStringLiteral("night-shift");
        created.organizationRids = {kAcme};
        stack()->push(commands::addGroup(editor(), created));
        const QString id = group(QStringLiteral("night-shift")).id;
        QCOMPARE(stack()->undoText(), QStringLiteral("Add group night-shift"));
        QVERIFY(m_h->session->document()->isModified());
        stack()->undo();
        QVERIFY(!directory().groupByName(QStringLiteral("night-shift")));
        QVERIFY(!m_h->session->document()->isModified());
        stack()->redo();
        QCOMPARE(group(QStringLiteral("night-shift")).id, id);
    }

    void removeGroup_undoRestoresMembershipsAndRoles()
    {
        const Group dispatch = group(QStringLiteral("dispatch"));
        const Group operations = group(QStringLiteral("operations"));
        RoleAssignment role{
            {PrincipalKind::Group, dispatch.id}, QStringLiteral("member"), kAcme, {}};
        QVERIFY(directory().addRoleAssignment(role));

        stack()->push(commands::removeGroup(editor(), dispatch));
        QVERIFY(!directory().groupById(dispatch.id));
        QVERIFY(!group(QStringLiteral("operations"))
                     .members.contains(PrincipalRef{PrincipalKind::Group, dispatch.id}));
        QVERIFY(!directory().roleAssignments().contains(role));

        stack()->undo();
        QCOMPARE(*directory().groupById(dispatch.id), dispatch);
        QCOMPARE(group(QStringLiteral("operations")).members, operations.members);
        QVERIFY(directory().roleAssignments().contains(role));
    }

    void updateGroup_usesTheGivenText()
    {
        const Group before = group(QStringLiteral("dispatch"));
        Group after = before;
        after.description = QStringLiteral("Plans routes");
        stack()->push(commands::updateGroup(editor(), before, after, QStringLiteral("Edit it")));
        QCOMPARE(stack()->undoText(), QStringLiteral("Edit it"));
        QCOMPARE(group(QStringLiteral("dispatch")).description, QStringLiteral("Plans routes"));
        stack()->undo();
        QCOMPARE(group(QStringLiteral("dispatch")), before);
    }

    void removeOrganization_refusedWhileInUse_droppedWithReason()
    {
        const Organization acme = *directory().organization(kAcme);
        QString failure;
        stack()->push(commands::removeOrganization(editor(), acme)->reportFailureTo(&failure));
        QVERIFY2(failure.contains(QStringLiteral("still has users or groups")),
                 qPrintable(failure));
        QCOMPARE(stack()->count(), 0); // nothing to undo
        QVERIFY(directory().organization(kAcme));
    }

    void removeOrganization_undoRestoresItsRoleAssignments()
    {
        const Organization empty = *directory().organization(kEmpty);
        const RoleAssignment role{{PrincipalKind::User, m_h->idOf(QStringLiteral("bob"))},
                                  QStringLiteral("organization-administrator"),
                                  kEmpty,
                                  {}};
        QVERIFY(directory().addRoleAssignment(role));
        QString failure;
        stack()->push(commands::removeOrganization(editor(), empty)->reportFailureTo(&failure));
        QVERIFY(failure.isEmpty());
        QVERIFY(!directory().organization(kEmpty));
        QVERIFY(!directory().roleAssignments().contains(role));
        stack()->undo();
        QCOMPARE(*directory().organization(kEmpty), empty);
        QVERIFY(directory().roleAssignments().contains(role));
    }

    void roleAssignments_grantAndRevoke()
    {
        const RoleAssignment role{{PrincipalKind::User, m_h->idOf(QStringLiteral("bob"))},
                                  QStringLiteral("users-and-groups-administrator"),
                                  kAcme,
                                  {}};
        stack()->push(commands::addRoleAssignment(editor(), role));
        QCOMPARE(stack()->undoText(),
                 QStringLiteral("Grant Users and groups administrator to bob"));
        QVERIFY(directory().roleAssignments().contains(role));

        QString failure; // the same again is refused
        stack()->push(commands::addRoleAssignment(editor(), role)->reportFailureTo(&failure));
        QVERIFY(failure.contains(QStringLiteral("already")));
        QCOMPARE(stack()->count(), 1);

        stack()->push(commands::removeRoleAssignments(editor(), {role}));
        QVERIFY(!directory().roleAssignments().contains(role));
        stack()->undo();
        QVERIFY(directory().roleAssignments().contains(role));
        stack()->undo();
        QVERIFY(!directory().roleAssignments().contains(role));
    }

    void providers_addUpdateRemove()
    {
        const AuthenticationProvider okta =
            *directory().authenticationProvider(QStringLiteral("ri.control-panel.main.saml.okta"));
        AuthenticationProvider changed = okta;
        changed.enabled = false;
        changed.supportedUsernamePatterns = {QStringLiteral(".*")};
        stack()->push(commands::updateProvider(editor(), okta, changed));
        QCOMPARE(*directory().authenticationProvider(okta.rid), changed);
        stack()->push(commands::removeProvider(editor(), changed));
        QVERIFY(!directory().authenticationProvider(okta.rid));
        stack()->undo();
        stack()->undo();
        QCOMPARE(*directory().authenticationProvider(okta.rid), okta);
    }

    void preregister_createsUndoesAndRedoesWithTheSameId()
    {
        const AuthenticationProvider okta =
            *directory().authenticationProvider(QStringLiteral("ri.control-panel.main.saml.okta"));
        auth::Preregistration::UserRequest request;
        request.username = QStringLiteral("dan@acme.example");
        request.organizationRid = kAcme;
        request.givenName = QStringLiteral("Dan");
        auth::Preregistration::Outcome outcome;
        stack()->push(new PreregisterUserCommand(editor(), okta, request, &outcome));
        QVERIFY(outcome.ok());
        QVERIFY(outcome.created);
        const User dan = *directory().userById(outcome.id);
        QCOMPARE(dan.username, request.username);
        QCOMPARE(dan.realm, QStringLiteral("acme-realm"));
        QCOMPARE(dan.organizationRid, kAcme);
        QVERIFY(dan.preregistered);
        QVERIFY(dan.active);
        QCOMPARE(stack()->undoText(), QStringLiteral("Preregister dan@acme.example"));

        stack()->undo();
        QVERIFY(!directory().userById(outcome.id));
        stack()->redo();
        QCOMPARE(*directory().userById(outcome.id), dan);
    }

    void preregister_refusedOrIdempotent_leavesNothingToUndo()
    {
        const AuthenticationProvider okta =
            *directory().authenticationProvider(QStringLiteral("ri.control-panel.main.saml.okta"));
        auth::Preregistration::UserRequest request;
        request.username = QStringLiteral("mallory@elsewhere.example");
        request.organizationRid = kAcme;
        auth::Preregistration::Outcome outcome;
        stack()->push(new PreregisterUserCommand(editor(), okta, request, &outcome));
        QCOMPARE(outcome.failure, auth::Preregistration::Failure::UsernameNotAllowed);
        QCOMPARE(stack()->count(), 0);
        QVERIFY(!directory().userByUsername(request.username));

        request.username = QStringLiteral("dan@acme.example");
        stack()->push(new PreregisterUserCommand(editor(), okta, request, &outcome));
        const QString id = outcome.id;
        stack()->push(new PreregisterUserCommand(editor(), okta, request, &outcome));
        QVERIFY(outcome.ok());
        QVERIFY(!outcome.created);
        QCOMPARE(outcome.id, id);
        QCOMPARE(stack()->count(), 1); // the second run changed nothing
    }
};

QTEST_MAIN(TestAdminCommands)
#include "test_ui_admin_commands.moc"
