#include "UsersPage.h"

#include "Directory.h"
#include "DirectoryEditor.h"
#include "TableColumns.h"
#include "UserCommands.h"
#include "UserDetailEditor.h"
#include "UserFilterProxy.h"
#include "UserTableModel.h"

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
} // namespace

UsersPage::UsersPage(DirectoryEditor *editor, QUndoStack *undoStack, PrincipalType type,
                     QWidget *parent)
    : ConsolePage(parent), m_editor(editor), m_undoStack(undoStack), m_type(type),
      m_model(new UserTableModel(editor->directory(), type, this)),
      m_proxy(new UserFilterProxy(this))
{
    const bool service = type == PrincipalType::Service;
    setObjectName(service ? QStringLiteral("servicePrincipalsPage") : QStringLiteral("usersPage"));
    m_model->setObjectName(service ? QStringLiteral("servicePrincipalsModel")
                                   : QStringLiteral("usersModel"));
    m_proxy->setSourceModel(m_model);

    m_table = new QTableView(this);
    m_table->setObjectName(service ? QStringLiteral("servicePrincipalsTable")
                                   : QStringLiteral("usersTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UserTableModel::Username, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(UserTableModel::Active, QHeaderView::ResizeToContents);
    header->resizeSection(UserTableModel::Username, 150);
    header->resizeSection(UserTableModel::DisplayName, 115);
    header->resizeSection(UserTableModel::Contact, 205);
    header->resizeSection(UserTableModel::Organization, 140);
    header->resizeSection(UserTableModel::Groups, 130);
    header->setStretchLastSection(true);
    // An organization means nothing for a service principal; people share one realm mostly
    // (the detail shows it). The header's context menu shows or hides any column.
    m_table->setColumnHidden(UserTableModel::Organization, service);
    m_table->setColumnHidden(UserTableModel::Realm, !service);
    installColumnMenu(m_table);

    auto *toggle = new QAction(tr("Toggle Active"), m_table);
    toggle->setObjectName(QStringLiteral("toggleActiveAction"));
    toggle->setShortcut(Qt::Key_Space);
    toggle->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(toggle);
    connect(toggle, &QAction::triggered, this, &UsersPage::toggleCurrent);

    m_detail = new UserDetailEditor(editor->directory(), type, this);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailScroll"));
    scroll->setWidget(m_detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(340);

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
    splitter->setSizes({820, 380});
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
    connect(m_status, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setStatus(UserFilterProxy::Status(index));
        updateCountLabel();
    });

    connect(m_model, &UserTableModel::activeToggleRequested, this, &UsersPage::onToggleRequested);
    connect(m_editor, &DirectoryEditor::remoteChanges, m_model, &UserTableModel::highlight);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &UsersPage::updateCountLabel);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &UsersPage::updateCountLabel);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateCountLabel);
    connect(m_model, &QAbstractItemModel::dataChanged, m_detail, &UserDetailEditor::refresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, m_detail, &UserDetailEditor::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, m_detail, &UserDetailEditor::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showCurrent();
        Q_EMIT selectionChanged(int(m_table->selectionModel()->selectedRows().size()));
    });
    connect(m_detail, &UserDetailEditor::applyRequested, this,
            [this](const User &before, const User &after) {
                m_undoStack->push(new UpdateUserCommand(m_editor, before, after));
            });
    connect(m_detail, &UserDetailEditor::createRequested, this, [this](const User &user) {
        auto *command = new AddUserCommand(m_editor, user);
        m_undoStack->push(command);
        const std::optional<User> stored = m_editor->directory()->userByUsername(user.username);
        if (stored) {
            m_filter->clear();
            m_proxy->setSearchText({});
            m_status->setCurrentIndex(0);
            selectUser(stored->id);
            m_table->setFocus();
        }
    });
    updateCountLabel();
}

QWidget *UsersPage::buildToolbar()
{
    const bool service = m_type == PrincipalType::Service;
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(service ? tr("Filter service principals (Ctrl+F)")
                                         : tr("Filter by username, name or email (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_status = new QComboBox(bar);
    m_status->setObjectName(QStringLiteral("statusFacet"));
    m_status->addItems({tr("All"), tr("Active"), tr("Inactive")});
    m_status->setToolTip(tr("Show all, only active or only inactive principals"));

    QToolButton *add =
        toolButton(bar, QStringLiteral("newButton"), tr("New"),
                   service ? tr("New service principal (Ctrl+N)") : tr("New user (Ctrl+N)"));
    QToolButton *activate = toolButton(bar, QStringLiteral("activateButton"), tr("Activate"),
                                       tr("Activate the selected rows"));
    QToolButton *deactivate = toolButton(bar, QStringLiteral("deactivateButton"), tr("Deactivate"),
                                         tr("Deactivate the selected rows"));
    QToolButton *remove = toolButton(bar, QStringLiteral("deleteButton"), tr("Delete"),
                                     tr("Delete the selected rows (Del)"));
    connect(add, &QToolButton::clicked, this, &UsersPage::newEntry);
    connect(activate, &QToolButton::clicked, this, [this] { setSelectedActive(true); });
    connect(deactivate, &QToolButton::clicked, this, [this] { setSelectedActive(false); });
    connect(remove, &QToolButton::clicked, this, &UsersPage::deleteSelected);
    const auto updateButtons = [=](int selected) {
        activate->setEnabled(selected > 0);
        deactivate->setEnabled(selected > 0);
        remove->setEnabled(selected > 0);
    };
    connect(this, &UsersPage::selectionChanged, this, updateButtons);
    updateButtons(0);

    layout->addWidget(m_filter, 1);
    layout->addWidget(m_status);
    layout->addSpacing(8);
    layout->addWidget(add);
    layout->addWidget(activate);
    layout->addWidget(deactivate);
    layout->addWidget(remove);
    return bar;
}

QString UsersPage::noun(int n) const
{
    if (m_type == PrincipalType::Service)
        return n == 1 ? tr("1 service principal") : tr("%1 service principals").arg(n);
    return n == 1 ? tr("1 user") : tr("%1 users").arg(n);
}

void UsersPage::updateCountLabel()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? noun(total)
                                    : tr("%1 of %2").arg(QString::number(shown), noun(total)));
}

QList<User> UsersPage::selectedUsers() const
{
    QList<User> users;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const int row = m_proxy->mapToSource(index).row();
        if (row >= 0)
            users.append(m_model->userAt(row));
    }
    return users;
}

bool UsersPage::selectUser(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, UserTableModel::Username));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void UsersPage::showCurrent()
{
    const QList<User> users = selectedUsers();
    if (users.size() == 1) {
        m_detail->showUser(users.first());
    } else if (!m_detail->isCreating()) {
        m_detail->showUser(std::nullopt);
        if (users.size() > 1)
            m_detail->setPlaceholderTitle(tr("%1 selected").arg(noun(int(users.size()))));
    }
}

void UsersPage::newEntry()
{
    m_table->clearSelection();
    m_detail->startNew();
}

void UsersPage::deleteSelected()
{
    const QList<User> users = selectedUsers();
    if (!users.isEmpty())
        m_undoStack->push(new RemoveUsersCommand(m_editor, users));
}

void UsersPage::setSelectedActive(bool active)
{
    QList<User> users = selectedUsers();
    users.erase(std::remove_if(users.begin(), users.end(),
                               [active](const User &user) { return user.active == active; }),
                users.end());
    if (!users.isEmpty())
        m_undoStack->push(new SetUsersActiveCommand(m_editor, users, active));
}

void UsersPage::toggleCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const User &user = m_model->userAt(m_proxy->mapToSource(current).row());
    if (m_table->selectionModel()->selectedRows().size() > 1)
        setSelectedActive(!user.active);
    else
        m_undoStack->push(new SetUsersActiveCommand(m_editor, {user}, !user.active));
}

void UsersPage::onToggleRequested(const QString &id, bool active)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_undoStack->push(new SetUsersActiveCommand(m_editor, {m_model->userAt(row)}, active));
}

void UsersPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace foundry::ui
