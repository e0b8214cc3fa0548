#include "DiskChangeGuard.h"

#include "DialogSeams.h"
#include "SeedDocument.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

namespace foundry::ui {

DiskChangeGuard::DiskChangeGuard(SeedDocument *document, QWidget *window)
    : QObject(window), m_document(document), m_window(window)
{
    connect(m_document, &SeedDocument::filePathChanged, this, &DiskChangeGuard::remember);
    connect(m_document, &SeedDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified) // opened, saved or reverted: what is on disk is ours again
            remember();
    });
    m_document->setSaveGuard(
        [this](const QString &path, QString *error) { return confirmSave(path, error); });
    remember();
}

DiskChangeGuard::~DiskChangeGuard()
{
    m_document->setSaveGuard({});
}

QByteArray DiskChangeGuard::fingerprint(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

void DiskChangeGuard::remember()
{
    m_path = m_document->filePath();
    m_fingerprint = fingerprint(m_path);
}

bool DiskChangeGuard::changedOnDisk() const
{
    return !m_path.isEmpty() && fingerprint(m_path) != m_fingerprint;
}

bool DiskChangeGuard::confirmSave(const QString &path, QString *error)
{
    // Save As onto another file is confirmed by the file dialog; only the open file is guarded.
    if (m_path.isEmpty() || QFileInfo(path).absoluteFilePath() != m_path || !changedOnDisk())
        return true;
    const QString name = QFileInfo(m_path).fileName();
    const QMessageBox::StandardButton answer = MessageBox::question(
        m_window, tr("File changed on disk"),
        tr("%1 was changed on disk by another program since the console opened or saved it. "
           "Overwrite it with the console's version?")
            .arg(name),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Save) {
        if (error)
            error->clear(); // the user's own choice: nothing failed
        return false;
    }
    // Once saved, what is on disk is ours; when the save fails the user has seen the change.
    QTimer::singleShot(0, this, &DiskChangeGuard::remember);
    return true;
}

} // namespace foundry::ui
