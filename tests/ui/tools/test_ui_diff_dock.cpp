// The "Diff vs file" dock over a real document: it lists a toggled user and an added group
// (console edits and a change over HTTP alike), and saving makes the saved state the baseline.
#include "ConsoleTestHarness.h"
#include "DiffDock.h"
#include "DirectoryEditor.h"
#include "SeedDocument.h"
#include "UserCommands.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

using namespace foundry;
using namespace foundry::ui;
using namespace foundry::test;

class TestDiffDock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleTestHarness> m_h;
    std::unique_ptr<DiffDock> m_dock;

    QStringList topLevelTexts() const
    {
        QStringList texts;
        QTreeWidget *tree = m_dock->tree();
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            texts.append(tree->topLevelItem(i)->text(0));
        return texts;
    }
    QTreeWidgetItem *item(const QString &text) const
    {
        const QList<QTreeWidgetItem *> found = m_dock->tree()->findItems(text, Qt::MatchExactly);
        return found.isEmpty() ? nullptr : found.first();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_h = std::make_unique<ConsoleTestHarness>();
        m_h->session->document()->adopt(m_dir.filePath(QStringLiteral("seed.yaml")));
        m_dock = std::make_unique<DiffDock>(m_h->session->editor(), m_h->session->document());
        m_dock->show();
    }
    void cleanup()
    {
        m_dock.reset();
        m_h.reset();
    }

    void freshDocument_noChanges()
    {
        QCOMPARE(m_dock->tree()->topLevelItemCount(), 0);
        QVERIFY(m_dock->findChild<QLabel *>(QStringLiteral("diffSummary"))
                    ->text()
                    .startsWith(QLatin1String("No changes")));
    }

    void toggledUserAndAddedGroup_areListed()
    {
        SeedDocument *document = m_h->session->document();
        const User bob = *m_h->directory->userByUsername(QStringLiteral("bob"));
        document->undoStack()->push(
            new SetUsersActiveCommand(m_h->session->editor(), {bob}, false));
        Group group;
        group.name = QStringLiteral("dispatch");
        group.members = {{PrincipalKind::User, bob.id}};
        QVERIFY(m_h->directory->addGroup(group)); // as an HTTP route would

        QTRY_COMPARE(m_dock->tree()->topLevelItemCount(), 2); // live, coalesced
        QTreeWidgetItem *user = item(QStringLiteral("~ user bob"));
        QVERIFY2(user, qPrintable(topLevelTexts().join(u'|')));
        QCOMPARE(user->childCount(), 1);
        QCOMPARE(user->child(0)->text(0), QStringLiteral("active"));
        QCOMPARE(user->child(0)->text(1), QStringLiteral("true"));
        QCOMPARE(user->child(0)->text(2), QStringLiteral("false"));
        QTreeWidgetItem *added = item(QStringLiteral("+ group dispatch"));
        QVERIFY2(added, qPrintable(topLevelTexts().join(u'|')));
        QCOMPARE(added->text(2), QStringLiteral("added"));

        // Undo of the toggle takes it out of the diff; the group stays.
        document->undoStack()->undo();
        QTRY_COMPARE(m_dock->tree()->topLevelItemCount(), 1);
        QVERIFY(item(QStringLiteral("+ group dispatch")));
    }

    void save_makesTheBaselineTheFile()
    {
        SeedDocument *document = m_h->session->document();
        const User carol = *m_h->directory->userByUsername(QStringLiteral("carol"));
        document->undoStack()->push(
            new SetUsersActiveCommand(m_h->session->editor(), {carol}, true));
        m_dock->refresh();
        QCOMPARE(m_dock->differences().size(), 1);
        QString error;
        QVERIFY2(document->save(document->filePath(), &error), qPrintable(error));
        QTRY_COMPARE(m_dock->tree()->topLevelItemCount(), 0);
        QVERIFY(m_dock->baseline().users.size() == m_h->directory->userCount());
    }
};

QTEST_MAIN(TestDiffDock)
#include "test_ui_diff_dock.moc"
