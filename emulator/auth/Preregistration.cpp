#include "Preregistration.h"

#include "Defaults.h"
#include "Directory.h"

#include <QRegularExpression>

namespace foundry::auth {
namespace {

using Failure = Preregistration::Failure;
using Outcome = Preregistration::Outcome;

// Users and groups without a realm are in the internal realm; so are those of a provider
// without one.
QString effectiveRealm(const QString &realm)
{
    return realm.isEmpty() ? QString(defaults::kRealm) : realm;
}

Outcome failed(Failure failure, const QString &message)
{
    Outcome outcome;
    outcome.failure = failure;
    outcome.message = message;
    return outcome;
}

Outcome existing(const QString &id, const QString &existingRealm, const QString &wantedRealm,
                 const QString &name)
{
    if (effectiveRealm(existingRealm) == wantedRealm)
        return {Failure::None, id, false, {}, {}, {}};
    Outcome outcome = failed(Failure::NameTakenInOtherRealm,
                             QStringLiteral("\"%1\" already exists in the realm %2.")
                                 .arg(name, effectiveRealm(existingRealm)));
    outcome.realm = effectiveRealm(existingRealm);
    return outcome;
}

Outcome missingOrganization(const QString &rid)
{
    Outcome outcome = failed(Failure::OrganizationNotFound,
                             QStringLiteral("No organization has the rid %1.").arg(rid));
    outcome.missing = rid;
    return outcome;
}

// The name is looked up again after a refused insert: a concurrent request may have created it.
Outcome userOutcomeAfterRefusal(Directory &directory, const QString &username, const QString &realm,
                                const QString &error)
{
    if (const auto user = directory.userByUsername(username))
        return existing(user->id, user->realm, realm, username);
    return failed(Failure::Rejected, error);
}

Outcome groupOutcomeAfterRefusal(Directory &directory, const QString &name, const QString &realm,
                                 const QString &error)
{
    if (const auto group = directory.groupByName(name))
        return existing(group->id, group->realm, realm, name);
    return failed(Failure::Rejected, error);
}

} // namespace

bool Preregistration::usernameAllowed(const AuthenticationProvider &provider,
                                      const QString &username)
{
    if (provider.supportedUsernamePatterns.isEmpty())
        return true;
    for (const QString &pattern : provider.supportedUsernamePatterns) {
        const QRegularExpression expression(QRegularExpression::anchoredPattern(pattern));
        if (expression.isValid() && expression.match(username).hasMatch())
            return true;
    }
    return false;
}

Preregistration::Outcome Preregistration::preregisterUser(Directory &directory,
                                                          const AuthenticationProvider &provider,
                                                          const UserRequest &request)
{
    if (!directory.organization(request.organizationRid))
        return missingOrganization(request.organizationRid);
    if (!usernameAllowed(provider, request.username))
        return failed(Failure::UsernameNotAllowed,
                      QStringLiteral("\"%1\" matches none of the username patterns of %2.")
                          .arg(request.username, provider.name));
    const QString realm = effectiveRealm(provider.realm);
    if (const auto user = directory.userByUsername(request.username))
        return existing(user->id, user->realm, realm, request.username);

    User user;
    user.username = request.username;
    user.givenName = request.givenName;
    user.familyName = request.familyName;
    user.email = request.email;
    user.attributes = request.attributes;
    user.realm = realm;
    user.organizationRid = request.organizationRid;
    user.principalType = PrincipalType::Human;
    user.active = true;
    user.preregistered = true;
    QString error;
    User stored;
    if (!directory.addUser(user, &error, &stored))
        return userOutcomeAfterRefusal(directory, request.username, realm, error);
    return {Failure::None, stored.id, true, {}, {}, {}};
}

Preregistration::Outcome Preregistration::preregisterGroup(Directory &directory,
                                                           const AuthenticationProvider &provider,
                                                           const GroupRequest &request)
{
    if (request.organizationRids.isEmpty())
        return failed(Failure::NoOrganization,
                      QStringLiteral("A group needs at least one organization."));
    for (const QString &rid : request.organizationRids) {
        if (!directory.organization(rid))
            return missingOrganization(rid);
    }
    const QString realm = effectiveRealm(provider.realm);
    if (const auto group = directory.groupByName(request.name))
        return existing(group->id, group->realm, realm, request.name);

    Group group;
    group.name = request.name;
    group.realm = realm;
    group.organizationRids = request.organizationRids;
    group.organizationRids.removeDuplicates();
    QString error;
    Group stored;
    if (!directory.addGroup(group, &error, &stored))
        return groupOutcomeAfterRefusal(directory, request.name, realm, error);
    return {Failure::None, stored.id, true, {}, {}, {}};
}

} // namespace foundry::auth
