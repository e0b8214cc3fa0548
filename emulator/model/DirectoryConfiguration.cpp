// The Directory's configuration entities: applications, organizations, authentication
// providers, role assignments and fixed tokens. Users and groups are in Directory.cpp.
#include "Directory.h"

#include "Defaults.h"
#include "DirectoryIndex.h"
#include "DirectoryLookup.h"

#include <QReadLocker>
#include <QWriteLocker>

namespace foundry {

using detail::fail;
using detail::lookup;

// --- third-party applications -----------------------------------------------------------------

QList<OAuthClient> Directory::oauthClients() const
{
    QReadLocker locker(&m_lock);
    return m_data->data.oauthClients;
}

int Directory::oauthClientCount() const
{
    QReadLocker locker(&m_lock);
    return int(m_data->data.oauthClients.size());
}

std::optional<OAuthClient> Directory::oauthClient(const QString &clientId) const
{
    QReadLocker locker(&m_lock);
    return lookup(m_data->clientById, m_data->data.oauthClients, clientId);
}

bool Directory::addOAuthClient(const OAuthClient &client, QString *error)
{
    if (client.clientId.isEmpty())
        return fail(error, tr("A client id is required."));
    QWriteLocker locker(&m_lock);
    if (m_data->clientById.contains(client.clientId))
        return fail(error, tr("An application with client id \"%1\" already exists.")
                               .arg(client.clientId));
    m_data->data.oauthClients.append(client);
    m_data->reindexClients();
    recordChange(EntityKind::OAuthClient, ChangeType::Added, client.clientId);
    return true;
}

bool Directory::updateOAuthClient(const QString &originalClientId, const OAuthClient &client,
                                  QString *error)
{
    if (client.clientId.isEmpty())
        return fail(error, tr("A client id is required."));
    QWriteLocker locker(&m_lock);
    const auto row = m_data->clientById.value(originalClientId, -1);
    if (row < 0)
        return fail(error, tr("No application has client id \"%1\".").arg(originalClientId));
    if (m_data->clientById.value(client.clientId, row) != row)
        return fail(error, tr("An application with client id \"%1\" already exists.")
                               .arg(client.clientId));
    if (m_data->data.oauthClients.at(row) == client)
        return true;
    m_data->data.oauthClients[row] = client;
    if (originalClientId != client.clientId) {
        m_data->reindexClients();
        recordChange(EntityKind::OAuthClient, ChangeType::Removed, originalClientId);
        recordChange(EntityKind::OAuthClient, ChangeType::Added, client.clientId);
    } else {
        recordChange(EntityKind::OAuthClient, ChangeType::Updated, client.clientId);
    }
    return true;
}

bool Directory::removeOAuthClient(const QString &clientId)
{
    QWriteLocker locker(&m_lock);
    const auto row = m_data->clientById.value(clientId, -1);
    if (row < 0)
        return false;
    m_data->data.oauthClients.removeAt(row);
    m_data->reindexClients();
    recordChange(EntityKind::OAuthClient, ChangeType::Removed, clientId);
    return true;
}

// --- organizations ----------------------------------------------------------------------------

QList<Organization> Directory::organizations() const
{
    QReadLocker locker(&m_lock);
    return m_data->data.organizations;
}

std::optional<Organization> Directory::organization(const QString &rid) const
{
    QReadLocker locker(&m_lock);
    return lookup(m_data->organizationByRid, m_data->data.organizations, rid);
}

bool Directory::addOrganization(const Organization &organization, QString *error)
{
    if (organization.rid.isEmpty() || organization.name.isEmpty())
        return fail(error, tr("An organization needs a rid and a name."));
    QWriteLocker locker(&m_lock);
    if (m_data->organizationByRid.contains(organization.rid))
        return fail(error, tr("Organization %1 already exists.").arg(organization.rid));
    m_data->data.organizations.append(organization);
    m_data->reindexOrganizations();
    recordChange(EntityKind::Organization, ChangeType::Added, organization.rid);
    return true;
}

bool Directory::updateOrganization(const Organization &organization, QString *error)
{
    if (organization.name.isEmpty())
        return fail(error, tr("An organization needs a name."));
    QWriteLocker locker(&m_lock);
    const auto row = m_data->organizationByRid.value(organization.rid, -1);
    if (row < 0)
        return fail(error, tr("No organization has rid %1.").arg(organization.rid));
    if (m_data->data.organizations.at(row) == organization)
        return true;
    m_data->data.organizations[row] = organization;
    recordChange(EntityKind::Organization, ChangeType::Updated, organization.rid);
    return true;
}

bool Directory::removeOrganization(const QString &rid, QString *error)
{
    if (rid == defaults::kOrganizationRid)
        return fail(error, tr("The default organization cannot be removed."));
    QWriteLocker locker(&m_lock);
    const auto row = m_data->organizationByRid.value(rid, -1);
    if (row < 0)
        return fail(error, tr("No organization has rid %1.").arg(rid));
    const auto &data = m_data->data;
    const bool inUse =
        std::any_of(data.users.cbegin(), data.users.cend(),
                    [&](const User &u) { return u.organizationRid == rid; }) ||
        std::any_of(data.groups.cbegin(), data.groups.cend(),
                    [&](const Group &g) { return g.organizationRids.contains(rid); });
    if (inUse)
        return fail(error, tr("Organization %1 still has users or groups.").arg(rid));
    m_data->data.organizations.removeAt(row);
    m_data->reindexOrganizations();
    QStringList removedKeys;
    for (const RoleAssignment &r : std::as_const(m_data->data.roleAssignments)) {
        if (r.resource == rid)
            removedKeys.append(r.key());
    }
    m_data->data.roleAssignments.removeIf([&](const RoleAssignment &r) { return r.resource == rid; });
    m_data->reindexRoleAssignments();
    for (const QString &key : std::as_const(removedKeys))
        recordChange(EntityKind::RoleAssignment, ChangeType::Removed, key);
    recordChange(EntityKind::Organization, ChangeType::Removed, rid);
    return true;
}

// --- authentication providers -----------------------------------------------------------------

QList<AuthenticationProvider> Directory::authenticationProviders() const
{
    QReadLocker locker(&m_lock);
    return m_data->data.authenticationProviders;
}

std::optional<AuthenticationProvider> Directory::authenticationProvider(const QString &rid) const
{
    QReadLocker locker(&m_lock);
    return lookup(m_data->providerByRid, m_data->data.authenticationProviders, rid);
}

bool Directory::addAuthenticationProvider(const AuthenticationProvider &provider, QString *error)
{
    if (provider.rid.isEmpty() || provider.name.isEmpty())
        return fail(error, tr("An authentication provider needs a rid and a name."));
    QWriteLocker locker(&m_lock);
    if (m_data->providerByRid.contains(provider.rid))
        return fail(error, tr("Authentication provider %1 already exists.").arg(provider.rid));
    m_data->data.authenticationProviders.append(provider);
    m_data->reindexProviders();
    recordChange(EntityKind::AuthenticationProvider, ChangeType::Added, provider.rid);
    return true;
}

bool Directory::updateAuthenticationProvider(const AuthenticationProvider &provider,
                                             QString *error)
{
    if (provider.name.isEmpty())
        return fail(error, tr("An authentication provider needs a name."));
    QWriteLocker locker(&m_lock);
    const auto row = m_data->providerByRid.value(provider.rid, -1);
    if (row < 0)
        return fail(error, tr("No authentication provider has rid %1.").arg(provider.rid));
    if (m_data->data.authenticationProviders.at(row) == provider)
        return true;
    m_data->data.authenticationProviders[row] = provider;
    recordChange(EntityKind::AuthenticationProvider, ChangeType::Updated, provider.rid);
    return true;
}

bool Directory::removeAuthenticationProvider(const QString &rid)
{
    QWriteLocker locker(&m_lock);
    const auto row = m_data->providerByRid.value(rid, -1);
    if (row < 0)
        return false;
    m_data->data.authenticationProviders.removeAt(row);
    m_data->reindexProviders();
    recordChange(EntityKind::AuthenticationProvider, ChangeType::Removed, rid);
    return true;
}

// --- role assignments -------------------------------------------------------------------------

QList<RoleAssignment> Directory::roleAssignments() const
{
    QReadLocker locker(&m_lock);
    return m_data->data.roleAssignments;
}

bool Directory::addRoleAssignment(const RoleAssignment &assignment)
{
    const QString key = assignment.key();
    QWriteLocker locker(&m_lock);
    if (m_data->roleAssignmentByKey.contains(key))
        return false;
    m_data->data.roleAssignments.append(assignment);
    m_data->roleAssignmentByKey.insert(key, m_data->data.roleAssignments.size() - 1);
    recordChange(EntityKind::RoleAssignment, ChangeType::Added, key);
    return true;
}

bool Directory::removeRoleAssignment(const QString &key)
{
    QWriteLocker locker(&m_lock);
    const auto row = m_data->roleAssignmentByKey.value(key, -1);
    if (row < 0)
        return false;
    m_data->data.roleAssignments.removeAt(row);
    m_data->reindexRoleAssignments();
    recordChange(EntityKind::RoleAssignment, ChangeType::Removed, key);
    return true;
}

// --- fixed tokens -----------------------------------------------------------------------------

QList<FixedToken> Directory::fixedTokens() const
{
    QReadLocker locker(&m_lock);
    return m_data->data.fixedTokens;
}

std::optional<FixedToken> Directory::fixedToken(const QString &token) const
{
    QReadLocker locker(&m_lock);
    return lookup(m_data->fixedTokenByValue, m_data->data.fixedTokens, token);
}

} // namespace foundry
