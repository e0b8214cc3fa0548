#include "DirectoryDiff.h"

#include "Defaults.h"

#include <QHash>
#include <functional>

namespace foundry::ui {
namespace {

using Fields = QList<QPair<QString, QString>>; // (field name, value as text), in display order

QString yesNo(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString attributesText(const Attributes &attributes)
{
    QStringList parts;
    for (const Attribute &attribute : attributes)
        parts.append(attribute.key + QStringLiteral(": [") +
                     attribute.values.join(QStringLiteral(", ")) + u']');
    return parts.join(QStringLiteral("; "));
}

QString extrasText(const ExtraFields &extras)
{
    QStringList parts;
    for (const ExtraField &extra : extras)
        parts.append(extra.key + QStringLiteral(": ") + extra.yaml.trimmed());
    return parts.join(QStringLiteral("; "));
}

// Names principals with what either state calls them, so that a removed user still reads well.
class Names final
{
public:
    Names(const DirectoryState &a, const DirectoryState &b)
    {
        for (const DirectoryState *state : {&a, &b}) {
            for (const User &user : state->users)
                m_users.insert(user.id, user.username);
            for (const Group &group : state->groups)
                m_groups.insert(group.id, group.name);
            for (const Organization &organization : state->organizations)
                m_organizations.insert(organization.rid, organization.name);
        }
    }
    QString principal(const PrincipalRef &ref) const
    {
        if (ref.kind == PrincipalKind::Group)
            return QStringLiteral("group:") + m_groups.value(ref.id, ref.id);
        return m_users.value(ref.id, ref.id);
    }
    QString organization(const QString &rid) const { return m_organizations.value(rid, rid); }

private:
    QHash<QString, QString> m_users;
    QHash<QString, QString> m_groups;
    QHash<QString, QString> m_organizations;
};

Fields userFields(const User &u, const Names &names)
{
    return {{QStringLiteral("username"), u.username},
            {QStringLiteral("display name"), u.displayName},
            {QStringLiteral("email"), u.email},
            {QStringLiteral("given name"), u.givenName},
            {QStringLiteral("family name"), u.familyName},
            {QStringLiteral("type"),
             u.isService() ? QStringLiteral("service") : QStringLiteral("human")},
            {QStringLiteral("active"), yesNo(u.active)},
            {QStringLiteral("organization"),
             u.organizationRid.isEmpty() ? QString() : names.organization(u.organizationRid)},
            {QStringLiteral("realm"), u.realm},
            {QStringLiteral("OAuth client"), u.oauthClientId},
            {QStringLiteral("attributes"), attributesText(u.attributes)},
            {QStringLiteral("preregistered"), u.preregistered ? yesNo(true) : QString()},
            {QStringLiteral("provider id"), u.providerId},
            {QStringLiteral("other keys"), extrasText(u.extras)}};
}

Fields groupFields(const Group &g, const Names &names)
{
    QStringList members;
    for (const PrincipalRef &member : g.members)
        members.append(names.principal(member));
    QStringList organizations;
    for (const QString &rid : g.organizationRids)
        organizations.append(names.organization(rid));
    return {{QStringLiteral("name"), g.name},
            {QStringLiteral("description"), g.description},
            {QStringLiteral("realm"), g.realm},
            {QStringLiteral("organizations"), organizations.join(QStringLiteral(", "))},
            {QStringLiteral("members"), members.join(QStringLiteral(", "))},
            {QStringLiteral("attributes"), attributesText(g.attributes)},
            {QStringLiteral("other keys"), extrasText(g.extras)}};
}

Fields clientFields(const OAuthClient &c, const Names &names)
{
    // The secret's value never appears: a fingerprint-free marker that still shows a change.
    const QString secret = c.clientSecret.isEmpty()
                               ? QString()
                               : QString::number(qHash(c.clientSecret, 0x5eed)); // masked below
    return {{QStringLiteral("client id"), c.clientId},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("secret"), secret},
            {QStringLiteral("redirect URIs"), c.redirectUris.join(QStringLiteral(", "))},
            {QStringLiteral("grant types"), c.grantTypes.join(QStringLiteral(", "))},
            {QStringLiteral("allowed scopes"), c.allowedScopes.join(u' ')},
            {QStringLiteral("scope restrictions"),
             c.scopeRestrictions ? u'[' + c.scopeRestrictions->join(u' ') + u']' : QString()},
            {QStringLiteral("OSDK"), yesNo(c.osdk)},
            {QStringLiteral("enabled"), yesNo(c.enabled)},
            {QStringLiteral("organization"),
             c.organizationRid.isEmpty() ? QString() : names.organization(c.organizationRid)},
            {QStringLiteral("other keys"), extrasText(c.extras)}};
}

Fields organizationFields(const Organization &o, const Names &)
{
    return {{QStringLiteral("name"), o.name},
            {QStringLiteral("host"), o.host},
            {QStringLiteral("description"), o.description},
            {QStringLiteral("other keys"), extrasText(o.extras)}};
}

Fields providerFields(const AuthenticationProvider &p, const Names &)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("realm"), p.realm},
            {QStringLiteral("enabled"), yesNo(p.enabled)},
            {QStringLiteral("protocol"), p.protocol == ProviderProtocol::Saml
                                             ? QStringLiteral("saml")
                                             : QStringLiteral("oidc")},
            {QStringLiteral("supported hosts"), p.supportedHosts.join(QStringLiteral(", "))},
            {QStringLiteral("username patterns"),
             p.supportedUsernamePatterns.join(QStringLiteral(", "))},
            {QStringLiteral("entity id"), p.entityId},
            {QStringLiteral("metadata URL"), p.metadataUrl},
            {QStringLiteral("ACS URLs"), p.acsUrls.join(QStringLiteral(", "))},
            {QStringLiteral("logout URLs"), p.logoutUrls.join(QStringLiteral(", "))},
            {QStringLiteral("certificates"),
             p.certificates.isEmpty() ? QString() : QString::number(p.certificates.size())},
            {QStringLiteral("issuer"), p.issuer},
            {QStringLiteral("OIDC client id"), p.oidcClientId},
            {QStringLiteral("other keys"), extrasText(p.extras + p.protocolExtras)}};
}

Fields roleFields(const RoleAssignment &r, const Names &names)
{
    return {{QStringLiteral("principal"), names.principal(r.principal)},
            {QStringLiteral("role"), r.roleId},
            {QStringLiteral("resource"), r.resource == defaults::kEnrollmentResource
                                             ? r.resource
                                             : names.organization(r.resource)},
            {QStringLiteral("other keys"), extrasText(r.extras)}};
}

QString maskedToken(const QString &token)
{
    return token.size() <= 8 ? QStringLiteral("••••")
                             : token.left(4) + QStringLiteral("…") + token.right(2);
}

Fields fixedTokenFields(const FixedToken &t, const Names &)
{
    return {{QStringLiteral("login"), t.login},
            {QStringLiteral("scopes"), t.scopes.join(u' ')},
            {QStringLiteral("other keys"), extrasText(t.extras)}};
}

Fields settingsFields(const DirectoryState &s)
{
    return {{QStringLiteral("port"), s.port ? QString::number(*s.port) : QString()},
            {QStringLiteral("token lifetime (s)"), QString::number(s.tokenLifetimeSeconds)},
            {QStringLiteral("enrollment rid"), s.enrollment.rid},
            {QStringLiteral("enrollment name"), s.enrollment.name},
            {QStringLiteral("hosts"), s.hosts.join(QStringLiteral(", "))},
            {QStringLiteral("other keys"),
             extrasText(s.topLevelExtras + s.foundryExtras + s.enrollment.extras)}};
}

QList<FieldDiff> compareFields(const Fields &before, const Fields &after)
{
    QList<FieldDiff> result;
    for (qsizetype i = 0; i < before.size() && i < after.size(); ++i) {
        if (before.at(i).second != after.at(i).second)
            result.append({before.at(i).first, before.at(i).second, after.at(i).second});
    }
    return result;
}

QList<FieldDiff> setFields(const Fields &fields, bool added)
{
    QList<FieldDiff> result;
    for (const auto &[name, value] : fields) {
        if (!value.isEmpty())
            result.append(added ? FieldDiff{name, {}, value} : FieldDiff{name, value, {}});
    }
    return result;
}

// Matches the entities of one list by key and appends what was removed, changed and added.
template <typename T>
void diffList(EntityKind kind, const QList<T> &before, const QList<T> &after,
              const std::function<QString(const T &)> &key,
              const std::function<QString(const T &)> &label,
              const std::function<Fields(const T &)> &fields, QList<EntityDiff> *out)
{
    QHash<QString, const T *> afterByKey;
    for (const T &each : after)
        afterByKey.insert(key(each), &each);
    QHash<QString, const T *> beforeByKey;
    for (const T &each : before) {
        beforeByKey.insert(key(each), &each);
        const T *now = afterByKey.value(key(each));
        if (!now) {
            out->append({kind, EntityDiffType::Removed, key(each), label(each),
                         setFields(fields(each), false)});
        } else if (!(*now == each)) {
            QList<FieldDiff> changed = compareFields(fields(each), fields(*now));
            if (!changed.isEmpty())
                out->append({kind, EntityDiffType::Changed, key(*now), label(*now), changed});
        }
    }
    for (const T &each : after) {
        if (!beforeByKey.contains(key(each)))
            out->append({kind, EntityDiffType::Added, key(each), label(each),
                         setFields(fields(each), true)});
    }
}

} // namespace

QString entityKindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::User:
        return QStringLiteral("user");
    case EntityKind::Group:
        return QStringLiteral("group");
    case EntityKind::OAuthClient:
        return QStringLiteral("application");
    case EntityKind::Organization:
        return QStringLiteral("organization");
    case EntityKind::AuthenticationProvider:
        return QStringLiteral("authentication provider");
    case EntityKind::RoleAssignment:
        return QStringLiteral("role assignment");
    case EntityKind::FixedToken:
        return QStringLiteral("fixed token");
    case EntityKind::Enrollment:
        return QStringLiteral("settings");
    case EntityKind::All:
        break;
    }
    return QStringLiteral("state");
}

QList<EntityDiff> diffStates(const DirectoryState &before, const DirectoryState &after)
{
    const Names names(before, after);
    QList<EntityDiff> out;
    const QList<FieldDiff> settings = compareFields(settingsFields(before), settingsFields(after));
    if (!settings.isEmpty())
        out.append({EntityKind::Enrollment, EntityDiffType::Changed, QStringLiteral("settings"),
                    QStringLiteral("settings"), settings});

    diffList<Organization>(
        EntityKind::Organization, before.organizations, after.organizations,
        [](const Organization &o) { return o.rid; }, [](const Organization &o) { return o.name; },
        [&](const Organization &o) { return organizationFields(o, names); }, &out);
    diffList<User>(
        EntityKind::User, before.users, after.users, [](const User &u) { return u.id; },
        [](const User &u) { return u.username; },
        [&](const User &u) { return userFields(u, names); }, &out);
    diffList<Group>(
        EntityKind::Group, before.groups, after.groups, [](const Group &g) { return g.id; },
        [](const Group &g) { return g.name; },
        [&](const Group &g) { return groupFields(g, names); }, &out);
    diffList<OAuthClient>(
        EntityKind::OAuthClient, before.oauthClients, after.oauthClients,
        [](const OAuthClient &c) { return c.clientId; },
        [](const OAuthClient &c) { return c.effectiveName(); },
        [&](const OAuthClient &c) { return clientFields(c, names); }, &out);
    diffList<AuthenticationProvider>(
        EntityKind::AuthenticationProvider, before.authenticationProviders,
        after.authenticationProviders, [](const AuthenticationProvider &p) { return p.rid; },
        [](const AuthenticationProvider &p) { return p.name; },
        [&](const AuthenticationProvider &p) { return providerFields(p, names); }, &out);
    diffList<RoleAssignment>(
        EntityKind::RoleAssignment, before.roleAssignments, after.roleAssignments,
        [](const RoleAssignment &r) { return r.key(); },
        [&](const RoleAssignment &r) -> QString { // not a QStringBuilder of temporaries
            return names.principal(r.principal) + QStringLiteral(" is ") + r.roleId +
                   QStringLiteral(" on ") +
                   (r.resource == defaults::kEnrollmentResource ? r.resource
                                                                : names.organization(r.resource));
        },
        [&](const RoleAssignment &r) { return roleFields(r, names); }, &out);
    diffList<FixedToken>(
        EntityKind::FixedToken, before.fixedTokens, after.fixedTokens,
        [](const FixedToken &t) { return t.token; },
        [](const FixedToken &t) { return maskedToken(t.token); },
        [&](const FixedToken &t) { return fixedTokenFields(t, names); }, &out);
    // A fixed token's key is its secret: never let it out through the key either. A client
    // secret was compared by hash; show only that it is set or changed.
    const QString dots = QStringLiteral("••••••");
    for (EntityDiff &diff : out) {
        if (diff.kind == EntityKind::FixedToken)
            diff.key = diff.label;
        if (diff.kind != EntityKind::OAuthClient)
            continue;
        for (FieldDiff &field : diff.fields) {
            if (field.field != QLatin1String("secret"))
                continue;
            const bool regenerated = !field.before.isEmpty() && !field.after.isEmpty();
            field.before = field.before.isEmpty() ? QString() : dots;
            field.after = field.after.isEmpty() ? QString()
                          : regenerated         ? dots + QStringLiteral(" (regenerated)")
                                                : dots;
        }
    }
    return out;
}

} // namespace foundry::ui
