#include "RoleAssignmentModel.h"

#include "AdminText.h"
#include "Directory.h"
#include "Permissions.h"

namespace foundry::ui {

RoleAssignmentModel::RoleAssignmentModel(Directory *directory, QObject *parent)
    : EntityTableModel(directory, parent)
{
    initialize();
}

void RoleAssignmentModel::setResource(const QString &resource)
{
    if (resource == m_resource)
        return;
    m_resource = resource;
    reload();
}

std::optional<RoleAssignment> RoleAssignmentModel::assignmentAt(int row) const
{
    const auto it = m_assignments.constFind(idAt(row));
    if (it == m_assignments.constEnd())
        return std::nullopt;
    return *it;
}

int RoleAssignmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoleAssignmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Principal:
        return tr("Principal");
    case Type:
        return tr("Type");
    case Role:
        return tr("Role");
    case Operations:
        return tr("Operations granted");
    default:
        return {};
    }
}

QSet<EntityKind> RoleAssignmentModel::mentionedKinds() const
{
    return {EntityKind::User, EntityKind::Group};
}

QStringList RoleAssignmentModel::currentIds() const
{
    QStringList ids;
    if (m_resource.isEmpty())
        return ids;
    const QList<RoleAssignment> assignments = directory()->roleAssignments();
    for (const RoleAssignment &assignment : assignments) {
        if (assignment.resource == m_resource)
            ids.append(assignment.key());
    }
    return ids;
}

bool RoleAssignmentModel::fetch(const QString &id)
{
    const QList<RoleAssignment> assignments = directory()->roleAssignments();
    for (const RoleAssignment &assignment : assignments) {
        if (assignment.key() == id && assignment.resource == m_resource && !m_resource.isEmpty()) {
            m_assignments.insert(id, assignment);
            return true;
        }
    }
    m_assignments.remove(id);
    return false;
}

QVariant RoleAssignmentModel::cell(const QString &id, int column, int role) const
{
    const auto it = m_assignments.constFind(id);
    if (it == m_assignments.constEnd() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const RoleAssignment &assignment = *it;
    switch (column) {
    case Principal:
        return admintext::principalName(*directory(), assignment.principal);
    case Type:
        return assignment.principal.kind == PrincipalKind::Group ? tr("Group") : tr("User");
    case Role:
        return admintext::roleName(assignment.roleId);
    case Operations: {
        const QStringList operations = auth::Permissions::operationsOfRole(assignment.roleId);
        if (operations.isEmpty())
            return tr("none (unknown role)");
        return operations.join(role == Qt::ToolTipRole ? QStringLiteral("\n")
                                                       : QStringLiteral(", "));
    }
    default:
        return {};
    }
}

} // namespace foundry::ui
