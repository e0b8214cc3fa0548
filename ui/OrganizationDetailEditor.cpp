#include "OrganizationDetailEditor.h"

#include "AdminCommands.h"
#include "Defaults.h"
#include "Directory.h"
#include "DirectoryEditor.h"
#include "FormWidgets.h"
#include "Permissions.h"
#include "PrincipalPicker.h"
#include "RoleAssignmentModel.h"
#include "enrollment/OrganizationRules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace foundry::ui {
namespace {
bool isEnrollment(const QString &resource)
{
    return resource == defaults::kEnrollmentResource;
}
} // namespace

OrganizationDetailEditor::OrganizationDetailEditor(DirectoryEditor *editor, QUndoStack *undoStack,
                                                   QWidget *parent)
    : QWidget(parent), m_editor(editor), m_undoStack(undoStack),
      m_assignments(new RoleAssignmentModel(editor->directory(), this))
{
    setObjectName(QStringLiteral("organizationDetail"));
    m_assignments->setObjectName(QStringLiteral("roleAssignmentsModel"));
    connect(editor, &DirectoryEditor::remoteChanges, m_assignments,
            &RoleAssignmentModel::highlight);
    buildForm();
    showResource({});
}

void OrganizationDetailEditor::buildForm()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("organizationDetailTitle"));
    styleAsTitle(m_title);

    m_name = formLineEdit(this, QStringLiteral("organizationNameEdit"), tr("Required, unique"));
    m_host =
        formLineEdit(this, QStringLiteral("organizationHostEdit"), tr("e.g. example.localhost"));
    m_description = formLineEdit(this, QStringLiteral("organizationDescriptionEdit"));
    m_rid = formLineEdit(this, QStringLiteral("organizationRidEdit"));
    m_rid->setReadOnly(true);
    m_rid->setClearButtonEnabled(false);
    m_error = errorLabel(this, QStringLiteral("organizationError"));
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Host:"), m_host);
    m_form->addRow(tr("&Description:"), m_description);
    m_form->addRow(tr("Rid:"), m_rid);
    m_form->addRow(QString(), m_error);
    m_form->setRowVisible(m_error, false);

    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("organizationApplyButton"));
    m_revert = buttons->addButton(tr("Re&vert"), QDialogButtonBox::ResetRole);
    m_revert->setObjectName(QStringLiteral("organizationRevertButton"));
    connect(m_apply, &QPushButton::clicked, this, &OrganizationDetailEditor::apply);
    connect(m_revert, &QPushButton::clicked, this, &OrganizationDetailEditor::revert);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
    layout->addWidget(buildRoles(), 1);

    const auto changed = [this] {
        if (!m_loading)
            setDirty(true);
    };
    for (QLineEdit *edit : {m_name, m_host, m_description}) {
        connect(edit, &QLineEdit::textEdited, this, changed);
        connect(edit, &QLineEdit::textChanged, this, &OrganizationDetailEditor::validate);
        connect(edit, &QLineEdit::returnPressed, this, &OrganizationDetailEditor::apply);
    }
}

QWidget *OrganizationDetailEditor::buildRoles()
{
    auto *box = new QGroupBox(tr("Role assignments"), this);
    m_rolesBox = box;
    m_assignmentTable = new QTableView(box);
    m_assignmentTable->setObjectName(QStringLiteral("roleAssignmentsTable"));
    m_assignmentTable->setModel(m_assignments);
    m_assignmentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_assignmentTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_assignmentTable->setAlternatingRowColors(true);
    m_assignmentTable->setWordWrap(false);
    m_assignmentTable->verticalHeader()->hide();
    m_assignmentTable->horizontalHeader()->setStretchLastSection(true);
    m_assignmentTable->horizontalHeader()->resizeSection(RoleAssignmentModel::Principal, 130);
    m_assignmentTable->horizontalHeader()->resizeSection(RoleAssignmentModel::Type, 55);
    m_assignmentTable->horizontalHeader()->resizeSection(RoleAssignmentModel::Role, 180);
    m_assignmentTable->setMinimumHeight(m_assignmentTable->fontMetrics().height() * 9);

    m_principal = new PrincipalPicker(box);
    m_principal->setObjectName(QStringLiteral("rolePrincipalPicker"));
    m_role = new QComboBox(box);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_grant = new QPushButton(tr("&Grant"), box);
    m_grant->setObjectName(QStringLiteral("grantRoleButton"));
    m_revoke = new QPushButton(tr("Re&voke"), box);
    m_revoke->setObjectName(QStringLiteral("revokeRoleButton"));
    m_operations = new QLabel(box);
    m_operations->setObjectName(QStringLiteral("roleOperationsLabel"));
    m_operations->setWordWrap(true);
    m_operations->setForegroundRole(QPalette::PlaceholderText);
    m_operations->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_roleError = errorLabel(box, QStringLiteral("roleAssignmentError"));

    // Stacked, so that the pane stays narrow enough for the table beside it.
    auto *pick = new QFormLayout;
    pick->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    pick->addRow(tr("&Principal:"), m_principal);
    pick->addRow(tr("&Role:"), m_role);
    pick->addRow(QString(), m_operations);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_grant);
    buttons->addWidget(m_revoke);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_assignmentTable, 1);
    layout->addLayout(pick);
    layout->addLayout(buttons);
    layout->addWidget(m_roleError);

    connect(m_role, &QComboBox::currentIndexChanged, this,
            &OrganizationDetailEditor::updateOperations);
    connect(m_grant, &QPushButton::clicked, this, &OrganizationDetailEditor::grantRole);
    connect(m_revoke, &QPushButton::clicked, this, &OrganizationDetailEditor::revokeSelected);
    connect(
        m_assignmentTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            m_revoke->setEnabled(!m_assignmentTable->selectionModel()->selectedRows().isEmpty());
        });
    connect(m_assignments, &QAbstractItemModel::modelReset, this,
            [this] { m_revoke->setEnabled(false); });
    return box;
}

void OrganizationDetailEditor::showResource(const QString &resource)
{
    m_creating = false;
    m_resource = resource;
    m_organization.reset();
    const Directory &directory = *m_editor->directory();
    if (isEnrollment(resource)) {
        const Enrollment enrollment = directory.enrollment();
        load({enrollment.rid,
              enrollment.name,
              directory.hosts().join(QStringLiteral(", ")),
              tr("Roles held on the enrollment apply to every organization."),
              {}},
             true);
    } else if (const std::optional<Organization> organization = directory.organization(resource)) {
        m_organization = organization;
        load(*organization, false);
    } else {
        m_resource.clear();
        load({}, false);
        m_title->setText(tr("No organization selected"));
    }
    setEnabled(!m_resource.isEmpty());
}

void OrganizationDetailEditor::startNew()
{
    m_resource.clear();
    Organization blank;
    blank.rid = admin::organizations::newOrganizationRid();
    m_organization = blank;
    m_creating = true;
    load(blank, false);
    m_title->setText(tr("New organization"));
    setEnabled(true);
    setDirty(true);
    m_name->setFocus();
}

void OrganizationDetailEditor::refresh()
{
    if (m_creating || m_resource.isEmpty())
        return;
    if (m_dirty && !isEnrollment(m_resource)) {
        if (!m_editor->directory()->organization(m_resource))
            showResource({});
        return;
    }
    showResource(m_resource);
}

void OrganizationDetailEditor::load(const Organization &organization, bool enrollment)
{
    m_loading = true;
    m_title->setText(enrollment ? tr("Enrollment: %1").arg(organization.name) : organization.name);
    m_name->setText(organization.name);
    m_host->setText(organization.host);
    m_description->setText(organization.description);
    m_rid->setText(organization.rid);
    for (QLineEdit *edit : {m_name, m_host, m_description})
        edit->setReadOnly(enrollment);
    m_apply->setVisible(!enrollment);
    m_revert->setVisible(!enrollment);
    m_assignments->setResource(m_creating ? QString() : m_resource);
    m_rolesBox->setEnabled(!m_creating && !m_resource.isEmpty());
    m_principal->reload(*m_editor->directory(), true);
    reloadRoles();
    m_roleError->hide();
    const QList<QLineEdit *> edits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits)
        edit->setCursorPosition(0); // show the start of long values (rids, URLs)
    m_loading = false;
    setDirty(false);
}

void OrganizationDetailEditor::reloadRoles()
{
    const QString kept = m_role->currentData().toString();
    m_role->clear();
    if (isEnrollment(m_resource)) {
        const auth::Permissions::Role &role = auth::Permissions::enrollmentAdministrator();
        m_role->addItem(role.name, role.id);
    } else {
        for (const auth::Permissions::Role &role : auth::Permissions::organizationRoles())
            m_role->addItem(role.isDefault ? tr("%1 (default)").arg(role.name) : role.name,
                            role.id);
    }
    m_role->setCurrentIndex(qMax(0, m_role->findData(kept)));
    updateOperations();
}

void OrganizationDetailEditor::updateOperations()
{
    const QStringList operations =
        auth::Permissions::operationsOfRole(m_role->currentData().toString());
    m_operations->setText(operations.isEmpty()
                              ? QString()
                              : tr("Grants: %1").arg(operations.join(QStringLiteral(", "))));
    m_role->setToolTip(operations.join(QLatin1Char('\n')));
}

Organization OrganizationDetailEditor::edited() const
{
    Organization organization = m_organization.value_or(Organization{});
    organization.name = m_name->text().trimmed();
    organization.host = m_host->text().trimmed();
    organization.description = m_description->text().trimmed();
    return organization;
}

void OrganizationDetailEditor::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_revert->setEnabled(dirty);
    validate();
}

void OrganizationDetailEditor::validate()
{
    QString problem;
    if (m_organization) {
        const Organization organization = edited();
        if (organization.name.isEmpty())
            problem = tr("An organization needs a name.");
        else if (admin::organizations::nameTaken(*m_editor->directory(), organization.name,
                                                 m_creating ? QString() : organization.rid))
            problem = tr("An organization named “%1” already exists.").arg(organization.name);
        else if (!organization.host.isEmpty() &&
                 !admin::organizations::isValidHostName(organization.host))
            problem = tr("“%1” is not a valid host name: letters, digits, periods and hyphens.")
                          .arg(organization.host);
    }
    m_error->setText(problem);
    m_form->setRowVisible(m_error, !problem.isEmpty() && (m_dirty || m_creating));
    m_apply->setText(m_creating ? tr("&Create") : tr("&Apply"));
    m_apply->setEnabled(m_organization && m_dirty && problem.isEmpty());
}

void OrganizationDetailEditor::apply()
{
    validate();
    if (!m_apply->isEnabled() || !m_organization)
        return;
    const Organization after = edited();
    QString failure;
    if (m_creating) {
        m_creating = false;
        m_dirty = false;
        m_undoStack->push(commands::addOrganization(m_editor, after)->reportFailureTo(&failure));
        if (failure.isEmpty())
            Q_EMIT created(after.rid);
        return;
    }
    const Organization before = *m_organization;
    setDirty(false);
    if (after != before)
        m_undoStack->push(
            commands::updateOrganization(m_editor, before, after)->reportFailureTo(&failure));
}

void OrganizationDetailEditor::revert()
{
    if (m_creating) {
        showResource({});
        return;
    }
    showResource(m_resource);
}

void OrganizationDetailEditor::grantRole()
{
    if (m_resource.isEmpty() || m_creating)
        return;
    const std::optional<PrincipalRef> principal = m_principal->currentPrincipal();
    QString problem;
    if (!principal) {
        problem = tr("Pick a user or group from the list.");
    } else {
        RoleAssignment assignment;
        assignment.principal = *principal;
        assignment.roleId = m_role->currentData().toString();
        assignment.resource = m_resource;
        m_undoStack->push(
            commands::addRoleAssignment(m_editor, assignment)->reportFailureTo(&problem));
    }
    m_roleError->setText(problem);
    m_roleError->setVisible(!problem.isEmpty());
}

void OrganizationDetailEditor::revokeSelected()
{
    QList<RoleAssignment> chosen;
    const QModelIndexList rows = m_assignmentTable->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (std::optional<RoleAssignment> assignment = m_assignments->assignmentAt(index.row()))
            chosen.append(*assignment);
    }
    if (!chosen.isEmpty())
        m_undoStack->push(commands::removeRoleAssignments(m_editor, chosen));
}

} // namespace foundry::ui
