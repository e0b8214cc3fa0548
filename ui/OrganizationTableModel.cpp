#include "OrganizationTableModel.h"

#include "Defaults.h"
#include "Directory.h"

#include <QFont>

namespace foundry::ui {
namespace {
bool isEnrollment(const QString &id)
{
    return id == defaults::kEnrollmentResource;
}
} // namespace

OrganizationTableModel::OrganizationTableModel(Directory *directory, QObject *parent)
    : EntityTableModel(directory, parent)
{
    initialize();
}

std::optional<Organization> OrganizationTableModel::organizationAt(int row) const
{
    const QString id = idAt(row);
    if (isEnrollment(id) || !m_organizations.contains(id))
        return std::nullopt;
    return m_organizations.value(id);
}

int OrganizationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganizationTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Host:
        return tr("Host");
    case Description:
        return tr("Description");
    case Assignments:
        return tr("Role assignments");
    case Rid:
        return tr("Rid");
    default:
        return {};
    }
}

QSet<EntityKind> OrganizationTableModel::mentionedKinds() const
{
    return {EntityKind::RoleAssignment, EntityKind::Enrollment};
}

QStringList OrganizationTableModel::currentIds() const
{
    QStringList ids{QString(defaults::kEnrollmentResource)};
    const QList<Organization> organizations = directory()->organizations();
    for (const Organization &organization : organizations)
        ids.append(organization.rid);
    return ids;
}

bool OrganizationTableModel::fetch(const QString &id)
{
    if (isEnrollment(id)) {
        const Enrollment enrollment = directory()->enrollment();
        Organization row;
        row.rid = enrollment.rid;
        row.name = enrollment.name;
        row.host = directory()->hosts().join(QStringLiteral(", "));
        row.description = tr("Enrollment roles hold on every organization");
        m_organizations.insert(id, row);
        return true;
    }
    const std::optional<Organization> organization = directory()->organization(id);
    if (!organization) {
        m_organizations.remove(id);
        return false;
    }
    m_organizations.insert(id, *organization);
    return true;
}

void OrganizationTableModel::refreshMentions()
{
    m_assignmentCounts.clear();
    const QList<RoleAssignment> assignments = directory()->roleAssignments();
    for (const RoleAssignment &assignment : assignments)
        ++m_assignmentCounts[assignment.resource];
}

QVariant OrganizationTableModel::cell(const QString &id, int column, int role) const
{
    const auto it = m_organizations.constFind(id);
    if (it == m_organizations.constEnd())
        return {};
    if (role == SortRole) {
        // Sorted by name, the enrollment comes first (ascending).
        if (column == Name)
            return isEnrollment(id) ? QString() : it->name.toCaseFolded();
        if (column == Assignments)
            return m_assignmentCounts.value(id);
        return {};
    }
    if (role == Qt::FontRole && isEnrollment(id)) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Name:
        return it->name;
    case Host:
        return it->host;
    case Description:
        return it->description;
    case Assignments:
        return m_assignmentCounts.value(id);
    case Rid:
        return it->rid;
    default:
        return {};
    }
}

} // namespace foundry::ui
