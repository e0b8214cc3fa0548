#include "ScopeCatalog.h"

namespace foundry::auth {
namespace {

using Kind = ScopeCatalog::Kind;

QList<ScopeCatalog::Entry> buildCatalog()
{
    const auto api = [](const char *name, const char *description) {
        return ScopeCatalog::Entry{QString::fromLatin1(name), QString::fromLatin1(description),
                                   Kind::Api};
    };
    const auto operation = [](const char *name, const char *description) {
        return ScopeCatalog::Entry{QString::fromLatin1(name), QString::fromLatin1(description),
                                   Kind::Operation};
    };
    return {
        api("api:admin-read", "Read users, groups, memberships, organizations and the enrollment"),
        api("api:admin-write", "Create, change and delete users, groups and role assignments"),
        api("api:use-admin-read", "Alias of api:admin-read"),
        api("api:use-admin-write", "Alias of api:admin-write"),
        api("api:ontologies-read", "Read ontologies, object types and objects"),
        api("api:ontologies-write", "Apply actions and change ontology objects"),
        api("api:use-ontologies-read", "Alias of api:ontologies-read"),
        api("api:use-ontologies-write", "Alias of api:ontologies-write"),
        api("api:datasets-read", "Read datasets, branches and files"),
        api("api:datasets-write", "Create datasets, branches and transactions"),
        api("api:connectivity-connection-read", "Read connection sources (secrets never shown)"),
        api("api:connectivity-connection-write", "Create and change connection sources"),
        api("api:read-data", "Read data through the platform APIs"),
        api("api:write-data", "Write data through the platform APIs"),
        {QStringLiteral("offline_access"),
         QStringLiteral("Receive a refresh token with an authorization-code sign-in"),
         Kind::Standard},
        operation("multipass:preregister-user", "Preregister one user (preregisterUser only)"),
        operation("multipass:preregister-group", "Preregister one group (preregisterGroup only)"),
        operation("multipass:create-group", "Create groups"),
        operation("multipass:manage-group-membership", "Add and remove group members"),
        operation("multipass:delete-user", "Delete users"),
        operation("multipass:revoke-tokens", "Revoke all tokens of a user"),
    };
}

} // namespace

const QList<ScopeCatalog::Entry> &ScopeCatalog::entries()
{
    static const QList<Entry> catalog = buildCatalog();
    return catalog;
}

std::optional<ScopeCatalog::Entry> ScopeCatalog::find(const QString &name)
{
    for (const Entry &entry : entries()) {
        if (entry.name == name)
            return entry;
    }
    return std::nullopt;
}

QString ScopeCatalog::useAlias(QStringView broadScope)
{
    constexpr QStringView prefix = u"api:";
    if (!broadScope.startsWith(prefix) || broadScope.mid(prefix.size()).startsWith(u"use-"))
        return {};
    return prefix + QStringLiteral("use-") + broadScope.mid(prefix.size());
}

bool ScopeCatalog::satisfies(const QStringList &granted, QStringView broadScope,
                             QStringView operationScope)
{
    if (broadScope.isEmpty())
        return true;
    const QString alias = useAlias(broadScope);
    for (const QString &scope : granted) {
        if (scope == broadScope || (!alias.isEmpty() && scope == alias) ||
            (!operationScope.isEmpty() && scope == operationScope))
            return true;
    }
    return false;
}

} // namespace foundry::auth
