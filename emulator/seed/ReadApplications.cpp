// Reads `foundry.oauth_clients` and `foundry.authentication_providers`.
#include "ReadContext.h"
#include "SeedKeys.h"
#include "SeedRules.h"
#include "YamlScalars.h"

#include "Defaults.h"

#include <QRegularExpression>

namespace foundry::seed {

namespace {

QStringList readGrantTypes(ReadContext &context, const MappingReader &map)
{
    const QString key = QStringLiteral("grant_types");
    if (!map.has(key))
        return grants::all();
    QStringList grantTypes;
    forEachItem(
        context, map.value(key), map.pathOf(key), [&](const YamlNode &item, const QString &at) {
            const std::optional<QString> grant = readString(context.issues, item, at);
            if (!grant)
                return;
            if (!grants::all().contains(*grant)) {
                context.issues.error(item.mark(), at,
                                     QStringLiteral("unknown grant type \"") % *grant %
                                         QStringLiteral("\" (expected authorization_code, "
                                                        "refresh_token or client_credentials)"));
                return;
            }
            grantTypes.append(*grant);
        });
    return grantTypes;
}

void readOAuthClient(ReadContext &context, const YamlNode &item, const QString &at)
{
    const MappingReader map(context.issues, item, at, keys::oauthClient());
    if (!map.isMapping())
        return;
    const qsizetype firstReference = context.organizationRefs.size();
    const QString idKey = QStringLiteral("client_id");
    const QString orgKey = QStringLiteral("organization_rid");
    const QString restrictionsKey = QStringLiteral("scope_restrictions");
    const std::optional<QString> clientId = map.requiredString(idKey);
    OAuthClient client;
    client.clientSecret = map.string(QStringLiteral("client_secret")).value_or(QString());
    client.name = map.string(QStringLiteral("name")).value_or(QString());
    client.redirectUris = map.stringList(QStringLiteral("redirect_uris")).value_or(QStringList());
    client.grantTypes = readGrantTypes(context, map);
    client.allowedScopes = map.stringList(QStringLiteral("allowed_scopes")).value_or(QStringList());
    if (map.has(restrictionsKey)) // absent and empty mean different things
        client.scopeRestrictions = map.stringList(restrictionsKey);
    client.osdk = map.boolean(QStringLiteral("osdk")).value_or(false);
    client.enabled = map.boolean(QStringLiteral("enabled")).value_or(true);
    client.organizationRid = QString(defaults::kOrganizationRid);
    if (map.has(orgKey))
        client.organizationRid =
            readOrganizationRid(context, map.value(orgKey), map.pathOf(orgKey)).value_or(QString());
    client.extras = map.extras();
    if (!clientId)
        return;
    client.clientId = *clientId;
    if (!registerUnique(context, context.clientIds, *clientId, map.markOf(idKey), map.pathOf(idKey),
                        QStringLiteral("client_id"))) {
        context.organizationRefs.resize(firstReference);
        return;
    }
    context.state.oauthClients.append(client);
}

QStringList readUsernamePatterns(ReadContext &context, const MappingReader &map)
{
    const QString key = QStringLiteral("supported_username_patterns");
    QStringList patterns;
    forEachItem(
        context, map.value(key), map.pathOf(key), [&](const YamlNode &item, const QString &at) {
            const std::optional<QString> pattern = readString(context.issues, item, at);
            if (!pattern)
                return;
            const QRegularExpression expression(*pattern);
            if (!expression.isValid()) {
                context.issues.error(item.mark(), at,
                                     QStringLiteral("invalid regular expression \"") % *pattern %
                                         QStringLiteral("\": ") % expression.errorString() %
                                         QStringLiteral(" at offset ") %
                                         QString::number(expression.patternErrorOffset()));
                return;
            }
            patterns.append(*pattern);
        });
    return patterns;
}

const YamlNode &findKey(const YamlNode &map, const char *key)
{
    if (map.isMap()) {
        for (const YamlEntry &entry : map.entries()) {
            if (entry.first.isScalar() && entry.first.scalar() == key)
                return entry.second;
        }
    }
    return nullYamlNode();
}

void readProtocol(ReadContext &context, const YamlNode &node, const QString &path,
                  AuthenticationProvider &provider)
{
    const std::optional<QString> type = node.isMap()
                                            ? readString(context.issues, findKey(node, "type"),
                                                         childPath(path, QStringLiteral("type")))
                                            : std::nullopt;
    const bool oidc = type && *type == u"oidc";
    const bool saml = type && *type == u"saml";
    // An unknown type is reported once; taking both key sets avoids noise about the other keys.
    QStringList known = oidc ? keys::oidcProtocol() : keys::samlProtocol();
    if (!oidc && !saml)
        known += keys::oidcProtocol();
    const MappingReader map(context.issues, node, path, known);
    if (!map.isMapping())
        return;
    const QString typeKey = QStringLiteral("type");
    if (!map.has(typeKey)) {
        map.requiredString(typeKey);
    } else if (type && !oidc && !saml) {
        context.issues.error(map.markOf(typeKey), map.pathOf(typeKey),
                             QStringLiteral("unknown protocol type \"") % *type %
                                 QStringLiteral("\" (expected saml or oidc)"));
    }
    provider.protocol = oidc ? ProviderProtocol::Oidc : ProviderProtocol::Saml;
    provider.protocolExtras = map.extras();
    if (oidc) {
        provider.issuer = map.requiredString(QStringLiteral("issuer")).value_or(QString());
        provider.oidcClientId = map.requiredString(QStringLiteral("client_id")).value_or(QString());
        return;
    }
    provider.entityId = map.string(QStringLiteral("entity_id")).value_or(QString());
    provider.metadataUrl =
        map.string(QStringLiteral("service_provider_metadata_url")).value_or(QString());
    provider.acsUrls = map.stringList(QStringLiteral("acs_urls")).value_or(QStringList());
    provider.logoutUrls = map.stringList(QStringLiteral("logout_urls")).value_or(QStringList());
    provider.certificates = map.stringList(QStringLiteral("certificates")).value_or(QStringList());
}

void readProvider(ReadContext &context, const YamlNode &item, const QString &at)
{
    const MappingReader map(context.issues, item, at, keys::provider());
    if (!map.isMapping())
        return;
    const QString ridKey = QStringLiteral("rid");
    const QString protocolKey = QStringLiteral("protocol");
    std::optional<QString> rid = map.requiredString(ridKey);
    if (rid && !isValidRid(*rid)) {
        context.issues.error(
            map.markOf(ridKey), map.pathOf(ridKey),
            QStringLiteral("malformed rid \"") % *rid %
                QStringLiteral("\" (expected ri.<service>.<instance>.<type>.<locator>)"));
        rid.reset();
    }
    const std::optional<QString> name = map.requiredString(QStringLiteral("name"));
    AuthenticationProvider provider;
    // SSO realms are opaque ids in Foundry; a generated one is written back so it stays put.
    provider.realm = map.string(QStringLiteral("realm")).value_or(newUuid());
    provider.enabled = map.boolean(QStringLiteral("enabled")).value_or(true);
    provider.supportedHosts =
        map.stringList(QStringLiteral("supported_hosts")).value_or(QStringList());
    provider.supportedUsernamePatterns = readUsernamePatterns(context, map);
    if (map.has(protocolKey))
        readProtocol(context, map.value(protocolKey), map.pathOf(protocolKey), provider);
    provider.extras = map.extras();
    if (!rid || !name)
        return;
    provider.rid = *rid;
    provider.name = *name;
    if (!registerUnique(context, context.providerRids, *rid, map.markOf(ridKey), map.pathOf(ridKey),
                        QStringLiteral("provider rid")))
        return;
    context.state.authenticationProviders.append(provider);
}

} // namespace

void readOAuthClients(ReadContext &context, const YamlNode &node, const QString &path)
{
    forEachItem(context, node, path, [&](const YamlNode &item, const QString &at) {
        readOAuthClient(context, item, at);
    });
}

void readAuthenticationProviders(ReadContext &context, const YamlNode &node, const QString &path)
{
    forEachItem(context, node, path,
                [&](const YamlNode &item, const QString &at) { readProvider(context, item, at); });
}

} // namespace foundry::seed
