// The undo commands for users: one step per action, toggles merge, undo restores exactly.
#include "ConsoleTestHarness.h"
#include "DirectoryEditor.h"
#include "SeedDocument.h"
#include "UserCommands.h"

#include <QUndoStack>

using namespace foundry;
using namespace foundry::ui;
using namespace foundry::test;

class TestUserCommands : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConsoleTestHarness> m_h;
    DirectoryEditor *editor() const { return m_h->session->editor(); }
    QUndoStack *stack() const { return m_h->session->document()->undoStack(); }
    User user(const QString &name) const { return *m_h->directory->userByUsername(name); }
    bool active(const QString &name) const { return user(name).active; }

private Q_SLOTS:
    void init() { m_h = std::make_unique<ConsoleTestHarness>(kConsoleTestSeed, false); }
    void cleanup() { m_h.reset(); }

    void deactivate_isNamed_andUndoes()
    {
        stack()->push(new SetUsersActiveCommand(editor(), {user(QStringLiteral("alice"))}, false));
        QCOMPARE(stack()->undoText(), QStringLiteral("Deactivate alice"));
        QVERIFY(!active(QStringLiteral("alice")));
        stack()->undo();
        QVERIFY(active(QStringLiteral("alice")));
        stack()->redo();
        QVERIFY(!active(QStringLiteral("alice")));
    }

    void repeatedToggle_ofTheSameUser_merges()
    {
        stack()->push(new SetUsersActiveCommand(editor(), {user(QStringLiteral("alice"))}, false));
        stack()->push(new SetUsersActiveCommand(editor(), {user(QStringLiteral("alice"))}, true));
        // off then on again is no change: the merged command is obsolete and gone
        QCOMPARE(stack()->count(), 0);
        QVERIFY(stack()->isClean());
        stack()->push(new SetUsersActiveCommand(editor(), {user(QStringLiteral("alice"))}, false));
        stack()->push(new SetUsersActiveCommand(editor(), {user(QStringLiteral("bob"))}, false));
        QCOMPARE(stack()->count(), 2); // another user does not merge
    }

    void bulk_isOneStep()
    {
        const QList<User> users{user(QStringLiteral("alice")), user(QStringLiteral("bob")),
                                user(QStringLiteral("malik"))};
        stack()->push(new SetUsersActiveCommand(editor(), users, false));
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(stack()->undoText(), QStringLiteral("Deactivate 3 users"));
        QVERIFY(!active(QStringLiteral("alice")) && !active(QStringLiteral("bob")) &&
                !active(QStringLiteral("malik")));
        stack()->undo();
        QVERIFY(active(QStringLiteral("alice")) && active(QStringLiteral("bob")) &&
                active(QStringLiteral("malik")));
    }

    void add_thenUndo_thenRedo_keepsTheId()
    {
        User dave;
        dave.username = QStringLiteral("dave");
        stack()->push(new AddUserCommand(editor(), dave));
        const QString id = user(QStringLiteral("dave")).id;
        QVERIFY(!id.isEmpty());
        stack()->undo();
        QVERIFY(!m_h->directory->userByUsername(QStringLiteral("dave")));
        stack()->redo();
        QCOMPARE(user(QStringLiteral("dave")).id, id);
    }

    void update_undoRestoresEveryField()
    {
        const User before = user(QStringLiteral("bob"));
        User after = before;
        after.email = QStringLiteral("robert@example.com");
        after.attributes = {{QStringLiteral("team"), {QStringLiteral("A"), QStringLiteral("B")}}};
        stack()->push(new UpdateUserCommand(editor(), before, after));
        QCOMPARE(stack()->undoText(), QStringLiteral("Edit bob"));
        QCOMPARE(user(QStringLiteral("bob")), after);
        stack()->undo();
        QCOMPARE(user(QStringLiteral("bob")), before);
    }

    void delete_undoBringsBackMemberships()
    {
        const User alice = user(QStringLiteral("alice"));
        const PrincipalRef ref{PrincipalKind::User, alice.id};
        QVERIFY(m_h->directory->groupByName(QStringLiteral("finance"))->members.contains(ref));
        stack()->push(new RemoveUsersCommand(editor(), {alice}));
        QVERIFY(!m_h->directory->userById(alice.id));
        QVERIFY(!m_h->directory->groupByName(QStringLiteral("finance"))->members.contains(ref));
        stack()->undo();
        QCOMPARE(*m_h->directory->userById(alice.id), alice);
        QVERIFY(m_h->directory->groupByName(QStringLiteral("finance"))->members.contains(ref));
    }

    void consoleEdits_areNotRemoteChanges()
    {
        QSignalSpy remote(editor(), &DirectoryEditor::remoteChanges);
        stack()->push(new SetUsersActiveCommand(editor(), {user(QStringLiteral("alice"))}, false));
        QCoreApplication::processEvents();
        QCOMPARE(remote.size(), 0);
        m_h->directory->setUserActive(user(QStringLiteral("bob")).id, false); // as HTTP would
        QTRY_COMPARE(remote.size(), 1);
    }
};

QTEST_MAIN(TestUserCommands)
#include "test_ui_user_commands.moc"
