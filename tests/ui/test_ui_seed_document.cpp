// SeedDocument: open, save, the modified state from the undo stack and from HTTP changes.
#include "ConsoleTestHarness.h"
#include "DirectoryEditor.h"
#include "SeedDocument.h"
#include "SeedWriter.h"
#include "UserCommands.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace foundry;
using namespace foundry::ui;
using namespace foundry::test;

class TestSeedDocument : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConsoleTestHarness> m_h;
    QTemporaryDir m_dir;
    SeedDocument *doc() const { return m_h->session->document(); }

    QString writeFile(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { m_h = std::make_unique<ConsoleTestHarness>(kConsoleTestSeed, false); }
    void cleanup() { m_h.reset(); }

    void saveThenReopen_givesTheSameState()
    {
        const User bob = *m_h->directory->userByUsername(QStringLiteral("bob"));
        doc()->undoStack()->push(new SetUsersActiveCommand(m_h->session->editor(), {bob}, false));
        QVERIFY(doc()->isModified());
        const QString path = m_dir.filePath(QStringLiteral("saved.yaml"));
        QString error;
        QVERIFY2(doc()->save(path, &error), qPrintable(error));
        QVERIFY(!doc()->isModified());
        QCOMPARE(doc()->displayName(), QStringLiteral("saved.yaml"));
        const DirectoryState saved = m_h->directory->state();

        m_h->directory->resetState(DirectoryState::withDefaults());
        SeedIssues errors;
        QVERIFY(doc()->open(path, &errors));
        QCOMPARE(m_h->directory->state().users, saved.users);
        QCOMPARE(writeSeed(m_h->directory->state()), writeSeed(saved));
        QVERIFY(!m_h->directory->userByUsername(QStringLiteral("bob"))->active);
        QVERIFY(!doc()->isModified());
        QCOMPARE(doc()->undoStack()->count(), 0);
    }

    void invalidFile_isNotOpened_andListsEveryError()
    {
        const QString path =
            writeFile(QStringLiteral("bad.yaml"),
                      "foundry:\n  users:\n    - username: x\n      active: maybe\n"
                      "    - display_name: no username\n");
        const DirectoryState before = m_h->directory->state();
        SeedIssues errors;
        QVERIFY(!doc()->open(path, &errors));
        QVERIFY(errors.size() >= 2);
        QVERIFY2(errors.first().toString().startsWith(path + QLatin1Char(':')),
                 qPrintable(errors.first().toString()));
        QVERIFY(errors.first().line > 0);
        QVERIFY(!errors.first().keyPath.isEmpty());
        QCOMPARE(m_h->directory->state(), before);
        QVERIFY(doc()->filePath().isEmpty());
    }

    void remoteChange_marksModified_andIsNotUndoable()
    {
        QSignalSpy modified(doc(), &SeedDocument::modifiedChanged);
        QVERIFY(!doc()->isModified());
        m_h->directory->setUserActive(m_h->idOf(QStringLiteral("bob")), false);
        QTRY_VERIFY(doc()->isModified());
        QCOMPARE(modified.size(), 1);
        QCOMPARE(doc()->undoStack()->count(), 0);
    }

    void undoToClean_clearsModified()
    {
        const User bob = *m_h->directory->userByUsername(QStringLiteral("bob"));
        doc()->undoStack()->push(new SetUsersActiveCommand(m_h->session->editor(), {bob}, false));
        QVERIFY(doc()->isModified());
        doc()->undoStack()->undo();
        QVERIFY(!doc()->isModified());
    }

    void newDocument_isTheDefaults_untitled()
    {
        doc()->adopt(m_dir.filePath(QStringLiteral("x.yaml")));
        doc()->newDocument();
        QCOMPARE(m_h->directory->userCount(), 1);
        QCOMPARE(doc()->displayName(), QStringLiteral("untitled.yaml"));
        QVERIFY(!doc()->isModified());
    }
};

QTEST_MAIN(TestSeedDocument)
#include "test_ui_seed_document.moc"
