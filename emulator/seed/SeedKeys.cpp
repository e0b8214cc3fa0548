#include "SeedKeys.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace foundry::seed::keys {

namespace {
QStringList list(std::initializer_list<const char16_t *> names)
{
    QStringList result;
    for (const char16_t *name : names)
        result.append(QString::fromUtf16(name));
    return result;
}
} // namespace

const QStringList &topLevel()
{
    static const QStringList k = list({u"tokens", u"foundry"});
    return k;
}

const QStringList &foundry()
{
    static const QStringList k =
        list({u"port", u"token_lifetime_seconds", u"enrollment", u"hosts", u"organizations",
              u"users", u"groups", u"oauth_clients", u"authentication_providers",
              u"role_assignments", u"connections", u"ontologies", u"compute_modules"});
    return k;
}

const QStringList &laterPhaseBlocks()
{
    static const QStringList k = list({u"connections", u"ontologies", u"compute_modules"});
    return k;
}

const QStringList &enrollment()
{
    static const QStringList k = list({u"rid", u"name"});
    return k;
}

const QStringList &organization()
{
    static const QStringList k = list({u"rid", u"name", u"host", u"description"});
    return k;
}

const QStringList &user()
{
    static const QStringList k =
        list({u"username", u"id", u"display_name", u"email", u"given_name", u"family_name",
              u"realm", u"organization_rid", u"principal_type", u"active", u"oauth_client_id",
              u"attributes", u"preregistered", u"provider_id"});
    return k;
}

const QStringList &group()
{
    static const QStringList k = list({u"name", u"id", u"description", u"realm",
                                       u"organization_rids", u"members", u"attributes"});
    return k;
}

const QStringList &oauthClient()
{
    static const QStringList k =
        list({u"client_id", u"client_secret", u"name", u"redirect_uris", u"grant_types",
              u"allowed_scopes", u"scope_restrictions", u"osdk", u"enabled", u"organization_rid"});
    return k;
}

const QStringList &provider()
{
    static const QStringList k = list({u"rid", u"name", u"realm", u"enabled", u"supported_hosts",
                                       u"supported_username_patterns", u"protocol"});
    return k;
}

const QStringList &samlProtocol()
{
    static const QStringList k = list({u"type", u"entity_id", u"service_provider_metadata_url",
                                       u"acs_urls", u"logout_urls", u"certificates"});
    return k;
}

const QStringList &oidcProtocol()
{
    static const QStringList k = list({u"type", u"issuer", u"client_id"});
    return k;
}

const QStringList &roleAssignment()
{
    static const QStringList k = list({u"principal", u"role", u"resource"});
    return k;
}

const QStringList &token()
{
    static const QStringList k = list({u"login", u"scopes"});
    return k;
}

void placeExtras(ExtraFields &extras, const QStringList &canonical, const QStringList &written,
                 const QStringList &blocks)
{
    if (extras.isEmpty())
        return;
    QStringList present = written;
    for (const ExtraField &extra : std::as_const(extras)) {
        if (blocks.contains(extra.key))
            present.append(extra.key);
    }
    // The last written key at or before canonical position `index`; empty when there is none.
    const auto writtenAtOrBefore = [&](qsizetype index) -> QString {
        for (qsizetype i = index; i >= 0; --i) {
            if (present.contains(canonical.at(i)))
                return canonical.at(i);
        }
        return {};
    };
    // Slots: -1 before every key, 2i for the block at canonical position i, 2i+1 after key i.
    std::vector<std::pair<qsizetype, ExtraField>> slotted;
    slotted.reserve(size_t(extras.size()));
    for (ExtraField extra : std::as_const(extras)) {
        qsizetype slot = std::numeric_limits<qsizetype>::max(); // follows a key we do not know
        if (const qsizetype own = blocks.contains(extra.key) ? canonical.indexOf(extra.key) : -1;
            own >= 0) {
            extra.afterKey = writtenAtOrBefore(own - 1);
            slot = 2 * own;
        } else if (extra.afterKey.isEmpty()) {
            slot = -1;
        } else if (const qsizetype after = canonical.indexOf(extra.afterKey); after >= 0) {
            extra.afterKey = writtenAtOrBefore(after);
            slot = extra.afterKey.isEmpty() ? -1 : 2 * canonical.indexOf(extra.afterKey) + 1;
        }
        slotted.emplace_back(slot, std::move(extra));
    }
    std::stable_sort(slotted.begin(), slotted.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    extras.clear();
    for (auto &entry : slotted)
        extras.append(std::move(entry.second));
}

} // namespace foundry::seed::keys
