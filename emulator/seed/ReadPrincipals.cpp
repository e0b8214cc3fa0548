// Reads `foundry.users` and `foundry.groups`.
#include "ReadContext.h"
#include "SeedKeys.h"
#include "SeedRules.h"
#include "YamlScalars.h"

#include "Defaults.h"

namespace foundry::seed {

namespace {

// Rolls back the references an entry registered when the entry itself is dropped (a duplicate),
// so that only the definitions that are used are checked.
class ReferenceScope
{
public:
    explicit ReferenceScope(ReadContext &context)
        : m_context(context), m_organizations(context.organizationRefs.size())
    {
    }
    void rollBack() { m_context.organizationRefs.resize(m_organizations); }

private:
    ReadContext &m_context;
    qsizetype m_organizations;
};

// A stable id: checked when given, generated (and later written back) when not.
std::optional<QString> readId(ReadContext &context, const MappingReader &map)
{
    const QString key = QStringLiteral("id");
    if (!map.has(key))
        return newUuid();
    std::optional<QString> id = map.string(key);
    if (id && !isValidUuid(*id)) {
        context.issues.error(map.markOf(key), map.pathOf(key),
                             QStringLiteral("malformed id \"") % *id %
                                 QStringLiteral("\" (expected a UUID such as "
                                                "3f2b8c1e-6d4a-4b7e-9a10-2c5d8e7f1a23)"));
        return std::nullopt;
    }
    return id;
}

bool registerId(ReadContext &context, QHash<QString, int> &ids, const MappingReader &map,
                const QString &id)
{
    const QString key = QStringLiteral("id");
    if (const auto it = ids.constFind(id); it != ids.constEnd()) {
        context.issues.error(map.markOf(key), map.pathOf(key),
                             QStringLiteral("id \"") % id %
                                 QStringLiteral("\" is already used on line ") %
                                 QString::number(it.value()));
        return false;
    }
    ids.insert(id, map.markOf(key).line + 1);
    return true;
}

std::optional<PrincipalType> readPrincipalType(ReadContext &context, const MappingReader &map)
{
    const QString key = QStringLiteral("principal_type");
    const std::optional<QString> text = map.string(key);
    if (!text || *text == u"human")
        return PrincipalType::Human;
    if (*text == u"service")
        return PrincipalType::Service;
    context.issues.error(map.markOf(key), map.pathOf(key),
                         QStringLiteral("unknown principal_type \"") % *text %
                             QStringLiteral("\" (expected human or service)"));
    return std::nullopt;
}

void readUser(ReadContext &context, const YamlNode &item, const QString &at)
{
    const MappingReader map(context.issues, item, at, keys::user());
    if (!map.isMapping())
        return;
    ReferenceScope references(context);
    const QString usernameKey = QStringLiteral("username");
    const QString orgKey = QStringLiteral("organization_rid");
    const std::optional<QString> username = map.requiredString(usernameKey);
    const std::optional<QString> id = readId(context, map);
    const std::optional<PrincipalType> type = readPrincipalType(context, map);
    User user;
    user.displayName = map.string(QStringLiteral("display_name")).value_or(QString());
    user.email = map.string(QStringLiteral("email")).value_or(QString());
    user.givenName = map.string(QStringLiteral("given_name")).value_or(QString());
    user.familyName = map.string(QStringLiteral("family_name")).value_or(QString());
    user.realm = map.string(QStringLiteral("realm")).value_or(QString(defaults::kRealm));
    user.principalType = type.value_or(PrincipalType::Human);
    // Service principals have no organization unless the file gives one.
    user.organizationRid = user.isService() ? QString() : QString(defaults::kOrganizationRid);
    if (map.has(orgKey))
        user.organizationRid =
            readOrganizationRid(context, map.value(orgKey), map.pathOf(orgKey)).value_or(QString());
    user.active = map.boolean(QStringLiteral("active")).value_or(true);
    user.oauthClientId = map.string(QStringLiteral("oauth_client_id")).value_or(QString());
    user.attributes = map.attributes(QStringLiteral("attributes")).value_or(Attributes());
    user.preregistered = map.boolean(QStringLiteral("preregistered")).value_or(false);
    user.providerId = map.string(QStringLiteral("provider_id")).value_or(QString());
    user.extras = map.extras();
    if (!username || !id)
        return;
    user.username = *username;
    user.id = *id;
    if (!registerUnique(context, context.usernames, *username, map.markOf(usernameKey),
                        map.pathOf(usernameKey), QStringLiteral("username"))) {
        references.rollBack();
        return;
    }
    if (map.has(QStringLiteral("id")) && !registerId(context, context.userIds, map, *id))
        return;
    context.state.users.append(user);
}

// Members are names in the file and ids in the model: kept as text until every user and group
// has been read.
QList<PendingReference> readMembers(ReadContext &context, const YamlNode &node, const QString &path)
{
    QList<PendingReference> members;
    forEachItem(context, node, path, [&](const YamlNode &item, const QString &at) {
        if (item.isNull()) {
            context.issues.error(
                item.mark(), at,
                QStringLiteral("expected a username or group:<name>, got nothing"));
        } else if (std::optional<QString> text = readString(context.issues, item, at)) {
            members.append({*text, item.mark(), at});
        }
    });
    return members;
}

QStringList readOrganizationRids(ReadContext &context, const MappingReader &map)
{
    const QString key = QStringLiteral("organization_rids");
    if (!map.has(key))
        return {QString(defaults::kOrganizationRid)};
    QStringList rids;
    forEachItem(context, map.value(key), map.pathOf(key),
                [&](const YamlNode &item, const QString &at) {
                    if (std::optional<QString> rid = readOrganizationRid(context, item, at))
                        rids.append(*rid);
                });
    return rids;
}

void readGroup(ReadContext &context, const YamlNode &item, const QString &at)
{
    const MappingReader map(context.issues, item, at, keys::group());
    if (!map.isMapping())
        return;
    ReferenceScope references(context);
    const QString nameKey = QStringLiteral("name");
    const std::optional<QString> name = map.requiredString(nameKey);
    const std::optional<QString> id = readId(context, map);
    Group group;
    group.description = map.string(QStringLiteral("description")).value_or(QString());
    group.realm = map.string(QStringLiteral("realm")).value_or(QString(defaults::kRealm));
    group.organizationRids = readOrganizationRids(context, map);
    const QList<PendingReference> members = readMembers(
        context, map.value(QStringLiteral("members")), map.pathOf(QStringLiteral("members")));
    group.attributes = map.attributes(QStringLiteral("attributes")).value_or(Attributes());
    group.extras = map.extras();
    if (!name || !id)
        return;
    group.name = *name;
    group.id = *id;
    if (!registerUnique(context, context.groupNames, *name, map.markOf(nameKey),
                        map.pathOf(nameKey), QStringLiteral("group name"))) {
        references.rollBack();
        return;
    }
    if (map.has(QStringLiteral("id")) && !registerId(context, context.groupIds, map, *id))
        return;
    for (const PendingReference &member : members)
        context.members.append({context.state.groups.size(), member});
    context.state.groups.append(group);
}

} // namespace

void readUsers(ReadContext &context, const YamlNode &node, const QString &path)
{
    forEachItem(context, node, path,
                [&](const YamlNode &item, const QString &at) { readUser(context, item, at); });
}

void readGroups(ReadContext &context, const YamlNode &node, const QString &path)
{
    forEachItem(context, node, path,
                [&](const YamlNode &item, const QString &at) { readGroup(context, item, at); });
}

} // namespace foundry::seed
