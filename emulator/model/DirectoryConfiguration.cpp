// The Directory's configuration entities: applications, organizations, authentication
// providers, role assignments and fixed tokens. Users and groups are in Directory.cpp.
#include "Directory.h"

#include "Defaults.h"
#include "DirectoryAccess.h"
#include "DirectoryLookup.h"

namespace foundry {

using detail::fail;
using detail::lookup;

// --- third-party applications -----------------------------------------------------------------

QList<OAuthClient> Directory::oauthClients() const
{
    return read([](const DirectoryIndex &d) { return d.data.oauthClients; });
}

int Directory::oauthClientCount() const
{
    return read([](const DirectoryIndex &d) { return int(d.data.oauthClients.size()); });
}

std::optional<OAuthClient> Directory::oauthClient(const QString &clientId) const
{
    return read([&clientId](const DirectoryIndex &d) {
        return lookup(d.clientById, d.data.oauthClients, clientId);
    });
}

bool Directory::addOAuthClient(const OAuthClient &client, QString *error)
{
    if (client.clientId.isEmpty())
        return fail(error, tr("A client id is required."));
    return write([&](DirectoryIndex &next, DirectoryChanges &changes) {
        if (next.clientById.contains(client.clientId))
            return fail(
                error,
                tr("An application with client id \"%1\" already exists.").arg(client.clientId));
        next.data.oauthClients.append(client);
        next.reindexClients();
        changes.append({EntityKind::OAuthClient, ChangeType::Added, client.clientId});
        return true;
    });
}

bool Directory::updateOAuthClient(const QString &originalClientId, const OAuthClient &client,
                                  QString *error)
{
    if (client.clientId.isEmpty())
        return fail(error, tr("A client id is required."));
    return write([&](DirectoryIndex &next, DirectoryChanges &changes) {
        const auto row = next.clientById.value(originalClientId, -1);
        if (row < 0)
            return fail(error, tr("No application has client id \"%1\".").arg(originalClientId));
        if (next.clientById.value(client.clientId, row) != row)
            return fail(
                error,
                tr("An application with client id \"%1\" already exists.").arg(client.clientId));
        if (std::as_const(next.data.oauthClients).at(row) == client)
            return true;
        next.data.oauthClients[row] = client;
        if (originalClientId != client.clientId) {
            next.reindexClients();
            changes.append({EntityKind::OAuthClient, ChangeType::Removed, originalClientId});
            changes.append({EntityKind::OAuthClient, ChangeType::Added, client.clientId});
        } else {
            changes.append({EntityKind::OAuthClient, ChangeType::Updated, client.clientId});
        }
        return true;
    });
}

bool Directory::removeOAuthClient(const QString &clientId)
{
    return write([&](DirectoryIndex &next, DirectoryChanges &changes) {
        const auto row = next.clientById.value(clientId, -1);
        if (row < 0)
            return false;
        next.data.oauthClients.removeAt(row);
        next.reindexClients();
        changes.append({EntityKind::OAuthClient, ChangeType::Removed, clientId});
        return true;
    });
}

// --- organizations ----------------------------------------------------------------------------

QList<Organization> Directory::organizations() const
{
    return read([](const DirectoryIndex &d) { return d.data.organizations; });
}

std::optional<Organization> Directory::organization(const QString &rid) const
{
    return read([&rid](const DirectoryIndex &d) {
        return lookup(d.organizationByRid, d.data.organizations, rid);
    });
}

bool Directory::addOrganization(const Organization &organization, QString *error)
{
    if (organization.rid.isEmpty() || organization.name.isEmpty())
        return fail(error, tr("An organization needs a rid and a name."));
    return write([&](DirectoryIndex &next, DirectoryChanges &changes) {
        if (next.organizationByRid.contains(organization.rid))
            return fail(error, tr("Organization %1 already exists.").arg(organization.rid));
        next.data.organizations.append(organization);
        next.reindexOrganizations();
        changes.append({EntityKind::Organization, ChangeType::Added, organization.rid});
        return true;
    });
}

bool Directory::updateOrganization(const Organization &organization, QString *error)
{
    if (organization.name.isEmpty())
        return fail(error, tr("An organization needs a name."));
    return write([&](DirectoryIndex &next, DirectoryChanges &changes) {
        const auto row = next.organizationByRid.value(organization.rid, -1);
        if (row < 0)
            return fail(error, tr("No organization has rid %1.").arg(organization.rid));
        if (std::as_const(next.data.organizations).at(row) == organization)
            return true;
        next.data.organizations[row] = organization;
        changes.append({EntityKind::Organization, ChangeType::Updated, organization.rid});
        return true;
    });
}

bool Directory::removeOrganization(const QString &rid, QString *error)
{
    if (rid == defaults::kOrganizationRid)
        return fail(error, tr("The default organization cannot be removed."));
    return write([&](DirectoryIndex &next, DirectoryChanges &changes) {
        const auto row = next.organizationByRid.value(rid, -1);
        if (row < 0)
            return fail(error, tr("No organization has rid %1.").arg(rid));
        const DirectoryState &data = next.data;
        const bool inUse =
            std::any_of(data.users.cbegin(), data.users.cend(),
                        [&](const User &u) { return u.organizationRid == rid; }) ||
            std::any_of(data.groups.cbegin(), data.groups.cend(),
                        [&](const Group &g) { return g.organizationRids.contains(rid); });
        if (inUse)
            return fail(error, tr("Organization %1 still has users or groups.").arg(rid));
        next.data.organizations.removeAt(row);
        next.reindexOrganizations();
        QStringList removedKeys;
        for (const RoleAssignment &r : std::as_const(next.data.roleAssignments)) {
            if (r.resource == rid)
                removedKeys.append(r.key());
        }
        if (!removedKeys.isEmpty()) {
            next.data.roleAssignments.removeIf(
                [&](const RoleAssignment &r) { return r.resource == rid; });
            next.reindexRoleAssignments();
        }
        for (const QString &key : std::as_const(removedKeys))
            changes.append({EntityKind::RoleAssignment, ChangeType::Removed, key});
        changes.append({EntityKind::Organization, ChangeType::Removed, rid});
        return true;
    });
}

// --- authentication providers -----------------------------------------------------------------

QList<AuthenticationProvider> Directory::authenticationProviders() const
{
    return read([](const DirectoryIndex &d) { return d.data.authenticationProviders; });
}

std::optional<AuthenticationProvider> Directory::authenticationProvider(const QString &rid) const
{
    return read([&rid](const DirectoryIndex &d) {
        return lookup(d.providerByRid, d.data.authenticationProviders, rid);
    });
}

bool Directory::addAuthenticationProvider(const AuthenticationProvider &provider, QString *error)
{
    if (provider.rid.isEmpty() || provider.name.isEmpty())
        return fail(error, tr("An authentication provider needs a rid and a name."));
    return write([&](DirectoryIndex &next, DirectoryChanges &changes) {
        if (next.providerByRid.contains(provider.rid))
            return fail(error, tr("Authentication provider %1 already exists.").arg(provider.rid));
        next.data.authenticationProviders.append(provider);
        next.reindexProviders();
        changes.append({EntityKind::AuthenticationProvider, ChangeType::Added, provider.rid});
        return true;
    });
}

bool Directory::updateAuthenticationProvider(const AuthenticationProvider &provider, QString *error)
{
    if (provider.name.isEmpty())
        return fail(error, tr("An authentication provider needs a name."));
    return write([&](DirectoryIndex &next, DirectoryChanges &changes) {
        const auto row = next.providerByRid.value(provider.rid, -1);
        if (row < 0)
            return fail(error, tr("No authentication provider has rid %1.").arg(provider.rid));
        if (std::as_const(next.data.authenticationProviders).at(row) == provider)
            return true;
        next.data.authenticationProviders[row] = provider;
        changes.append({EntityKind::AuthenticationProvider, ChangeType::Updated, provider.rid});
        return true;
    });
}

bool Directory::removeAuthenticationProvider(const QString &rid)
{
    return write([&](DirectoryIndex &next, DirectoryChanges &changes) {
        const auto row = next.providerByRid.value(rid, -1);
        if (row < 0)
            return false;
        next.data.authenticationProviders.removeAt(row);
        next.reindexProviders();
        changes.append({EntityKind::AuthenticationProvider, ChangeType::Removed, rid});
        return true;
    });
}

// --- role assignments -------------------------------------------------------------------------

QList<RoleAssignment> Directory::roleAssignments() const
{
    return read([](const DirectoryIndex &d) { return d.data.roleAssignments; });
}

bool Directory::addRoleAssignment(const RoleAssignment &assignment)
{
    const QString key = assignment.key();
    return write([&](DirectoryIndex &next, DirectoryChanges &changes) {
        if (next.roleAssignmentByKey.contains(key))
            return false;
        next.data.roleAssignments.append(assignment);
        next.roleAssignmentByKey.insert(key, next.data.roleAssignments.size() - 1);
        changes.append({EntityKind::RoleAssignment, ChangeType::Added, key});
        return true;
    });
}

bool Directory::removeRoleAssignment(const QString &key)
{
    return write([&](DirectoryIndex &next, DirectoryChanges &changes) {
        const auto row = next.roleAssignmentByKey.value(key, -1);
        if (row < 0)
            return false;
        next.data.roleAssignments.removeAt(row);
        next.reindexRoleAssignments();
        changes.append({EntityKind::RoleAssignment, ChangeType::Removed, key});
        return true;
    });
}

// --- fixed tokens -----------------------------------------------------------------------------

QList<FixedToken> Directory::fixedTokens() const
{
    return read([](const DirectoryIndex &d) { return d.data.fixedTokens; });
}

std::optional<FixedToken> Directory::fixedToken(const QString &token) const
{
    return read([&token](const DirectoryIndex &d) {
        return lookup(d.fixedTokenByValue, d.data.fixedTokens, token);
    });
}

} // namespace foundry
