// Snapshots: the sidecar next to the seed round-trips; restoring a snapshot undoes several edits
// in one step, and that step can itself be undone and redone.
#include "ConsoleTestHarness.h"
#include "DirectoryEditor.h"
#include "SeedDocument.h"
#include "SnapshotStore.h"
#include "SnapshotsDock.h"
#include "UserCommands.h"

#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace foundry;
using namespace foundry::ui;
using namespace foundry::test;

class TestSnapshots : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleTestHarness> m_h;
    std::unique_ptr<SnapshotsDock> m_dock;

    QString seedPath() const { return m_dir.filePath(QStringLiteral("demo.yaml")); }
    bool active(const QString &username) const
    {
        return m_h->directory->userByUsername(username)->active;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QFile::remove(SnapshotStore::sidecarPathFor(seedPath()));
        m_h = std::make_unique<ConsoleTestHarness>(kConsoleTestSeed, false);
        m_h->session->document()->adopt(seedPath());
        m_dock = std::make_unique<SnapshotsDock>(m_h->session->editor(), m_h->session->document());
    }
    void cleanup()
    {
        m_dock.reset();
        m_h.reset();
    }

    void restore_undoesSeveralEdits_andCanBeUndone()
    {
        SeedDocument *document = m_h->session->document();
        QUndoStack *undo = document->undoStack();
        const DirectoryState atCheckpoint = m_h->directory->state();
        // Through the dock's own widgets: type a name, press the button.
        m_dock->nameEdit()->setText(QStringLiteral("before the demo"));
        m_dock->findChild<QPushButton *>(QStringLiteral("snapshotTakeButton"))->click();
        QCOMPARE(m_dock->list()->count(), 1);

        const User alice = *m_h->directory->userByUsername(QStringLiteral("alice"));
        const User bob = *m_h->directory->userByUsername(QStringLiteral("bob"));
        undo->push(new SetUsersActiveCommand(m_h->session->editor(), {alice}, false));
        undo->push(new SetUsersActiveCommand(m_h->session->editor(), {bob}, false));
        User dave;
        dave.username = QStringLiteral("dave");
        undo->push(new AddUserCommand(m_h->session->editor(), dave));
        const DirectoryState edited = m_h->directory->state();
        QVERIFY(!active(QStringLiteral("alice")));
        QVERIFY(m_h->directory->userByUsername(QStringLiteral("dave")));
        const int stepsBefore = undo->count();

        m_dock->list()->setCurrentRow(0);
        m_dock->findChild<QPushButton *>(QStringLiteral("snapshotRestoreButton"))->click();
        QCOMPARE(undo->count(), stepsBefore + 1); // one step
        QCOMPARE(undo->undoText(), QStringLiteral("Restore snapshot “before the demo”"));
        QVERIFY(m_h->directory->state() == atCheckpoint);
        QVERIFY(active(QStringLiteral("alice")));
        QVERIFY(!m_h->directory->userByUsername(QStringLiteral("dave")));

        undo->undo();
        QVERIFY(m_h->directory->state() == edited);
        undo->redo();
        QVERIFY(m_h->directory->state() == atCheckpoint);
        // Back past the restore, the earlier edits still undo one by one.
        undo->undo();
        undo->undo();
        QVERIFY(!m_h->directory->userByUsername(QStringLiteral("dave")));
        QVERIFY(!active(QStringLiteral("bob")));
    }

    void sidecar_keepsSnapshotsForTheNextSession()
    {
        const User carol = *m_h->directory->userByUsername(QStringLiteral("carol"));
        QVERIFY(!carol.active);
        QVERIFY(m_dock->takeSnapshot(QStringLiteral("carol off")));
        const QString sidecar = SnapshotStore::sidecarPathFor(seedPath());
        QCOMPARE(sidecar, seedPath() + QStringLiteral(".snapshots.json"));
        QVERIFY(QFile::exists(sidecar));

        SnapshotStore reopened;
        QString error;
        QVERIFY2(reopened.setSeedPath(seedPath(), &error), qPrintable(error));
        QCOMPARE(reopened.snapshots().size(), 1);
        const auto snapshot = reopened.find(QStringLiteral("carol off"));
        QVERIFY(snapshot);
        QCOMPARE(snapshot->state.users.size(), m_h->directory->userCount());
        bool carolInactive = false;
        for (const User &user : snapshot->state.users)
            carolInactive |= user.username == QLatin1String("carol") && !user.active;
        QVERIFY(carolInactive);
        QCOMPARE(snapshot->state.users.first().id, m_h->directory->users().first().id);

        // Same name replaces; delete removes it from the sidecar too.
        QVERIFY(m_dock->takeSnapshot(QStringLiteral("carol off")));
        QCOMPARE(m_dock->store()->snapshots().size(), 1);
        QVERIFY(m_dock->deleteSnapshot(QStringLiteral("carol off")));
        SnapshotStore afterDelete;
        QVERIFY(afterDelete.setSeedPath(seedPath()));
        QVERIFY(afterDelete.snapshots().isEmpty());
    }

    void brokenSidecar_isReportedNotFatal()
    {
        QFile file(SnapshotStore::sidecarPathFor(seedPath()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{not json");
        file.close();
        SnapshotStore store;
        QString error;
        QVERIFY(!store.setSeedPath(seedPath(), &error));
        QVERIFY(error.contains(QLatin1String("not a snapshots file")));
        QVERIFY(store.snapshots().isEmpty());
    }

    void untitledSnapshots_moveIntoTheFirstSave()
    {
        SnapshotStore store;
        QVERIFY(store.setSeedPath({}));
        QVERIFY(store.take(QStringLiteral("draft"), m_h->directory->state()));
        const QString path = m_dir.filePath(QStringLiteral("new.yaml"));
        QFile::remove(SnapshotStore::sidecarPathFor(path));
        QVERIFY(store.setSeedPath(path));
        QCOMPARE(store.snapshots().size(), 1);
        QVERIFY(QFile::exists(SnapshotStore::sidecarPathFor(path)));
    }
};

QTEST_MAIN(TestSnapshots)
#include "test_ui_snapshots.moc"
