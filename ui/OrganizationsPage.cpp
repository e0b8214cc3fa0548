#include "OrganizationsPage.h"

#include "AdminCommands.h"
#include "DirectoryEditor.h"
#include "OrganizationDetailEditor.h"
#include "OrganizationTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QTableView>
#include <QUndoStack>

namespace foundry::ui {

OrganizationsPage::OrganizationsPage(DirectoryEditor *editor, QUndoStack *undoStack,
                                     QWidget *parent)
    : AdminPage(editor, undoStack, parent),
      m_model(new OrganizationTableModel(editor->directory(), this)),
      m_detail(new OrganizationDetailEditor(editor, undoStack, this)), m_error(new QLabel(this))
{
    m_model->setObjectName(QStringLiteral("organizationsModel"));
    setUp(QStringLiteral("organizations"), m_model, m_detail, [](int n) {
        // The enrollment row is not an organization.
        const int organizations = qMax(0, n - 1);
        return organizations == 1 ? tr("The enrollment and 1 organization")
                                  : tr("The enrollment and %1 organizations").arg(organizations);
    });
    m_error->setObjectName(QStringLiteral("organizationsErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::LinkVisited);
    m_error->hide();
    layout()->addWidget(m_error);
    QHeaderView *header = table()->horizontalHeader();
    header->resizeSection(OrganizationTableModel::Name, 200);
    header->resizeSection(OrganizationTableModel::Host, 150);
    header->resizeSection(OrganizationTableModel::Description, 260);
    header->resizeSection(OrganizationTableModel::Assignments, 120);

    connect(editor, &DirectoryEditor::remoteChanges, m_model, &OrganizationTableModel::highlight);
    connect(m_model, &QAbstractItemModel::dataChanged, m_detail,
            &OrganizationDetailEditor::refresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, m_detail,
            &OrganizationDetailEditor::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, m_detail, &OrganizationDetailEditor::refresh);
    connect(m_detail, &OrganizationDetailEditor::created, this, [this](const QString &rid) {
        selectId(rid);
        table()->setFocus();
    });
}

QString OrganizationsPage::lastError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

int OrganizationsPage::badgeCount() const
{
    return qMax(0, m_model->rowCount() - 1);
}

void OrganizationsPage::showCurrent()
{
    m_error->hide();
    const int row = currentSourceRow();
    if (row >= 0)
        m_detail->showResource(m_model->resourceAt(row));
    else if (!m_detail->isCreating())
        m_detail->showResource({});
}

void OrganizationsPage::newEntry()
{
    m_error->hide();
    table()->clearSelection();
    m_detail->startNew();
}

void OrganizationsPage::deleteSelected()
{
    QStringList problems;
    QList<Organization> chosen;
    for (int row : selectedSourceRows()) {
        if (std::optional<Organization> organization = m_model->organizationAt(row))
            chosen.append(*organization);
        else
            problems.append(tr("The enrollment cannot be deleted."));
    }
    if (chosen.size() > 1)
        m_undoStack->beginMacro(tr("Delete %1 organizations").arg(chosen.size()));
    for (const Organization &organization : std::as_const(chosen)) {
        QString failure;
        m_undoStack->push(
            commands::removeOrganization(m_editor, organization)->reportFailureTo(&failure));
        if (!failure.isEmpty())
            problems.append(tr("%1: %2").arg(organization.name, failure));
    }
    if (chosen.size() > 1)
        m_undoStack->endMacro();
    m_error->setText(problems.join(QLatin1Char('\n')));
    m_error->setVisible(!problems.isEmpty());
}

} // namespace foundry::ui
