#pragma once

#include "ExtraFields.h"
#include "Group.h"

#include <QDateTime>
#include <QString>

namespace foundry {

// `foundry.organizations[]`.
struct Organization final
{
    QString rid;
    QString name;
    QString host;
    QString description;
    ExtraFields extras;

    friend bool operator==(const Organization &a, const Organization &b)
    {
        return a.rid == b.rid && a.name == b.name && a.host == b.host &&
               a.description == b.description && a.extras == b.extras;
    }
    friend bool operator!=(const Organization &a, const Organization &b) { return !(a == b); }
};

// `foundry.enrollment`: there is exactly one.
struct Enrollment final
{
    QString rid;
    QString name;
    QDateTime createdTime; // not stored in the seed: the start time
    ExtraFields extras;

    friend bool operator==(const Enrollment &a, const Enrollment &b)
    {
        return a.rid == b.rid && a.name == b.name && a.extras == b.extras;
    }
    friend bool operator!=(const Enrollment &a, const Enrollment &b) { return !(a == b); }
};

// `foundry.role_assignments[]`: a role held by a user or group on an organization or on the
// enrollment (resource = defaults::kEnrollmentResource).
struct RoleAssignment final
{
    PrincipalRef principal;
    QString roleId;
    QString resource;
    ExtraFields extras;

    // Identifies the assignment: the same principal, role and resource is the same assignment.
    QString key() const;

    friend bool operator==(const RoleAssignment &a, const RoleAssignment &b)
    {
        return a.principal == b.principal && a.roleId == b.roleId && a.resource == b.resource &&
               a.extras == b.extras;
    }
    friend bool operator!=(const RoleAssignment &a, const RoleAssignment &b) { return !(a == b); }
};

} // namespace foundry
