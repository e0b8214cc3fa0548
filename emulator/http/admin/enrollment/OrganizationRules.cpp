#include "OrganizationRules.h"

#include "Directory.h"

#include <QRegularExpression>
#include <QUuid>

namespace foundry::admin::organizations {

bool isValidHostName(const QString &host)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
                       "(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*")));
    return pattern.match(host).hasMatch();
}

bool nameTaken(const Directory &directory, const QString &name, const QString &exceptRid)
{
    const QList<Organization> all = directory.organizations();
    return std::any_of(all.cbegin(), all.cend(), [&](const Organization &organization) {
        return organization.rid != exceptRid && organization.name == name;
    });
}

QString newOrganizationRid()
{
    return QStringLiteral("ri.organization.main.organization.") +
           QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace foundry::admin::organizations
