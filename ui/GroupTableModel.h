#pragma once

#include "EntityTableModel.h"
#include "Group.h"

#include <optional>

namespace foundry::ui {

// The Groups page's table: name, description, organizations, members (users and nested groups,
// by name) and realm. Member and organization names follow renames at once.
class GroupTableModel final : public EntityTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Description,
        Organizations,
        Members,
        Realm,
        ColumnCount
    };

    explicit GroupTableModel(Directory *directory, QObject *parent = nullptr);

    std::optional<Group> groupAt(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    EntityKind rowKind() const override { return EntityKind::Group; }
    QSet<EntityKind> mentionedKinds() const override;
    QStringList currentIds() const override;
    bool fetch(const QString &id) override;
    void forget(const QString &id) override { m_groups.remove(id); }
    QVariant cell(const QString &id, int column, int role) const override;

private:
    QString membersText(const Group &group) const;

    QHash<QString, Group> m_groups;
};

} // namespace foundry::ui
