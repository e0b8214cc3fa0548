#pragma once

#include "EntityTableModel.h"
#include "Organization.h"

#include <optional>

namespace foundry::ui {

// The Organizations & roles page's table: the enrollment first (its roles hold on every
// organization), then each organization with its host and how many role assignments it has.
class OrganizationTableModel final : public EntityTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Host,
        Description,
        Assignments,
        Rid,
        ColumnCount
    };

    explicit OrganizationTableModel(Directory *directory, QObject *parent = nullptr);

    // The row's resource: defaults::kEnrollmentResource, or an organization rid.
    QString resourceAt(int row) const { return idAt(row); }
    std::optional<Organization> organizationAt(int row) const; // nothing for the enrollment

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    EntityKind rowKind() const override { return EntityKind::Organization; }
    QSet<EntityKind> mentionedKinds() const override;
    QStringList currentIds() const override;
    bool fetch(const QString &id) override;
    void forget(const QString &id) override { m_organizations.remove(id); }
    void refreshMentions() override;
    QVariant cell(const QString &id, int column, int role) const override;

private:
    QHash<QString, Organization> m_organizations; // the enrollment as an organization-like row
    QHash<QString, int> m_assignmentCounts;       // resource -> count
};

} // namespace foundry::ui
