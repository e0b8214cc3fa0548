// The two outer mappings of the seed (the document and `foundry:`), and the placing of carried
// keys, which needs to know what every mapping writes.
#include "SeedFields.h"

#include "SeedKeys.h"
#include "YamlScalars.h"

#include "Defaults.h"

#include <yaml-cpp/yaml.h>

namespace foundry::seed {

namespace {

template <typename T, typename Write>
void addList(Fields &fields, const char16_t *key, QList<const T *> items, Write writeItem)
{
    fields.push_back(
        {QString::fromUtf16(key), [items = std::move(items), writeItem](YAML::Emitter &out) {
             if (items.isEmpty())
                 out << YAML::Flow; // `role_assignments: []`
             out << YAML::BeginSeq;
             for (const T *item : items)
                 writeItem(out, *item);
             out << YAML::EndSeq;
         }});
}

template <typename T, typename Keep> QList<const T *> select(const QList<T> &items, Keep keep)
{
    QList<const T *> kept;
    for (const T &item : items) {
        if (keep(item))
            kept.append(&item);
    }
    return kept;
}

QStringList keysOf(const Fields &fields)
{
    QStringList keys;
    for (const Field &field : fields)
        keys.append(field.key);
    return keys;
}

QList<RoleAssignment> defaultRoleAssignments(const DirectoryState &state)
{
    for (const User &user : state.users) {
        if (user.username == defaults::kAdminUsername)
            return DirectoryState::defaultRoleAssignments(user.id);
    }
    return {};
}

void addEntityLists(Fields &fields, const WriteContext &context)
{
    const DirectoryState &state = context.state();
    // The default organization and the built-in admin exist without being written.
    const Organization defaultOrganization = DirectoryState::defaultOrganization();
    const auto organizations = select(state.organizations, [&](const Organization &organization) {
        return organization != defaultOrganization;
    });
    if (!organizations.isEmpty()) {
        addList(fields, u"organizations", organizations,
                [](YAML::Emitter &out, const Organization &o) {
                    writeMapping(out, organizationFields(o), o.extras, keys::organization());
                });
    }
    const User builtInAdmin = DirectoryState::builtInAdmin();
    const auto users = select(state.users, [&](const User &user) { return user != builtInAdmin; });
    if (!users.isEmpty()) {
        addList(fields, u"users", users, [](YAML::Emitter &out, const User &user) {
            writeMapping(out, userFields(user), user.extras, keys::user());
        });
    }
    const auto all = [](const auto &) { return true; };
    if (!state.groups.isEmpty()) {
        addList(fields, u"groups", select(state.groups, all),
                [&context](YAML::Emitter &out, const Group &group) {
                    writeMapping(out, groupFields(group, context), group.extras, keys::group());
                });
    }
    if (!state.oauthClients.isEmpty()) {
        addList(fields, u"oauth_clients", select(state.oauthClients, all),
                [](YAML::Emitter &out, const OAuthClient &client) {
                    writeMapping(out, oauthClientFields(client), client.extras,
                                 keys::oauthClient());
                });
    }
    if (!state.authenticationProviders.isEmpty()) {
        addList(fields, u"authentication_providers", select(state.authenticationProviders, all),
                [](YAML::Emitter &out, const AuthenticationProvider &provider) {
                    writeMapping(out, providerFields(provider), provider.extras, keys::provider());
                });
    }
    // Left out when it is what a file without the key gives; else written whole, even empty.
    if (state.roleAssignments != defaultRoleAssignments(state)) {
        const auto named = select(state.roleAssignments, [&](const RoleAssignment &assignment) {
            return context.principalText(assignment.principal).has_value();
        });
        addList(fields, u"role_assignments", named,
                [&context](YAML::Emitter &out, const RoleAssignment &assignment) {
                    writeMapping(out, roleAssignmentFields(assignment, context), assignment.extras,
                                 keys::roleAssignment());
                });
    }
}

template <typename T, typename MakeFields>
void placeEach(QList<T> &items, const QStringList &canonical, MakeFields makeFields)
{
    for (T &item : items) {
        if (!item.extras.isEmpty())
            keys::placeExtras(item.extras, canonical, keysOf(makeFields(item)));
    }
}

} // namespace

Fields foundryFields(const WriteContext &context)
{
    const DirectoryState &state = context.state();
    Fields fields;
    if (state.port) {
        fields.push_back(
            {QStringLiteral("port"), [port = *state.port](YAML::Emitter &out) { out << port; }});
    }
    if (state.tokenLifetimeSeconds != defaults::kTokenLifetimeSeconds) {
        fields.push_back(
            {QStringLiteral("token_lifetime_seconds"),
             [seconds = state.tokenLifetimeSeconds](YAML::Emitter &out) { out << seconds; }});
    }
    if (state.enrollment != DirectoryState::defaultEnrollment()) {
        fields.push_back({QStringLiteral("enrollment"), [&state](YAML::Emitter &out) {
                              writeMapping(out, enrollmentFields(state.enrollment),
                                           state.enrollment.extras, keys::enrollment());
                          }});
    }
    if (state.hosts != QStringList{QString(defaults::kHost)}) {
        fields.push_back({QStringLiteral("hosts"),
                          [&state](YAML::Emitter &out) { emitFlowList(out, state.hosts); }});
    }
    addEntityLists(fields, context);
    return fields;
}

Fields documentFields(const WriteContext &context)
{
    const DirectoryState &state = context.state();
    Fields fields;
    if (!state.fixedTokens.isEmpty()) {
        fields.push_back({QStringLiteral("tokens"), [&state](YAML::Emitter &out) {
                              out << YAML::BeginMap;
                              for (const FixedToken &token : state.fixedTokens) {
                                  out << YAML::Key;
                                  emitString(out, token.token);
                                  out << YAML::Value;
                                  writeMapping(out, tokenFields(token), token.extras,
                                               keys::token());
                              }
                              out << YAML::EndMap;
                          }});
    }
    fields.push_back({QStringLiteral("foundry"), [&context](YAML::Emitter &out) {
                          writeMapping(out, foundryFields(context), context.state().foundryExtras,
                                       keys::foundry(), keys::laterPhaseBlocks());
                      }});
    return fields;
}

void placeAllExtras(DirectoryState &state)
{
    const WriteContext context(state);
    keys::placeExtras(state.topLevelExtras, keys::topLevel(), keysOf(documentFields(context)));
    keys::placeExtras(state.foundryExtras, keys::foundry(), keysOf(foundryFields(context)),
                      keys::laterPhaseBlocks());
    if (!state.enrollment.extras.isEmpty()) {
        keys::placeExtras(state.enrollment.extras, keys::enrollment(),
                          keysOf(enrollmentFields(state.enrollment)));
    }
    placeEach(state.organizations, keys::organization(), organizationFields);
    placeEach(state.users, keys::user(), userFields);
    placeEach(state.groups, keys::group(),
              [&context](const Group &group) { return groupFields(group, context); });
    placeEach(state.oauthClients, keys::oauthClient(), oauthClientFields);
    placeEach(state.authenticationProviders, keys::provider(), providerFields);
    for (AuthenticationProvider &provider : state.authenticationProviders) {
        if (!provider.protocolExtras.isEmpty()) {
            keys::placeExtras(provider.protocolExtras, protocolKeys(provider),
                              keysOf(protocolFields(provider)));
        }
    }
    placeEach(state.roleAssignments, keys::roleAssignment(),
              [&context](const RoleAssignment &assignment) {
                  return roleAssignmentFields(assignment, context);
              });
    placeEach(state.fixedTokens, keys::token(), tokenFields);
}

} // namespace foundry::seed
