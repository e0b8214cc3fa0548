#pragma once

#include <QString>

namespace foundry {
class Directory;
}

// The domain rules of creating and replacing organizations through the Admin API.
namespace foundry::admin::organizations {

// Foundry's InvalidHostName rule: a domain name of letters, digits, periods and hyphens, whose
// labels are not empty and neither start nor end with a hyphen.
bool isValidHostName(const QString &host);

// Whether another organization (not `exceptRid`) already has this name.
bool nameTaken(const Directory &directory, const QString &name, const QString &exceptRid = {});

// ri.organization.main.organization.<uuid>
QString newOrganizationRid();

} // namespace foundry::admin::organizations
