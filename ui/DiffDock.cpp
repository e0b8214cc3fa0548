#include "DiffDock.h"

#include "Directory.h"
#include "DirectoryEditor.h"
#include "SeedDocument.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace foundry::ui {
namespace {
constexpr int kDebounceMsecs = 250;

QString typeMark(EntityDiffType type)
{
    switch (type) {
    case EntityDiffType::Added:
        return QStringLiteral("+");
    case EntityDiffType::Removed:
        return QStringLiteral("−");
    case EntityDiffType::Changed:
        return QStringLiteral("~");
    }
    return {};
}

QString typeWord(EntityDiffType type)
{
    switch (type) {
    case EntityDiffType::Added:
        return DiffDock::tr("added");
    case EntityDiffType::Removed:
        return DiffDock::tr("removed");
    case EntityDiffType::Changed:
        return DiffDock::tr("changed");
    }
    return {};
}
} // namespace

DiffDock::DiffDock(DirectoryEditor *editor, SeedDocument *document, QWidget *parent)
    : QDockWidget(tr("Diff vs file"), parent), m_editor(editor), m_document(document),
      m_tree(new QTreeWidget(this)), m_summary(new QLabel(this)),
      m_baseline(editor->directory()->state())
{
    setObjectName(QStringLiteral("diffDock"));
    m_tree->setObjectName(QStringLiteral("diffTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("What changed"), tr("In the file"), tr("Now")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("diffRefreshButton"));

    auto *body = new QWidget(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(refreshButton);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_tree);
    setWidget(body);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMsecs);
    connect(&m_debounce, &QTimer::timeout, this, &DiffDock::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &DiffDock::refresh);
    connect(editor->directory(), &Directory::changed, this, &DiffDock::scheduleRefresh);
    connect(document, &SeedDocument::cleanMarked, this, [this] {
        m_baseline = m_editor->directory()->state();
        scheduleRefresh();
    });
    refresh();
}

void DiffDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    refresh();
}

void DiffDock::scheduleRefresh()
{
    if (isVisible() && !m_debounce.isActive())
        m_debounce.start();
}

void DiffDock::refresh()
{
    m_debounce.stop();
    m_diff = diffStates(m_baseline, m_editor->directory()->state());
    m_tree->clear();
    QList<QTreeWidgetItem *> items;
    for (const EntityDiff &entity : m_diff) {
        auto *item = new QTreeWidgetItem(
            {typeMark(entity.type) + u' ' + entityKindName(entity.kind) + u' ' + entity.label,
             QString(), typeWord(entity.type)});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setData(0, Qt::UserRole, entity.key);
        for (const FieldDiff &field : entity.fields)
            item->addChild(new QTreeWidgetItem({field.field, field.before, field.after}));
        items.append(item);
    }
    m_tree->addTopLevelItems(items);
    m_tree->expandAll();
    const QString file = m_document->displayName();
    m_summary->setText(
        m_diff.isEmpty() ? tr("No changes since %1 was opened or saved.").arg(file)
        : m_diff.size() == 1
            ? tr("1 change since %1 was opened or saved.").arg(file)
            : tr("%1 changes since %2 was opened or saved.").arg(m_diff.size()).arg(file));
}

} // namespace foundry::ui
