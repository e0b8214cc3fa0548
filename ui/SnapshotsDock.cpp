#include "SnapshotsDock.h"

#include "Directory.h"
#include "DirectoryEditor.h"
#include "SeedDocument.h"
#include "SnapshotStore.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QUndoStack>

namespace foundry::ui {

RestoreSnapshotCommand::RestoreSnapshotCommand(DirectoryEditor *editor, const QString &name,
                                               DirectoryState target)
    : QUndoCommand(QObject::tr("Restore snapshot “%1”").arg(name)), m_editor(editor),
      m_before(editor->directory()->state()), m_target(std::move(target))
{
}

void RestoreSnapshotCommand::redo()
{
    m_editor->resetState(m_target);
}

void RestoreSnapshotCommand::undo()
{
    m_editor->resetState(m_before);
}

SnapshotsDock::SnapshotsDock(DirectoryEditor *editor, SeedDocument *document, QWidget *parent)
    : QDockWidget(tr("Snapshots"), parent), m_editor(editor), m_document(document),
      m_store(new SnapshotStore(this))
{
    setObjectName(QStringLiteral("snapshotsDock"));
    auto *body = new QWidget(this);
    m_name = new QLineEdit(body);
    m_name->setObjectName(QStringLiteral("snapshotNameEdit"));
    m_name->setPlaceholderText(tr("Name, e.g. before the demo"));
    m_take = new QPushButton(tr("&Save snapshot"), body);
    m_take->setObjectName(QStringLiteral("snapshotTakeButton"));
    m_list = new QListWidget(body);
    m_list->setObjectName(QStringLiteral("snapshotList"));
    m_restore = new QPushButton(tr("&Restore"), body);
    m_restore->setObjectName(QStringLiteral("snapshotRestoreButton"));
    m_delete = new QPushButton(tr("Delete"), body);
    m_delete->setObjectName(QStringLiteral("snapshotDeleteButton"));
    m_status = new QLabel(body);
    m_status->setObjectName(QStringLiteral("snapshotStatus"));
    m_status->setWordWrap(true);

    auto *layout = new QGridLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_name, 0, 0, 1, 2);
    layout->addWidget(m_take, 0, 2);
    layout->addWidget(m_list, 1, 0, 1, 3);
    layout->addWidget(m_restore, 2, 1);
    layout->addWidget(m_delete, 2, 2);
    layout->addWidget(m_status, 3, 0, 1, 3);
    layout->setColumnStretch(0, 1);
    setWidget(body);

    connect(m_take, &QPushButton::clicked, this, [this] { takeSnapshot(m_name->text()); });
    connect(m_name, &QLineEdit::returnPressed, m_take, &QPushButton::click);
    connect(m_name, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_take->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreSnapshot(selectedName()); });
    connect(m_list, &QListWidget::itemActivated, this, [this] { restoreSnapshot(selectedName()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSnapshot(selectedName()); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_restore->setEnabled(row >= 0);
        m_delete->setEnabled(row >= 0);
    });
    connect(m_store, &SnapshotStore::changed, this, &SnapshotsDock::rebuildList);
    connect(document, &SeedDocument::filePathChanged, this, [this](const QString &path) {
        QString error;
        m_status->clear();
        if (!m_store->setSeedPath(path, &error))
            showError(error);
    });
    m_take->setEnabled(false);
    QString error;
    if (!m_store->setSeedPath(document->filePath(), &error))
        showError(error);
    rebuildList();
}

QString SnapshotsDock::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void SnapshotsDock::showError(const QString &error)
{
    m_status->setText(error);
}

void SnapshotsDock::rebuildList()
{
    const QString current = selectedName();
    m_list->clear();
    for (const SnapshotStore::Snapshot &snapshot : m_store->snapshots()) {
        auto *item =
            new QListWidgetItem(snapshot.name + QStringLiteral("  —  ") +
                                    QLocale().toString(snapshot.created, QLocale::ShortFormat),
                                m_list);
        item->setData(Qt::UserRole, snapshot.name);
        item->setToolTip(tr("%1 users, %2 groups, %3 applications")
                             .arg(snapshot.state.users.size())
                             .arg(snapshot.state.groups.size())
                             .arg(snapshot.state.oauthClients.size()));
        if (snapshot.name == current)
            m_list->setCurrentItem(item);
    }
    m_restore->setEnabled(m_list->currentRow() >= 0);
    m_delete->setEnabled(m_list->currentRow() >= 0);
}

bool SnapshotsDock::takeSnapshot(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    Directory *directory = m_editor->directory();
    directory->flushChanges(); // include what just came over HTTP
    QString error;
    const bool saved = m_store->take(trimmed, directory->state(), &error);
    m_status->setText(saved ? tr("Saved snapshot “%1”.").arg(trimmed) : error);
    m_name->clear();
    return saved;
}

bool SnapshotsDock::restoreSnapshot(const QString &name)
{
    const std::optional<SnapshotStore::Snapshot> snapshot = m_store->find(name);
    if (!snapshot)
        return false;
    m_editor->directory()->flushChanges();
    m_document->undoStack()->push(new RestoreSnapshotCommand(m_editor, name, snapshot->state));
    m_status->setText(tr("Restored “%1” (Ctrl+Z undoes it).").arg(name));
    return true;
}

bool SnapshotsDock::deleteSnapshot(const QString &name)
{
    QString error;
    const bool ok = m_store->remove(name, &error);
    if (!ok)
        showError(error);
    return ok;
}

} // namespace foundry::ui
