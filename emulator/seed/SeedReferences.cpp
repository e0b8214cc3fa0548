// Checks the names and rids that point at other entries, once the whole file has been read.
#include "ReadContext.h"
#include "SeedRules.h"

namespace foundry::seed {

namespace {

struct Names
{
    QHash<QString, QString> userIds;  // username -> id
    QHash<QString, QString> groupIds; // group name -> id
};

std::optional<PrincipalRef> resolvePrincipal(ReadContext &context, const Names &names,
                                             const PendingReference &ref)
{
    if (ref.text.startsWith(kGroupPrefix)) {
        const QString name = ref.text.mid(kGroupPrefix.size());
        if (const auto it = names.groupIds.constFind(name); it != names.groupIds.constEnd())
            return PrincipalRef{PrincipalKind::Group, it.value()};
        context.issues.error(ref.mark, ref.path,
                             QStringLiteral("unknown group \"") % name %
                                 QStringLiteral("\" (not defined under foundry.groups)"));
        return std::nullopt;
    }
    if (const auto it = names.userIds.constFind(ref.text); it != names.userIds.constEnd())
        return PrincipalRef{PrincipalKind::User, it.value()};
    context.issues.error(ref.mark, ref.path,
                         QStringLiteral("unknown user \"") % ref.text %
                             QStringLiteral("\" (not defined under foundry.users; write "
                                            "group:<name> for a group)"));
    return std::nullopt;
}

} // namespace

void resolveReferences(ReadContext &context)
{
    DirectoryState &state = context.state;
    QSet<QString> organizations;
    for (const Organization &organization : std::as_const(state.organizations))
        organizations.insert(organization.rid);
    for (const PendingReference &ref : std::as_const(context.organizationRefs)) {
        if (!organizations.contains(ref.text)) {
            context.issues.error(
                ref.mark, ref.path,
                QStringLiteral("unknown organization \"") % ref.text %
                    QStringLiteral("\" (not defined under foundry.organizations)"));
        }
    }

    Names names;
    for (const User &user : std::as_const(state.users))
        names.userIds.insert(user.username, user.id);
    for (const Group &group : std::as_const(state.groups))
        names.groupIds.insert(group.name, group.id);

    for (const PendingReference &ref : std::as_const(context.userRefs)) {
        if (!names.userIds.contains(ref.text)) {
            context.issues.error(ref.mark, ref.path,
                                 QStringLiteral("unknown user \"") % ref.text %
                                     QStringLiteral("\" (not defined under foundry.users)"));
        }
    }
    for (const auto &[groupIndex, ref] : std::as_const(context.members)) {
        const std::optional<PrincipalRef> member = resolvePrincipal(context, names, ref);
        if (!member)
            continue;
        QList<PrincipalRef> &members = state.groups[groupIndex].members;
        if (members.contains(*member)) {
            context.issues.warning(ref.mark, ref.path,
                                   QStringLiteral("\"") % ref.text %
                                       QStringLiteral("\" is listed twice: the repeat is ignored"));
            continue;
        }
        members.append(*member);
    }
    for (const auto &[assignmentIndex, ref] : std::as_const(context.principals)) {
        if (const std::optional<PrincipalRef> principal = resolvePrincipal(context, names, ref))
            state.roleAssignments[assignmentIndex].principal = *principal;
    }
}

} // namespace foundry::seed
