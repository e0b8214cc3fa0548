#include "RecoveryJournal.h"

#include "DialogSeams.h"
#include "Directory.h"
#include "DirectoryEditor.h"
#include "SeedDocument.h"
#include "SeedReader.h"
#include "SeedWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <cerrno>
#include <signal.h>

namespace foundry::ui {
namespace {

constexpr int kDefaultWriteDelayMs = 1000;

QString notePathFor(const QString &journalPath)
{
    QString note = journalPath;
    note.chop(int(qstrlen(".yaml")));
    return note + QStringLiteral(".json");
}

bool processIsRunning(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

// Restoring is one edit the user can undo, like any other.
class RestoreCommand final : public QUndoCommand
{
public:
    RestoreCommand(DirectoryEditor *editor, DirectoryState recovered)
        : QUndoCommand(QCoreApplication::translate("RecoveryJournal", "Restore unsaved changes")),
          m_editor(editor), m_before(editor->directory()->state()), m_after(std::move(recovered))
    {
    }
    void redo() override { m_editor->resetState(m_after); }
    void undo() override { m_editor->resetState(m_before); }

private:
    DirectoryEditor *const m_editor;
    const DirectoryState m_before;
    const DirectoryState m_after;
};

} // namespace

RecoveryJournal::RecoveryJournal(SeedDocument *document, DirectoryEditor *editor, QString folder,
                                 QObject *parent)
    : QObject(parent), m_document(document), m_editor(editor),
      m_folder(folder.isEmpty() ? defaultFolder() : std::move(folder)),
      m_journalPath(QDir(m_folder).filePath(
          QStringLiteral("recovery-%1.yaml").arg(QCoreApplication::applicationPid())))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultWriteDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &RecoveryJournal::writeNow);
    connect(m_document, &SeedDocument::modifiedChanged, this, &RecoveryJournal::onModifiedChanged);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &RecoveryJournal::schedule);
    connect(m_editor->directory(), &Directory::changed, this, &RecoveryJournal::schedule);
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] { removeJournal(m_journalPath); });
}

RecoveryJournal::~RecoveryJournal()
{
    removeJournal(m_journalPath);
}

QString RecoveryJournal::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

void RecoveryJournal::schedule()
{
    if (m_document->isModified())
        m_timer.start();
}

void RecoveryJournal::onModifiedChanged(bool modified)
{
    if (modified) {
        m_timer.start();
    } else {
        m_timer.stop();
        removeJournal(m_journalPath);
    }
}

void RecoveryJournal::writeNow()
{
    m_timer.stop();
    if (!m_document->isModified())
        return;
    if (!QDir().mkpath(m_folder))
        return;
    Directory *directory = m_editor->directory();
    if (!saveSeedFile(directory->state(), m_journalPath))
        return; // nothing better to do: the next change tries again
    QSaveFile note(notePathFor(m_journalPath));
    if (note.open(QIODevice::WriteOnly)) {
        const QJsonObject object{
            {QStringLiteral("document"), m_document->filePath()},
            {QStringLiteral("pid"), QCoreApplication::applicationPid()},
            {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
        note.write(QJsonDocument(object).toJson());
        note.commit();
    }
}

QList<RecoveryJournal::Orphan> RecoveryJournal::findOrphans(const QString &folder)
{
    QList<Orphan> orphans;
    const QDir dir(folder);
    const QStringList journals = dir.entryList({QStringLiteral("recovery-*.yaml")}, QDir::Files);
    for (const QString &name : journals) {
        const QString journal = dir.filePath(name);
        QFile noteFile(notePathFor(journal));
        if (!noteFile.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject note = QJsonDocument::fromJson(noteFile.readAll()).object();
        const qint64 pid = note.value(QLatin1StringView("pid")).toInteger();
        if (pid == QCoreApplication::applicationPid() || processIsRunning(pid))
            continue; // another console's live journal, or our own
        orphans.append({journal, note.value(QLatin1StringView("document")).toString(),
                        QDateTime::fromString(note.value(QLatin1StringView("savedAt")).toString(),
                                              Qt::ISODate)});
    }
    std::sort(orphans.begin(), orphans.end(),
              [](const Orphan &a, const Orphan &b) { return a.savedAt > b.savedAt; });
    return orphans;
}

void RecoveryJournal::removeJournal(const QString &journalPath)
{
    QFile::remove(journalPath);
    QFile::remove(notePathFor(journalPath));
}

bool RecoveryJournal::offerRestore(QWidget *parent)
{
    const QList<Orphan> orphans = findOrphans(m_folder);
    if (orphans.isEmpty())
        return false;
    const Orphan &orphan = orphans.first();
    SeedLoadResult recovered = loadSeedFile(orphan.journalPath);
    if (!recovered.ok) {
        removeJournal(orphan.journalPath);
        return false;
    }
    const QString name = orphan.documentPath.isEmpty() ? tr("an untitled seed")
                                                       : QFileInfo(orphan.documentPath).fileName();
    const QMessageBox::StandardButton answer = MessageBox::question(
        parent, tr("Recover unsaved changes"),
        tr("The console did not close normally. Restore the unsaved changes to %1 from %2?")
            .arg(name, QLocale().toString(orphan.savedAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        removeJournal(orphan.journalPath); // any older ones are offered next time
        return false;
    }
    if (orphan.documentPath != m_document->filePath()) {
        SeedIssues errors;
        if (orphan.documentPath.isEmpty() || !m_document->open(orphan.documentPath, &errors))
            m_document->newDocument(); // the file is gone: the changes come back as untitled
    }
    m_document->undoStack()->push(new RestoreCommand(m_editor, std::move(recovered.state)));
    removeJournal(orphan.journalPath); // our own journal now holds these changes
    return true;
}

} // namespace foundry::ui
