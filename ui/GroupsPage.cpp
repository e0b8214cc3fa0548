#include "GroupsPage.h"

#include "AdminCommands.h"
#include "DirectoryEditor.h"
#include "GroupDetailEditor.h"
#include "GroupTableModel.h"

#include <QHeaderView>
#include <QTableView>
#include <QUndoStack>

namespace foundry::ui {

GroupsPage::GroupsPage(DirectoryEditor *editor, QUndoStack *undoStack, QWidget *parent)
    : AdminPage(editor, undoStack, parent), m_model(new GroupTableModel(editor->directory(), this)),
      m_detail(new GroupDetailEditor(editor, undoStack, this))
{
    m_model->setObjectName(QStringLiteral("groupsModel"));
    setUp(QStringLiteral("groups"), m_model, m_detail,
          [](int n) { return n == 1 ? tr("1 group") : tr("%1 groups").arg(n); });
    QHeaderView *header = table()->horizontalHeader();
    header->resizeSection(GroupTableModel::Name, 140);
    header->resizeSection(GroupTableModel::Description, 190);
    header->resizeSection(GroupTableModel::Organizations, 130);
    header->resizeSection(GroupTableModel::Members, 200);

    connect(editor, &DirectoryEditor::remoteChanges, m_model, &GroupTableModel::highlight);
    connect(m_model, &QAbstractItemModel::dataChanged, m_detail, &GroupDetailEditor::refresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, m_detail, &GroupDetailEditor::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, m_detail, &GroupDetailEditor::refresh);
    connect(m_detail, &GroupDetailEditor::created, this, [this](const QString &id) {
        selectId(id);
        table()->setFocus();
    });
}

void GroupsPage::showCurrent()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.size() == 1) {
        m_detail->showGroup(m_model->groupAt(rows.first()));
    } else if (!m_detail->isCreating()) {
        m_detail->showGroup(std::nullopt);
        if (rows.size() > 1)
            m_detail->setPlaceholderTitle(tr("%1 groups selected").arg(rows.size()));
    }
}

void GroupsPage::newEntry()
{
    table()->clearSelection();
    m_detail->startNew();
}

void GroupsPage::deleteSelected()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    QList<Group> groups;
    for (int row : rows) {
        if (std::optional<Group> group = m_model->groupAt(row))
            groups.append(*group);
    }
    if (groups.size() == 1) {
        m_undoStack->push(commands::removeGroup(m_editor, groups.first()));
        return;
    }
    // Several groups are one step in the Edit menu.
    m_undoStack->beginMacro(tr("Delete %1 groups").arg(groups.size()));
    for (const Group &group : std::as_const(groups))
        m_undoStack->push(commands::removeGroup(m_editor, group));
    m_undoStack->endMacro();
}

} // namespace foundry::ui
