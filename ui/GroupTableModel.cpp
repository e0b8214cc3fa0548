#include "GroupTableModel.h"

#include "AdminText.h"
#include "Directory.h"

namespace foundry::ui {

GroupTableModel::GroupTableModel(Directory *directory, QObject *parent)
    : EntityTableModel(directory, parent)
{
    initialize();
}

std::optional<Group> GroupTableModel::groupAt(int row) const
{
    const auto it = m_groups.constFind(idAt(row));
    if (it == m_groups.constEnd())
        return std::nullopt;
    return *it;
}

int GroupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Description:
        return tr("Description");
    case Organizations:
        return tr("Organizations");
    case Members:
        return tr("Members");
    case Realm:
        return tr("Realm");
    default:
        return {};
    }
}

QSet<EntityKind> GroupTableModel::mentionedKinds() const
{
    return {EntityKind::User, EntityKind::Group, EntityKind::Organization};
}

QStringList GroupTableModel::currentIds() const
{
    QStringList ids;
    const QList<Group> groups = directory()->groups();
    for (const Group &group : groups)
        ids.append(group.id);
    return ids;
}

bool GroupTableModel::fetch(const QString &id)
{
    const std::optional<Group> group = directory()->groupById(id);
    if (!group) {
        m_groups.remove(id);
        return false;
    }
    m_groups.insert(id, *group);
    return true;
}

QString GroupTableModel::membersText(const Group &group) const
{
    QStringList names;
    for (const PrincipalRef &member : group.members)
        names.append(admintext::principalLabel(*directory(), member));
    return names.join(QStringLiteral(", "));
}

QVariant GroupTableModel::cell(const QString &id, int column, int role) const
{
    const auto it = m_groups.constFind(id);
    if (it == m_groups.constEnd())
        return {};
    const Group &group = *it;
    if (role == SortRole && column == Members)
        return int(group.members.size());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Name:
        return group.name;
    case Description:
        return group.description;
    case Organizations:
        return admintext::organizationNames(*directory(), group.organizationRids)
            .join(QStringLiteral(", "));
    case Members:
        if (role == Qt::ToolTipRole)
            return membersText(group);
        return group.members.isEmpty()
                   ? tr("none")
                   : QStringLiteral("%1 · %2").arg(group.members.size()).arg(membersText(group));
    case Realm:
        return group.realm;
    default:
        return {};
    }
}

} // namespace foundry::ui
