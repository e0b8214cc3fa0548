#include "DocumentController.h"

#include "DialogSeams.h"
#include "SeedDocument.h"
#include "SeedErrorsDialog.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace foundry::ui {
namespace {
const QString kRecentKey = QStringLiteral("document/recentFiles");

QString seedFilter()
{
    return DocumentController::tr("Seed files (*.yaml *.yml);;All files (*)");
}

QAction *makeAction(QObject *parent, const QString &name, const QString &text,
                    QKeySequence::StandardKey key = QKeySequence::UnknownKey)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(name);
    if (key != QKeySequence::UnknownKey)
        action->setShortcuts(key);
    return action;
}
} // namespace

DocumentController::DocumentController(SeedDocument *document, QWidget *window)
    : QObject(window), m_document(document), m_window(window)
{
    m_new = makeAction(this, QStringLiteral("actionNew"), tr("&New Seed"));
    m_open = makeAction(this, QStringLiteral("actionOpen"), tr("&Open…"), QKeySequence::Open);
    m_recentMenu = new QMenu(tr("Open &Recent"), window);
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    m_save = makeAction(this, QStringLiteral("actionSave"), tr("&Save"), QKeySequence::Save);
    m_saveAs =
        makeAction(this, QStringLiteral("actionSaveAs"), tr("Save &As…"), QKeySequence::SaveAs);
    m_saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_revert = makeAction(this, QStringLiteral("actionRevert"), tr("Re&vert to Saved"));
    m_revert->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reset = makeAction(this, QStringLiteral("actionResetToSeed"), tr("Reset to Seed"));
    m_reset->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    m_reset->setToolTip(tr("Start over from the seed file as it is on disk"));
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));

    connect(m_new, &QAction::triggered, this, &DocumentController::newDocument);
    connect(m_open, &QAction::triggered, this, &DocumentController::open);
    connect(m_save, &QAction::triggered, this, &DocumentController::save);
    connect(m_saveAs, &QAction::triggered, this, &DocumentController::saveAs);
    connect(m_revert, &QAction::triggered, this, &DocumentController::revert);
    connect(m_reset, &QAction::triggered, this, &DocumentController::resetToSeed);
    const auto updateRevert = [this] {
        m_revert->setEnabled(!m_document->filePath().isEmpty() && m_document->isModified());
    };
    connect(m_document, &SeedDocument::modifiedChanged, this, updateRevert);
    connect(m_document, &SeedDocument::filePathChanged, this, updateRevert);
    updateRevert();
    rebuildRecentMenu();
}

bool DocumentController::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QMessageBox::StandardButton answer = MessageBox::question(
        m_window, tr("Unsaved changes"),
        tr("%1 has unsaved changes. Save them first?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void DocumentController::open()
{
    const QString dir = m_document->filePath().isEmpty()
                            ? QDir::homePath()
                            : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = FileDialog::getOpenFileName(m_window, tr("Open Seed"), dir, seedFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool DocumentController::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    SeedIssues errors;
    if (!m_document->open(path, &errors)) {
        SeedErrorsDialog::showErrors(m_window, path, errors);
        return false;
    }
    addRecentFile(m_document->filePath());
    return true;
}

void DocumentController::warnSaveFailed(const QString &error)
{
    // No error: the user chose not to save (e.g. in the changed-on-disk question) and has
    // already said so; a second dialog would only repeat it.
    if (!error.isEmpty())
        MessageBox::warning(m_window, tr("Save failed"), error);
}

bool DocumentController::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!m_document->save(m_document->filePath(), &error)) {
        warnSaveFailed(error);
        return false;
    }
    return true;
}

bool DocumentController::saveAs()
{
    const QString start = m_document->filePath().isEmpty()
                              ? QDir::home().filePath(m_document->displayName())
                              : m_document->filePath();
    QString path = FileDialog::getSaveFileName(m_window, tr("Save Seed As"), start, seedFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".yaml");
    QString error;
    if (!m_document->save(path, &error)) {
        warnSaveFailed(error);
        return false;
    }
    addRecentFile(m_document->filePath());
    return true;
}

void DocumentController::newDocument()
{
    if (maybeSave())
        m_document->newDocument();
}

void DocumentController::revert()
{
    if (m_document->filePath().isEmpty() || !m_document->isModified())
        return;
    const QMessageBox::StandardButton answer = MessageBox::question(
        m_window, tr("Revert to saved"),
        tr("Discard every change since %1 was last saved?").arg(m_document->displayName()),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    SeedIssues errors;
    if (!m_document->open(m_document->filePath(), &errors))
        SeedErrorsDialog::showErrors(m_window, m_document->filePath(), errors);
}

void DocumentController::resetToSeed()
{
    if (!maybeSave())
        return;
    const QString path = m_document->filePath();
    if (path.isEmpty()) {
        m_document->newDocument();
        return;
    }
    SeedIssues errors;
    if (!m_document->open(path, &errors))
        SeedErrorsDialog::showErrors(m_window, path, errors);
}

QStringList DocumentController::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void DocumentController::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
    rebuildRecentMenu();
}

void DocumentController::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        const QString label =
            i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName())
                  : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(label);
        action->setObjectName(QStringLiteral("actionRecent%1").arg(i));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear Menu"));
    clear->setObjectName(QStringLiteral("actionClearRecent"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        QSettings().remove(kRecentKey);
        rebuildRecentMenu();
    });
    m_recentMenu->setEnabled(true);
}

} // namespace foundry::ui
