#include "SeedFields.h"

#include "SeedKeys.h"
#include "SeedRules.h"
#include "YamlScalars.h"

#include "Defaults.h"

#include <yaml-cpp/yaml.h>

namespace foundry::seed {

namespace {

void add(Fields &fields, const char16_t *key, std::function<void(YAML::Emitter &)> write)
{
    fields.push_back({QString::fromUtf16(key), std::move(write)});
}

void addString(Fields &fields, const char16_t *key, const QString &value)
{
    add(fields, key, [&value](YAML::Emitter &out) { emitString(out, value); });
}

void addNonEmpty(Fields &fields, const char16_t *key, const QString &value)
{
    if (!value.isEmpty())
        addString(fields, key, value);
}

void addList(Fields &fields, const char16_t *key, const QStringList &values)
{
    add(fields, key, [&values](YAML::Emitter &out) { emitFlowList(out, values); });
}

void addNonEmptyList(Fields &fields, const char16_t *key, const QStringList &values)
{
    if (!values.isEmpty())
        addList(fields, key, values);
}

void addBool(Fields &fields, const char16_t *key, bool value)
{
    add(fields, key, [value](YAML::Emitter &out) { out << value; });
}

void addAttributes(Fields &fields, const Attributes &attributes)
{
    if (attributes.isEmpty())
        return;
    add(fields, u"attributes", [&attributes](YAML::Emitter &out) {
        out << YAML::BeginMap;
        for (const Attribute &attribute : attributes) {
            out << YAML::Key;
            emitString(out, attribute.key);
            out << YAML::Value;
            emitFlowList(out, attribute.values);
        }
        out << YAML::EndMap;
    });
}

// A block list of mappings; `[]` when empty (only role_assignments writes an empty list).
template <typename List, typename Write>
void addMappings(Fields &fields, const char16_t *key, List items, Write writeItem)
{
    add(fields, key, [items = std::move(items), writeItem](YAML::Emitter &out) {
        if (items.isEmpty())
            out << YAML::Flow;
        out << YAML::BeginSeq;
        for (const auto *item : items)
            writeItem(out, *item);
        out << YAML::EndSeq;
    });
}

void emitExtra(YAML::Emitter &out, const ExtraField &extra)
{
    out << YAML::Key;
    emitString(out, extra.key);
    out << YAML::Value;
    emitYamlText(out, extra.yaml);
}

bool writesProtocol(const AuthenticationProvider &provider)
{
    return provider.protocol == ProviderProtocol::Oidc || !provider.entityId.isEmpty() ||
           !provider.metadataUrl.isEmpty() || !provider.acsUrls.isEmpty() ||
           !provider.logoutUrls.isEmpty() || !provider.certificates.isEmpty() ||
           !provider.protocolExtras.isEmpty();
}

} // namespace

WriteContext::WriteContext(const DirectoryState &state) : m_state(state)
{
    for (const User &user : state.users)
        m_usernames.insert(user.id, user.username);
    for (const Group &group : state.groups)
        m_groupNames.insert(group.id, group.name);
}

std::optional<QString> WriteContext::principalText(const PrincipalRef &principal) const
{
    const QHash<QString, QString> &names =
        principal.kind == PrincipalKind::Group ? m_groupNames : m_usernames;
    const auto it = names.constFind(principal.id);
    if (it == names.constEnd())
        return std::nullopt;
    return principal.kind == PrincipalKind::Group ? kGroupPrefix + it.value() : it.value();
}

void writeMapping(YAML::Emitter &out, const Fields &fields, const ExtraFields &extras,
                  const QStringList &canonical, const QStringList &blocks)
{
    if (fields.empty() && extras.isEmpty())
        out << YAML::Flow;
    out << YAML::BeginMap;
    QList<bool> written(extras.size(), false);
    const auto writeExtras = [&](const auto &matches) {
        for (qsizetype i = 0; i < extras.size(); ++i) {
            if (!written.at(i) && matches(extras.at(i))) {
                emitExtra(out, extras.at(i));
                written[i] = true;
            }
        }
    };
    const auto following = [&](const QString &key) {
        return [&blocks, key](const ExtraField &extra) {
            return extra.afterKey == key && !blocks.contains(extra.key);
        };
    };
    writeExtras(following(QString()));
    for (const QString &key : canonical) {
        if (blocks.contains(key)) {
            writeExtras([&key](const ExtraField &extra) { return extra.key == key; });
        } else {
            for (const Field &field : fields) {
                if (field.key == key) {
                    out << YAML::Key << toStd(key) << YAML::Value;
                    field.write(out);
                }
            }
        }
        writeExtras(following(key));
    }
    writeExtras([](const ExtraField &) { return true; }); // after keys this program does not know
    out << YAML::EndMap;
}

Fields enrollmentFields(const Enrollment &enrollment)
{
    Fields fields;
    addString(fields, u"rid", enrollment.rid);
    addString(fields, u"name", enrollment.name);
    return fields;
}

Fields organizationFields(const Organization &organization)
{
    Fields fields;
    addString(fields, u"rid", organization.rid);
    addString(fields, u"name", organization.name);
    addNonEmpty(fields, u"host", organization.host);
    addNonEmpty(fields, u"description", organization.description);
    return fields;
}

Fields userFields(const User &user)
{
    Fields fields;
    addString(fields, u"username", user.username);
    addNonEmpty(fields, u"id", user.id);
    addNonEmpty(fields, u"display_name", user.displayName);
    addNonEmpty(fields, u"email", user.email);
    addNonEmpty(fields, u"given_name", user.givenName);
    addNonEmpty(fields, u"family_name", user.familyName);
    if (user.realm != defaults::kRealm)
        addString(fields, u"realm", user.realm);
    // A human without one belongs to the default organization; a service principal to none.
    if (user.isService() || user.organizationRid != defaults::kOrganizationRid)
        addNonEmpty(fields, u"organization_rid", user.organizationRid);
    if (user.isService())
        add(fields, u"principal_type", [](YAML::Emitter &out) { out << "service"; });
    if (!user.active)
        addBool(fields, u"active", false);
    addNonEmpty(fields, u"oauth_client_id", user.oauthClientId);
    addAttributes(fields, user.attributes);
    if (user.preregistered)
        addBool(fields, u"preregistered", true);
    addNonEmpty(fields, u"provider_id", user.providerId);
    return fields;
}

Fields groupFields(const Group &group, const WriteContext &context)
{
    Fields fields;
    addString(fields, u"name", group.name);
    addNonEmpty(fields, u"id", group.id);
    addNonEmpty(fields, u"description", group.description);
    if (group.realm != defaults::kRealm)
        addString(fields, u"realm", group.realm);
    if (group.organizationRids != QStringList{QString(defaults::kOrganizationRid)})
        addList(fields, u"organization_rids", group.organizationRids);
    QStringList members;
    for (const PrincipalRef &member : group.members) {
        if (std::optional<QString> text = context.principalText(member))
            members.append(*text);
    }
    if (!members.isEmpty())
        add(fields, u"members", [members](YAML::Emitter &out) { emitFlowList(out, members); });
    addAttributes(fields, group.attributes);
    return fields;
}

Fields oauthClientFields(const OAuthClient &client)
{
    Fields fields;
    addString(fields, u"client_id", client.clientId);
    addNonEmpty(fields, u"client_secret", client.clientSecret);
    addNonEmpty(fields, u"name", client.name);
    addNonEmptyList(fields, u"redirect_uris", client.redirectUris);
    if (client.grantTypes != grants::all())
        addList(fields, u"grant_types", client.grantTypes);
    addNonEmptyList(fields, u"allowed_scopes", client.allowedScopes);
    if (client.scopeRestrictions)
        addList(fields, u"scope_restrictions", *client.scopeRestrictions);
    if (client.osdk)
        addBool(fields, u"osdk", true);
    if (!client.enabled)
        addBool(fields, u"enabled", false);
    if (client.organizationRid != defaults::kOrganizationRid)
        addNonEmpty(fields, u"organization_rid", client.organizationRid);
    return fields;
}

const QStringList &protocolKeys(const AuthenticationProvider &provider)
{
    return provider.protocol == ProviderProtocol::Oidc ? keys::oidcProtocol()
                                                       : keys::samlProtocol();
}

Fields protocolFields(const AuthenticationProvider &provider)
{
    Fields fields;
    if (provider.protocol == ProviderProtocol::Oidc) {
        add(fields, u"type", [](YAML::Emitter &out) { out << "oidc"; });
        addString(fields, u"issuer", provider.issuer);
        addString(fields, u"client_id", provider.oidcClientId);
        return fields;
    }
    add(fields, u"type", [](YAML::Emitter &out) { out << "saml"; });
    addNonEmpty(fields, u"entity_id", provider.entityId);
    addNonEmpty(fields, u"service_provider_metadata_url", provider.metadataUrl);
    addNonEmptyList(fields, u"acs_urls", provider.acsUrls);
    addNonEmptyList(fields, u"logout_urls", provider.logoutUrls);
    addNonEmptyList(fields, u"certificates", provider.certificates);
    return fields;
}

Fields providerFields(const AuthenticationProvider &provider)
{
    Fields fields;
    addString(fields, u"rid", provider.rid);
    addString(fields, u"name", provider.name);
    addNonEmpty(fields, u"realm", provider.realm);
    if (!provider.enabled)
        addBool(fields, u"enabled", false);
    addNonEmptyList(fields, u"supported_hosts", provider.supportedHosts);
    addNonEmptyList(fields, u"supported_username_patterns", provider.supportedUsernamePatterns);
    // `{type: saml}` with nothing else is the default and is left out.
    if (writesProtocol(provider)) {
        add(fields, u"protocol", [&provider](YAML::Emitter &out) {
            writeMapping(out, protocolFields(provider), provider.protocolExtras,
                         protocolKeys(provider));
        });
    }
    return fields;
}

Fields roleAssignmentFields(const RoleAssignment &assignment, const WriteContext &context)
{
    Fields fields;
    const QString principal = context.principalText(assignment.principal).value_or(QString());
    add(fields, u"principal", [principal](YAML::Emitter &out) { emitString(out, principal); });
    addString(fields, u"role", assignment.roleId);
    addString(fields, u"resource", assignment.resource);
    return fields;
}

Fields tokenFields(const FixedToken &token)
{
    Fields fields;
    addString(fields, u"login", token.login);
    if (token.scopesGiven)
        addList(fields, u"scopes", token.scopes);
    return fields;
}

} // namespace foundry::seed
