#include "GroupDetailEditor.h"

#include "AdminCommands.h"
#include "AdminText.h"
#include "Directory.h"
#include "DirectoryEditor.h"
#include "FormWidgets.h"
#include "PrincipalPicker.h"
#include "users/PrincipalQueries.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace foundry::ui {
namespace {
constexpr int PrincipalKindRole = Qt::UserRole + 1;
} // namespace

GroupDetailEditor::GroupDetailEditor(DirectoryEditor *editor, QUndoStack *undoStack,
                                     QWidget *parent)
    : QWidget(parent), m_editor(editor), m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("groupDetail"));
    buildForm();
    showGroup(std::nullopt);
}

void GroupDetailEditor::buildForm()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("groupDetailTitle"));
    styleAsTitle(m_title);

    m_name = formLineEdit(this, QStringLiteral("groupNameEdit"), tr("Required, unique"));
    m_nameError = errorLabel(this, QStringLiteral("groupNameError"));
    m_description = formLineEdit(this, QStringLiteral("groupDescriptionEdit"));
    m_realm = formLineEdit(this, QStringLiteral("groupRealmEdit"), tr("Default realm"));
    m_organizations = new QListWidget(this);
    m_organizations->setObjectName(QStringLiteral("groupOrganizationsList"));
    m_organizations->setMaximumHeight(m_organizations->fontMetrics().height() * 5);
    m_organizations->setToolTip(tr("The organizations the group belongs to (Space ticks)"));
    m_id = formLineEdit(this, QStringLiteral("groupIdEdit"));
    m_id->setReadOnly(true);
    m_id->setClearButtonEnabled(false);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(QString(), m_nameError);
    m_form->addRow(tr("&Description:"), m_description);
    m_form->addRow(tr("&Realm:"), m_realm);
    m_form->addRow(tr("&Organizations:"), m_organizations);
    m_form->addRow(tr("Id:"), m_id);
    m_form->setRowVisible(m_nameError, false);

    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("groupApplyButton"));
    m_revert = buttons->addButton(tr("Re&vert"), QDialogButtonBox::ResetRole);
    m_revert->setObjectName(QStringLiteral("groupRevertButton"));
    connect(m_apply, &QPushButton::clicked, this, &GroupDetailEditor::apply);
    connect(m_revert, &QPushButton::clicked, this, &GroupDetailEditor::revert);

    auto *members = new QGroupBox(tr("Members"), this);
    m_membersBox = members;
    m_members = new QListWidget(members);
    m_members->setObjectName(QStringLiteral("groupMembersList"));
    m_members->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_members->setMinimumHeight(m_members->fontMetrics().height() * 7);
    m_picker = new PrincipalPicker(members);
    m_picker->setObjectName(QStringLiteral("groupMemberPicker"));
    m_addMember = new QPushButton(tr("A&dd"), members);
    m_addMember->setObjectName(QStringLiteral("groupAddMemberButton"));
    m_removeMember = new QPushButton(tr("Re&move"), members);
    m_removeMember->setObjectName(QStringLiteral("groupRemoveMemberButton"));
    m_memberError = errorLabel(members, QStringLiteral("groupMemberError"));
    auto *pickRow = new QHBoxLayout;
    pickRow->addWidget(m_picker, 1);
    pickRow->addWidget(m_addMember);
    pickRow->addWidget(m_removeMember);
    auto *membersLayout = new QVBoxLayout(members);
    membersLayout->addWidget(m_members);
    membersLayout->addLayout(pickRow);
    membersLayout->addWidget(m_memberError);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
    layout->addWidget(members);
    layout->addStretch();

    const auto changed = [this] {
        if (!m_loading)
            setDirty(true);
    };
    for (QLineEdit *edit : {m_name, m_description, m_realm})
        connect(edit, &QLineEdit::textEdited, this, changed);
    connect(m_name, &QLineEdit::textChanged, this, &GroupDetailEditor::validate);
    connect(m_name, &QLineEdit::returnPressed, this, &GroupDetailEditor::apply);
    connect(m_organizations, &QListWidget::itemChanged, this, changed);
    connect(m_addMember, &QPushButton::clicked, this, &GroupDetailEditor::addMember);
    connect(m_removeMember, &QPushButton::clicked, this, &GroupDetailEditor::removeSelectedMembers);
    connect(m_picker->lineEdit(), &QLineEdit::returnPressed, this, &GroupDetailEditor::addMember);
    connect(m_members, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeMember->setEnabled(!m_members->selectedItems().isEmpty()); });
}

void GroupDetailEditor::showGroup(const std::optional<Group> &group)
{
    m_creating = false;
    m_group = group;
    load(group.value_or(Group{}));
    if (!group)
        m_title->setText(tr("No group selected"));
    setEnabled(bool(group));
}

void GroupDetailEditor::setPlaceholderTitle(const QString &title)
{
    if (!m_group)
        m_title->setText(title);
}

void GroupDetailEditor::startNew()
{
    Group blank;
    const QList<Organization> organizations = m_editor->directory()->organizations();
    if (!organizations.isEmpty()) // the Admin API wants at least one
        blank.organizationRids = {organizations.first().rid};
    m_group = blank;
    m_creating = true;
    load(blank);
    m_title->setText(tr("New group"));
    setEnabled(true);
    setDirty(true);
    m_name->setFocus();
}

void GroupDetailEditor::refresh()
{
    if (!m_group || m_creating)
        return;
    const std::optional<Group> current = m_editor->directory()->groupById(m_group->id);
    if (!current) {
        showGroup(std::nullopt);
        return;
    }
    if (m_dirty) { // keep what is typed; the members are not part of the form
        m_group->members = current->members;
        loadMembers(*current);
        return;
    }
    m_group = current;
    load(*current);
}

void GroupDetailEditor::load(const Group &group)
{
    m_loading = true;
    const Directory &directory = *m_editor->directory();
    m_title->setText(group.name);
    m_name->setText(group.name);
    m_description->setText(group.description);
    m_realm->setText(group.realm);
    m_id->setText(group.id);
    m_organizations->clear();
    QStringList shown;
    const QList<Organization> organizations = directory.organizations();
    for (const Organization &organization : organizations) {
        auto *item = new QListWidgetItem(organization.name, m_organizations);
        item->setData(Qt::UserRole, organization.rid);
        item->setCheckState(group.organizationRids.contains(organization.rid) ? Qt::Checked
                                                                              : Qt::Unchecked);
        shown.append(organization.rid);
    }
    for (const QString &rid : group.organizationRids) { // unknown to the Directory: keep it
        if (shown.contains(rid))
            continue;
        auto *item = new QListWidgetItem(rid, m_organizations);
        item->setData(Qt::UserRole, rid);
        item->setCheckState(Qt::Checked);
    }
    loadMembers(group);
    const QList<QLineEdit *> edits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits)
        edit->setCursorPosition(0); // show the start of long values (rids, URLs)
    m_loading = false;
    setDirty(false);
}

void GroupDetailEditor::loadMembers(const Group &group)
{
    const Directory &directory = *m_editor->directory();
    m_members->clear();
    for (const PrincipalRef &member : group.members) {
        auto *item = new QListWidgetItem(admintext::principalLabel(directory, member), m_members);
        item->setData(Qt::UserRole, member.id);
        item->setData(PrincipalKindRole, int(member.kind));
    }
    QList<PrincipalRef> exclude = group.members;
    exclude.append({PrincipalKind::Group, group.id});
    m_picker->reload(directory, true, exclude);
    m_memberError->hide();
    m_membersBox->setEnabled(!m_creating && !group.id.isEmpty());
    m_removeMember->setEnabled(false);
}

Group GroupDetailEditor::edited() const
{
    Group group = m_group.value_or(Group{});
    group.name = m_name->text().trimmed();
    group.description = m_description->text().trimmed();
    group.realm = m_realm->text().trimmed();
    group.organizationRids.clear();
    for (int row = 0; row < m_organizations->count(); ++row) {
        const QListWidgetItem *item = m_organizations->item(row);
        if (item->checkState() == Qt::Checked)
            group.organizationRids.append(item->data(Qt::UserRole).toString());
    }
    return group;
}

void GroupDetailEditor::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_revert->setEnabled(dirty);
    validate();
}

void GroupDetailEditor::validate()
{
    const QString name = m_name->text().trimmed();
    QString problem;
    if (m_group && name.isEmpty()) {
        problem = tr("A group name is required.");
    } else if (m_group) {
        const std::optional<Group> other = m_editor->directory()->groupByName(name);
        if (other && (m_creating || other->id != m_group->id))
            problem = tr("A group named “%1” already exists.").arg(name);
    }
    m_nameError->setText(problem);
    m_form->setRowVisible(m_nameError, !problem.isEmpty() && (m_dirty || m_creating));
    m_apply->setText(m_creating ? tr("&Create") : tr("&Apply"));
    m_apply->setEnabled(m_dirty && problem.isEmpty());
}

void GroupDetailEditor::apply()
{
    validate();
    if (!m_apply->isEnabled() || !m_group)
        return;
    Group after = edited();
    if (m_creating) {
        after.id = newUuid();
        m_creating = false;
        m_dirty = false;
        m_undoStack->push(commands::addGroup(m_editor, after));
        Q_EMIT created(after.id);
        return;
    }
    const Group before = *m_group;
    m_group = after;
    setDirty(false);
    if (after != before)
        m_undoStack->push(commands::updateGroup(m_editor, before, after));
}

void GroupDetailEditor::revert()
{
    if (m_creating) {
        showGroup(std::nullopt);
        return;
    }
    if (m_group)
        showGroup(m_editor->directory()->groupById(m_group->id));
}

void GroupDetailEditor::addMember()
{
    if (!m_group || m_creating)
        return;
    const std::optional<PrincipalRef> member = m_picker->currentPrincipal();
    const Directory &directory = *m_editor->directory();
    const std::optional<Group> current = directory.groupById(m_group->id);
    QString problem;
    if (!member)
        problem = tr("Pick a user or group from the list.");
    else if (current && current->members.contains(*member))
        problem = tr("%1 is a member already.").arg(admintext::principalName(directory, *member));
    else if (admin::users::wouldCreateCycle(directory.groups(), m_group->id, *member))
        problem = tr("A group may not contain itself, directly or through other groups.");
    m_memberError->setText(problem);
    m_memberError->setVisible(!problem.isEmpty());
    if (!problem.isEmpty() || !current)
        return;
    Group after = *current;
    after.members.append(*member);
    m_undoStack->push(commands::updateGroup(
        m_editor, *current, after,
        tr("Add %1 to %2").arg(admintext::principalName(directory, *member), current->name)));
    m_picker->setFocus();
}

void GroupDetailEditor::removeSelectedMembers()
{
    if (!m_group || m_creating)
        return;
    const Directory &directory = *m_editor->directory();
    const std::optional<Group> current = directory.groupById(m_group->id);
    const QList<QListWidgetItem *> selected = m_members->selectedItems();
    if (!current || selected.isEmpty())
        return;
    Group after = *current;
    QStringList names;
    for (const QListWidgetItem *item : selected) {
        const PrincipalRef member{PrincipalKind(item->data(PrincipalKindRole).toInt()),
                                  item->data(Qt::UserRole).toString()};
        after.members.removeAll(member);
        names.append(admintext::principalName(directory, member));
    }
    const QString text = names.size() == 1
                             ? tr("Remove %1 from %2").arg(names.first(), current->name)
                             : tr("Remove %1 members from %2").arg(names.size()).arg(current->name);
    m_undoStack->push(commands::updateGroup(m_editor, *current, after, text));
}

} // namespace foundry::ui
