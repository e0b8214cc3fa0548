// Reads the settings-like sections: enrollment, hosts, organizations, role assignments, tokens.
#include "ReadContext.h"
#include "SeedKeys.h"
#include "SeedRules.h"
#include "YamlScalars.h"

#include "Defaults.h"

namespace foundry::seed {

bool registerUnique(ReadContext &context, QHash<QString, int> &first, const QString &key,
                    const YAML::Mark &mark, const QString &path, const QString &what)
{
    if (const auto it = first.constFind(key); it != first.constEnd()) {
        context.issues.warning(mark, path,
                               QStringLiteral("duplicate ") % what % QStringLiteral(" \"") % key %
                                   QStringLiteral("\": the first definition (line ") %
                                   QString::number(it.value()) %
                                   QStringLiteral(") is used, this one is ignored"));
        return false;
    }
    first.insert(key, mark.line + 1);
    return true;
}

namespace {

std::optional<QString> readRid(ReadContext &context, const YamlNode &node, const QString &path)
{
    std::optional<QString> rid = readString(context.issues, node, path);
    if (rid && !isValidRid(*rid)) {
        context.issues.error(
            node.mark(), path,
            QStringLiteral("malformed rid \"") % *rid %
                QStringLiteral("\" (expected ri.<service>.<instance>.<type>.<locator>)"));
        return std::nullopt;
    }
    return rid;
}

} // namespace

std::optional<QString> readOrganizationRid(ReadContext &context, const YamlNode &node,
                                           const QString &path)
{
    std::optional<QString> rid = readRid(context, node, path);
    if (rid)
        context.organizationRefs.append({*rid, node.mark(), path});
    return rid;
}

void readEnrollment(ReadContext &context, const YamlNode &node, const QString &path)
{
    const MappingReader map(context.issues, node, path, keys::enrollment());
    if (!map.isMapping())
        return;
    Enrollment &enrollment = context.state.enrollment;
    if (std::optional<QString> rid =
            readRid(context, map.value(QStringLiteral("rid")), map.pathOf(QStringLiteral("rid"))))
        enrollment.rid = *rid;
    if (std::optional<QString> name = map.string(QStringLiteral("name")))
        enrollment.name = *name;
    enrollment.extras = map.extras();
}

void readHosts(ReadContext &context, const YamlNode &node, const QString &path)
{
    if (std::optional<QStringList> hosts = readStringList(context.issues, node, path))
        context.state.hosts = *hosts;
}

void readOrganizations(ReadContext &context, const YamlNode &node, const QString &path)
{
    forEachItem(context, node, path, [&](const YamlNode &item, const QString &at) {
        const MappingReader map(context.issues, item, at, keys::organization());
        if (!map.isMapping())
            return;
        const QString ridKey = QStringLiteral("rid");
        Organization organization;
        const std::optional<QString> rid =
            map.has(ridKey) ? readRid(context, map.value(ridKey), map.pathOf(ridKey))
                            : map.requiredString(ridKey);
        const std::optional<QString> name = map.requiredString(QStringLiteral("name"));
        organization.host = map.string(QStringLiteral("host")).value_or(QString());
        organization.description = map.string(QStringLiteral("description")).value_or(QString());
        organization.extras = map.extras();
        if (!rid || !name)
            return;
        organization.rid = *rid;
        organization.name = *name;
        if (!registerUnique(context, context.organizationRids, *rid, map.markOf(ridKey),
                            map.pathOf(ridKey), QStringLiteral("organization rid")))
            return;
        // The default organization always exists, first; the file may only change it.
        if (*rid == defaults::kOrganizationRid)
            context.state.organizations.first() = organization;
        else
            context.state.organizations.append(organization);
    });
}

void readRoleAssignments(ReadContext &context, const YamlNode &node, const QString &path)
{
    context.roleAssignmentsGiven = true;
    forEachItem(context, node, path, [&](const YamlNode &item, const QString &at) {
        const MappingReader map(context.issues, item, at, keys::roleAssignment());
        if (!map.isMapping())
            return;
        const QString roleKey = QStringLiteral("role");
        const QString resourceKey = QStringLiteral("resource");
        const std::optional<QString> principal = map.requiredString(QStringLiteral("principal"));
        std::optional<QString> role = map.requiredString(roleKey);
        std::optional<QString> resource = map.requiredString(resourceKey);
        const std::optional<RoleScope> scope = role ? roleScope(*role) : std::nullopt;
        if (role && !scope) {
            context.issues.error(map.markOf(roleKey), map.pathOf(roleKey),
                                 QStringLiteral("unknown role \"") % *role %
                                     QStringLiteral("\" (expected one of ") %
                                     knownRoleIds().join(QLatin1StringView(", ")) % u')');
            role.reset();
        }
        const bool onEnrollment = resource && *resource == defaults::kEnrollmentResource;
        if (resource && !onEnrollment)
            resource =
                readOrganizationRid(context, map.value(resourceKey), map.pathOf(resourceKey));
        // Enrollment roles only on the enrollment, organization roles only on an organization.
        const bool enrollmentRole =
            scope.value_or(RoleScope::Organization) == RoleScope::Enrollment;
        if (role && resource && enrollmentRole != onEnrollment) {
            context.issues.error(map.markOf(roleKey), map.pathOf(roleKey),
                                 u'"' + *role +
                                     (enrollmentRole
                                          ? QStringLiteral("\" can only be granted on the "
                                                           "enrollment (resource: enrollment)")
                                          : QStringLiteral("\" can only be granted on an "
                                                           "organization, not on the enrollment")));
            role.reset();
        }
        if (!principal || !role || !resource)
            return;
        const QString text = *principal + u'|' + *role + u'|' + *resource;
        if (context.roleAssignmentTexts.contains(text)) {
            context.issues.warning(
                map.mark(), at, QStringLiteral("duplicate role assignment: this one is ignored"));
            return;
        }
        context.roleAssignmentTexts.insert(text);
        RoleAssignment assignment;
        assignment.roleId = *role;
        assignment.resource = *resource;
        assignment.extras = map.extras();
        const QString principalKey = QStringLiteral("principal");
        context.principals.append(
            {context.state.roleAssignments.size(),
             {*principal, map.markOf(principalKey), map.pathOf(principalKey)}});
        context.state.roleAssignments.append(assignment);
    });
}

void readTokens(ReadContext &context, const YamlNode &node, const QString &path)
{
    if (node.isNull())
        return;
    if (!node.isMap()) {
        context.issues.error(node.mark(), path,
                             QStringLiteral("expected a mapping of tokens, got ") %
                                 describeNode(node));
        return;
    }
    QSet<QString> seen;
    for (const YamlEntry &entry : node.entries()) {
        const std::optional<QString> token = readString(context.issues, entry.first, path);
        if (!token)
            continue;
        const QString at = childPath(path, *token);
        if (token->isEmpty()) {
            context.issues.error(entry.first.mark(), path,
                                 QStringLiteral("a token must not be empty"));
            continue;
        }
        const MappingReader map(context.issues, entry.second, at, keys::token());
        if (!map.isMapping())
            continue;
        const QString loginKey = QStringLiteral("login");
        const std::optional<QString> login = map.requiredString(loginKey);
        FixedToken fixed;
        fixed.token = *token;
        fixed.scopesGiven = map.has(QStringLiteral("scopes"));
        fixed.scopes = map.stringList(QStringLiteral("scopes")).value_or(QStringList());
        fixed.extras = map.extras();
        if (!fixed.scopesGiven) {
            context.issues.warning(entry.second.isNull() ? entry.first.mark() : map.mark(), at,
                                   QStringLiteral("no \"scopes\": the token grants no scope"));
        }
        if (!login)
            continue;
        fixed.login = *login;
        if (seen.contains(*token)) {
            context.issues.warning(entry.first.mark(), at,
                                   QStringLiteral("repeated token: the first one is used, this "
                                                  "one is ignored"));
            continue;
        }
        seen.insert(*token);
        context.userRefs.append({*login, map.markOf(loginKey), map.pathOf(loginKey)});
        context.state.fixedTokens.append(fixed);
    }
}

} // namespace foundry::seed
