#include "AdminPage.h"

#include "EntityTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace foundry::ui {
namespace {
constexpr int kFilterDebounceMs = 150;
} // namespace

AdminPage::AdminPage(DirectoryEditor *editor, QUndoStack *undoStack, QWidget *parent)
    : ConsolePage(parent), m_editor(editor), m_undoStack(undoStack)
{
}

void AdminPage::setUp(const QString &prefix, QAbstractItemModel *model, QWidget *detail,
                      std::function<QString(int)> noun, bool editable)
{
    m_prefix = prefix;
    m_model = model;
    m_noun = std::move(noun);
    setObjectName(prefix + QStringLiteral("Page"));

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setObjectName(prefix + QStringLiteral("Proxy"));
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(EntityTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    m_table = new QTableView(this);
    m_table->setObjectName(prefix + QStringLiteral("Table"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(150);

    m_toolbar = new QWidget(this);
    auto *bar = new QHBoxLayout(m_toolbar);
    bar->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(m_toolbar);
    m_filter->setObjectName(prefix + QStringLiteral("FilterEdit"));
    m_filter->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    bar->addWidget(m_filter, 1);
    if (editable) {
        bar->addSpacing(8);
        QToolButton *add = addToolButton(prefix + QStringLiteral("NewButton"), tr("New"),
                                         tr("Create a new entry (Ctrl+N)"));
        m_delete = addToolButton(prefix + QStringLiteral("DeleteButton"), tr("Delete"),
                                 tr("Delete the selected rows (Del)"));
        connect(add, &QToolButton::clicked, this, &AdminPage::newEntry);
        connect(m_delete, &QToolButton::clicked, this, &AdminPage::deleteSelected);
        m_delete->setEnabled(false);
    }

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(prefix + QStringLiteral("DetailScroll"));
    scroll->setWidget(detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(380);

    m_count = new QLabel(this);
    m_count->setObjectName(prefix + QStringLiteral("CountLabel"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_toolbar);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_count);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(prefix + QStringLiteral("Splitter"));
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({620, 420});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(splitter);
    setTabOrder(m_filter, m_table);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDebounceMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] {
        m_proxy->setFilterFixedString(m_filter->text().trimmed());
        updateCountLabel();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &AdminPage::updateCountLabel);
    connect(model, &QAbstractItemModel::modelReset, this, &AdminPage::updateCountLabel);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_delete)
            m_delete->setEnabled(!selectedSourceRows().isEmpty());
        showCurrent();
    });
    updateCountLabel();
}

QToolButton *AdminPage::addToolButton(const QString &name, const QString &text, const QString &tip)
{
    auto *button = new QToolButton(m_toolbar);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    m_toolbar->layout()->addWidget(button);
    return button;
}

int AdminPage::badgeCount() const
{
    return m_model ? m_model->rowCount() : 0;
}

void AdminPage::updateCountLabel()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? m_noun(total)
                                    : tr("%1 of %2").arg(QString::number(shown), m_noun(total)));
    Q_EMIT countChanged(badgeCount());
}

QList<int> AdminPage::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected) {
        const int row = m_proxy->mapToSource(index).row();
        if (row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

int AdminPage::currentSourceRow() const
{
    const QList<int> rows = selectedSourceRows();
    return rows.size() == 1 ? rows.first() : -1;
}

bool AdminPage::selectId(const QString &id)
{
    const QModelIndexList found =
        m_model->match(m_model->index(0, 0), EntityTableModel::IdRole, id, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    QModelIndex index = m_proxy->mapFromSource(found.first());
    if (!index.isValid()) {
        m_filter->clear();
        m_proxy->setFilterFixedString({});
        index = m_proxy->mapFromSource(found.first());
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void AdminPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace foundry::ui
