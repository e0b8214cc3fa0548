// No lost work in the console: the recovery file follows unsaved edits and goes away on save;
// a journal left by a process that died is offered at the next start and restores the edits as
// one undoable change; a seed changed on disk by someone else is not overwritten silently.

#include "DialogSeams.h"
#include "DiskChangeGuard.h"
#include "DocumentController.h"
#include "Directory.h"
#include "DirectoryEditor.h"
#include "RecoveryJournal.h"
#include "SeedDocument.h"
#include "SeedReader.h"
#include "SeedWriter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>
#include <QWidget>

#include <unistd.h>

using namespace foundry;
using namespace foundry::ui;

namespace {

const char *kSeed = "foundry:\n  users:\n    - {username: alice, id: a11ce000-0000-4000-8000-000000000001}\n";
const QString kAlice = QStringLiteral("a11ce000-0000-4000-8000-000000000001");

// A console edit, as the pages make them: an undo command over the editor.
class DeactivateCommand final : public QUndoCommand
{
public:
    DeactivateCommand(DirectoryEditor *editor, QString id) : m_editor(editor), m_id(std::move(id)) {}
    void redo() override { m_editor->edit([this](Directory &d) { return d.setUserActive(m_id, false); }); }
    void undo() override { m_editor->edit([this](Directory &d) { return d.setUserActive(m_id, true); }); }

private:
    DirectoryEditor *const m_editor;
    const QString m_id;
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool aliceActive(Directory &directory)
{
    return directory.userById(kAlice)->active;
}

} // namespace

class TestRobustnessNoLostWork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void unsavedEdit_isJournaled_andSavingRemovesTheJournal();
    void journalOfADeadProcess_isOffered_andRestoredAsOneUndoableEdit();
    void journalOfADeadProcess_declined_isDeleted();
    void journalOfARunningConsole_isNotOffered();
    void fileChangedOnDisk_isNotOverwrittenWithoutAsking();
    void fileChangedOnDisk_overwrittenWhenConfirmed();
    void unchangedFile_savesWithoutAsking();
    void cancelledOverwrite_showsNoSaveFailedWarning();
    void failedSave_showsOneWarning();

private:
    // A journal as a console that died would leave it: its state and a note with a dead pid.
    void plantOrphan(const DirectoryState &state, qint64 pid);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_seedPath;
    QString m_journalFolder;
    std::unique_ptr<Directory> m_directory;
    std::unique_ptr<DirectoryEditor> m_editor;
    std::unique_ptr<SeedDocument> m_document;
    std::unique_ptr<QWidget> m_window;
};

void TestRobustnessNoLostWork::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_seedPath = m_dir->filePath(QStringLiteral("seed.yaml"));
    m_journalFolder = m_dir->filePath(QStringLiteral("recovery"));
    QVERIFY(writeFile(m_seedPath, kSeed));
    m_directory = std::make_unique<Directory>();
    m_directory->setNotificationDelay(0);
    m_editor = std::make_unique<DirectoryEditor>(m_directory.get());
    m_document = std::make_unique<SeedDocument>(m_editor.get());
    SeedIssues errors;
    QVERIFY(m_document->open(m_seedPath, &errors));
    m_window = std::make_unique<QWidget>();
    MessageBox::resetQuestionCount();
    MessageBox::recordWarnings(true);
}

void TestRobustnessNoLostWork::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    MessageBox::recordWarnings(false);
    m_window.reset(); // the guard goes with its window
    m_document.reset();
    m_editor.reset();
    m_directory.reset();
    m_dir.reset();
}

void TestRobustnessNoLostWork::plantOrphan(const DirectoryState &state, qint64 pid)
{
    QVERIFY(QDir().mkpath(m_journalFolder));
    const QString journal = m_journalFolder + QStringLiteral("/recovery-%1.yaml").arg(pid);
    QVERIFY(saveSeedFile(state, journal));
    const QJsonObject note{{QStringLiteral("document"), m_seedPath},
                           {QStringLiteral("pid"), pid},
                           {QStringLiteral("savedAt"), QStringLiteral("2026-01-02T03:04:05Z")}};
    QVERIFY(writeFile(m_journalFolder + QStringLiteral("/recovery-%1.json").arg(pid),
                      QJsonDocument(note).toJson()));
}

void TestRobustnessNoLostWork::unsavedEdit_isJournaled_andSavingRemovesTheJournal()
{
    RecoveryJournal journal(m_document.get(), m_editor.get(), m_journalFolder);
    journal.setWriteDelay(0);
    QVERIFY(!QFile::exists(journal.journalPath()));
    m_document->undoStack()->push(new DeactivateCommand(m_editor.get(), kAlice));
    QVERIFY(m_document->isModified());
    QTRY_VERIFY(QFile::exists(journal.journalPath()));
    const SeedLoadResult journaled = loadSeedFile(journal.journalPath());
    QVERIFY(journaled.ok);
    const auto alice = std::find_if(journaled.state.users.begin(), journaled.state.users.end(),
                                    [](const User &u) { return u.id == kAlice; });
    QVERIFY(alice != journaled.state.users.end());
    QVERIFY(!alice->active);

    QString error;
    QVERIFY2(m_document->save(m_seedPath, &error), qPrintable(error));
    QVERIFY(!QFile::exists(journal.journalPath()));
    QVERIFY(RecoveryJournal::findOrphans(m_journalFolder).isEmpty());
}

void TestRobustnessNoLostWork::journalOfADeadProcess_isOffered_andRestoredAsOneUndoableEdit()
{
    DirectoryState edited = m_directory->state();
    for (User &user : edited.users)
        if (user.id == kAlice)
            user.active = false;
    plantOrphan(edited, 999999999); // above any pid_max: no such process
    RecoveryJournal journal(m_document.get(), m_editor.get(), m_journalFolder);
    QCOMPARE(RecoveryJournal::findOrphans(m_journalFolder).size(), 1);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(journal.offerRestore(m_window.get()));
    QCOMPARE(MessageBox::questionCount(), 1);
    QVERIFY(!aliceActive(*m_directory));
    QVERIFY(m_document->isModified()); // restored, not saved
    QCOMPARE(m_document->filePath(), m_seedPath);
    QVERIFY(RecoveryJournal::findOrphans(m_journalFolder).isEmpty());
    m_document->undoStack()->undo();
    QVERIFY(aliceActive(*m_directory));
    QVERIFY(!m_document->isModified());
}

void TestRobustnessNoLostWork::journalOfADeadProcess_declined_isDeleted()
{
    DirectoryState edited = m_directory->state();
    edited.users.first().active = false;
    plantOrphan(edited, 999999998);
    RecoveryJournal journal(m_document.get(), m_editor.get(), m_journalFolder);
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!journal.offerRestore(m_window.get()));
    QVERIFY(aliceActive(*m_directory));
    QVERIFY(!m_document->isModified());
    QVERIFY(RecoveryJournal::findOrphans(m_journalFolder).isEmpty());
    QVERIFY(!journal.offerRestore(m_window.get())); // nothing left to offer, no question
    QCOMPARE(MessageBox::questionCount(), 1);
}

void TestRobustnessNoLostWork::journalOfARunningConsole_isNotOffered()
{
    plantOrphan(m_directory->state(), qint64(getppid())); // a live process: someone's console
    RecoveryJournal journal(m_document.get(), m_editor.get(), m_journalFolder);
    QVERIFY(RecoveryJournal::findOrphans(m_journalFolder).isEmpty());
    QVERIFY(!journal.offerRestore(m_window.get()));
    QCOMPARE(MessageBox::questionCount(), 0);
}

void TestRobustnessNoLostWork::fileChangedOnDisk_isNotOverwrittenWithoutAsking()
{
    auto *guard = new DiskChangeGuard(m_document.get(), m_window.get());
    m_document->undoStack()->push(new DeactivateCommand(m_editor.get(), kAlice));
    const QByteArray theirs = QByteArray(kSeed) + "  groups:\n    - {name: theirs}\n";
    QVERIFY(writeFile(m_seedPath, theirs)); // someone else's edit while the file is open
    QVERIFY(guard->changedOnDisk());

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QString error;
    QVERIFY(!m_document->save(m_seedPath, &error));
    QCOMPARE(MessageBox::questionCount(), 1);
    QVERIFY2(error.isEmpty(), qPrintable(error)); // cancelled, not failed
    QCOMPARE(readFile(m_seedPath), theirs);
    QVERIFY(m_document->isModified());
}

void TestRobustnessNoLostWork::fileChangedOnDisk_overwrittenWhenConfirmed()
{
    auto *guard = new DiskChangeGuard(m_document.get(), m_window.get());
    m_document->undoStack()->push(new DeactivateCommand(m_editor.get(), kAlice));
    QVERIFY(writeFile(m_seedPath, QByteArray(kSeed) + "# touched\n"));
    MessageBox::setNextAnswer(QMessageBox::Save);
    QString error;
    QVERIFY2(m_document->save(m_seedPath, &error), qPrintable(error));
    QVERIFY(!loadSeedFile(m_seedPath).state.users.isEmpty());
    QVERIFY(!m_document->isModified());
    QTRY_VERIFY(!guard->changedOnDisk()); // what is on disk is ours now
    m_document->undoStack()->push(new DeactivateCommand(m_editor.get(), kAlice));
    QVERIFY(m_document->save(m_seedPath, &error)); // and the next save does not ask again
    QCOMPARE(MessageBox::questionCount(), 1);
}

void TestRobustnessNoLostWork::unchangedFile_savesWithoutAsking()
{
    new DiskChangeGuard(m_document.get(), m_window.get());
    m_document->undoStack()->push(new DeactivateCommand(m_editor.get(), kAlice));
    QString error;
    QVERIFY2(m_document->save(m_seedPath, &error), qPrintable(error));
    // Save As onto another file is the file dialog's business, not a changed-on-disk question.
    const QString other = m_dir->filePath(QStringLiteral("other.yaml"));
    QVERIFY(writeFile(other, "foundry: {}\n"));
    QVERIFY2(m_document->save(other, &error), qPrintable(error));
    QCOMPARE(MessageBox::questionCount(), 0);
}

void TestRobustnessNoLostWork::cancelledOverwrite_showsNoSaveFailedWarning()
{
    new DiskChangeGuard(m_document.get(), m_window.get());
    DocumentController controller(m_document.get(), m_window.get());
    m_document->undoStack()->push(new DeactivateCommand(m_editor.get(), kAlice));
    QVERIFY(writeFile(m_seedPath, QByteArray(kSeed) + "# theirs\n"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!controller.save());
    QCOMPARE(MessageBox::questionCount(), 1);
    QCOMPARE(MessageBox::warningCount(), 0); // the user said Cancel once; no "Save failed" after
    QVERIFY(m_document->isModified());
}

void TestRobustnessNoLostWork::failedSave_showsOneWarning()
{
    DocumentController controller(m_document.get(), m_window.get());
    m_document->undoStack()->push(new DeactivateCommand(m_editor.get(), kAlice));
    FileDialog::setNextFileName(m_dir->filePath(QStringLiteral("missing-folder/seed.yaml")));
    QVERIFY(!controller.saveAs());
    QCOMPARE(MessageBox::warningCount(), 1);
    QVERIFY(m_document->isModified());
}

QTEST_MAIN(TestRobustnessNoLostWork)
#include "test_robustness_no_lost_work.moc"
