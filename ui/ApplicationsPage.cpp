#include "ApplicationsPage.h"

#include "ApplicationCommands.h"
#include "ApplicationDetailEditor.h"
#include "ApplicationFilterProxy.h"
#include "ApplicationTableModel.h"
#include "Directory.h"
#include "DirectoryEditor.h"
#include "TableColumns.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace foundry::ui {
namespace {
constexpr int kFilterDebounceMs = 150;

QToolButton *toolButton(QWidget *parent, const QString &name, const QString &text,
                        const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    return button;
}

QString noun(int n)
{
    return n == 1 ? ApplicationsPage::tr("1 application")
                  : ApplicationsPage::tr("%1 applications").arg(n);
}
} // namespace

ApplicationsPage::ApplicationsPage(DirectoryEditor *editor, QUndoStack *undoStack, QWidget *parent)
    : ConsolePage(parent), m_editor(editor), m_undoStack(undoStack),
      m_model(new ApplicationTableModel(editor->directory(), this)),
      m_proxy(new ApplicationFilterProxy(this))
{
    setObjectName(QStringLiteral("applicationsPage"));
    m_model->setObjectName(QStringLiteral("applicationsModel"));
    m_proxy->setSourceModel(m_model);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("applicationsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ApplicationTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(ApplicationTableModel::Enabled, QHeaderView::ResizeToContents);
    header->resizeSection(ApplicationTableModel::Name, 115);
    header->resizeSection(ApplicationTableModel::ClientId, 110);
    header->resizeSection(ApplicationTableModel::Type, 120);
    header->resizeSection(ApplicationTableModel::Grants, 115);
    header->resizeSection(ApplicationTableModel::ScopeRestrictions, 140);
    header->setStretchLastSection(true);
    installColumnMenu(m_table);

    auto *toggle = new QAction(tr("Toggle Enabled"), m_table);
    toggle->setObjectName(QStringLiteral("toggleEnabledAction"));
    toggle->setShortcut(Qt::Key_Space);
    toggle->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(toggle);
    connect(toggle, &QAction::triggered, this, &ApplicationsPage::toggleCurrent);

    m_detail = new ApplicationDetailEditor(editor->directory(), this);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailScroll"));
    scroll->setWidget(m_detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(380);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildToolbar());
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_count);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("pageSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({800, 420});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(splitter);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDebounceMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] {
        m_proxy->setSearchText(m_filter->text());
        updateCountLabel();
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setState(ApplicationFilterProxy::State(index));
        updateCountLabel();
    });

    connect(m_model, &ApplicationTableModel::enabledToggleRequested, this,
            [this](const QString &clientId, bool enabled) {
                const int row = m_model->rowOf(clientId);
                if (row >= 0)
                    m_undoStack->push(new SetApplicationsEnabledCommand(
                        m_editor, {m_model->clientAt(row)}, enabled));
            });
    connect(m_editor, &DirectoryEditor::remoteChanges, m_model, &ApplicationTableModel::highlight);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &ApplicationsPage::updateCountLabel);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApplicationsPage::updateCountLabel);
    // Users change too: the detail shows the client's service principal and its roles.
    connect(m_editor->directory(), &Directory::changed, m_detail,
            &ApplicationDetailEditor::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showCurrent();
        Q_EMIT selectionChanged(int(m_table->selectionModel()->selectedRows().size()));
    });
    connect(m_detail, &ApplicationDetailEditor::applyRequested, this,
            [this](const OAuthClient &before, const OAuthClient &after, const QString &text) {
                m_undoStack->push(new UpdateApplicationCommand(m_editor, before, after, text));
                selectClient(after.clientId);
            });
    connect(m_detail, &ApplicationDetailEditor::createRequested, this,
            [this](const OAuthClient &client) {
                m_undoStack->push(new AddApplicationCommand(m_editor, client));
                m_filter->clear();
                m_proxy->setSearchText({});
                m_state->setCurrentIndex(0);
                selectClient(client.clientId);
                m_table->setFocus();
            });
    connect(m_detail, &ApplicationDetailEditor::servicePrincipalActivated, this,
            &ApplicationsPage::servicePrincipalActivated);
    updateCountLabel();
}

QWidget *ApplicationsPage::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter by name, client id or redirect URI (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_state = new QComboBox(bar);
    m_state->setObjectName(QStringLiteral("stateFacet"));
    m_state->addItems({tr("All"), tr("Enabled"), tr("Disabled")});
    m_state->setToolTip(tr("Show all, only enabled or only disabled applications"));

    QToolButton *add = toolButton(bar, QStringLiteral("newButton"), tr("New application"),
                                  tr("New application (Ctrl+N)"));
    QToolButton *enable = toolButton(bar, QStringLiteral("enableButton"), tr("Enable"),
                                     tr("Enable the selected applications"));
    QToolButton *disable = toolButton(bar, QStringLiteral("disableButton"), tr("Disable"),
                                      tr("Disable the selected applications"));
    QToolButton *remove = toolButton(bar, QStringLiteral("deleteButton"), tr("Delete"),
                                     tr("Delete the selected applications (Del)"));
    connect(add, &QToolButton::clicked, this, &ApplicationsPage::newEntry);
    connect(enable, &QToolButton::clicked, this, [this] { setSelectedActive(true); });
    connect(disable, &QToolButton::clicked, this, [this] { setSelectedActive(false); });
    connect(remove, &QToolButton::clicked, this, &ApplicationsPage::deleteSelected);
    const auto updateButtons = [=](int selected) {
        enable->setEnabled(selected > 0);
        disable->setEnabled(selected > 0);
        remove->setEnabled(selected > 0);
    };
    connect(this, &ApplicationsPage::selectionChanged, this, updateButtons);
    updateButtons(0);

    layout->addWidget(m_filter, 1);
    layout->addWidget(m_state);
    layout->addSpacing(8);
    layout->addWidget(add);
    layout->addWidget(enable);
    layout->addWidget(disable);
    layout->addWidget(remove);
    return bar;
}

void ApplicationsPage::updateCountLabel()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? noun(total)
                                    : tr("%1 of %2").arg(QString::number(shown), noun(total)));
}

QList<OAuthClient> ApplicationsPage::selectedClients() const
{
    QList<OAuthClient> clients;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const int row = m_proxy->mapToSource(index).row();
        if (row >= 0)
            clients.append(m_model->clientAt(row));
    }
    return clients;
}

bool ApplicationsPage::selectClient(const QString &clientId)
{
    const int row = m_model->rowOf(clientId);
    if (row < 0)
        return false;
    const QModelIndex index =
        m_proxy->mapFromSource(m_model->index(row, ApplicationTableModel::Name));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void ApplicationsPage::showCurrent()
{
    const QList<OAuthClient> clients = selectedClients();
    if (clients.size() == 1) {
        m_detail->showClient(clients.first());
    } else if (!m_detail->isCreating()) {
        m_detail->showClient(std::nullopt);
        if (clients.size() > 1)
            m_detail->setPlaceholderTitle(tr("%1 selected").arg(noun(int(clients.size()))));
    }
}

void ApplicationsPage::newEntry()
{
    m_table->clearSelection();
    m_detail->startNew();
}

void ApplicationsPage::deleteSelected()
{
    const QList<OAuthClient> clients = selectedClients();
    if (!clients.isEmpty())
        m_undoStack->push(new RemoveApplicationsCommand(m_editor, clients));
}

void ApplicationsPage::setSelectedActive(bool enabled)
{
    QList<OAuthClient> clients = selectedClients();
    clients.erase(std::remove_if(clients.begin(), clients.end(),
                                 [enabled](const OAuthClient &c) { return c.enabled == enabled; }),
                  clients.end());
    if (!clients.isEmpty())
        m_undoStack->push(new SetApplicationsEnabledCommand(m_editor, clients, enabled));
}

void ApplicationsPage::toggleCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const OAuthClient &client = m_model->clientAt(m_proxy->mapToSource(current).row());
    if (m_table->selectionModel()->selectedRows().size() > 1)
        setSelectedActive(!client.enabled);
    else
        m_undoStack->push(new SetApplicationsEnabledCommand(m_editor, {client}, !client.enabled));
}

void ApplicationsPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace foundry::ui
