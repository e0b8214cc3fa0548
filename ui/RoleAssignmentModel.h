#pragma once

#include "EntityTableModel.h"
#include "Organization.h"

#include <optional>

namespace foundry::ui {

// The role assignments held on one resource (the enrollment or one organization): who (a user
// or group, by name), which role, and the operations that role grants.
class RoleAssignmentModel final : public EntityTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Principal,
        Type,
        Role,
        Operations,
        ColumnCount
    };

    explicit RoleAssignmentModel(Directory *directory, QObject *parent = nullptr);

    // defaults::kEnrollmentResource or an organization rid; empty shows nothing.
    void setResource(const QString &resource);
    QString resource() const { return m_resource; }
    std::optional<RoleAssignment> assignmentAt(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    EntityKind rowKind() const override { return EntityKind::RoleAssignment; }
    QSet<EntityKind> mentionedKinds() const override;
    QStringList currentIds() const override;
    bool fetch(const QString &id) override;
    void forget(const QString &id) override { m_assignments.remove(id); }
    QVariant cell(const QString &id, int column, int role) const override;

private:
    QString m_resource;
    QHash<QString, RoleAssignment> m_assignments; // key() -> assignment
};

} // namespace foundry::ui
