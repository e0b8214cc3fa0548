// Users: delete, revokeAllTokens, profilePicture, getMarkings, providerInfo, groupMemberships
// (the endpoints under /users/{userId}/... and the user's deletion).
#include "AdminErrors.h"
#include "Directory.h"
#include "JsonBody.h"
#include "OAuthService.h"
#include "PrincipalQueries.h"
#include "PrincipalRequests.h"
#include "UserAndGroupRoutes.h"

#include <QJsonArray>

namespace foundry::admin::users {
namespace {

const QString kDeleteUser = QStringLiteral("multipass:delete-user");
const QString kRevokeTokens = QStringLiteral("multipass:revoke-tokens");
// Provider ids are set when users are preregistered, so changing one takes the same operation.
const QString kReplaceProviderInfo = QStringLiteral("multipass:preregister-user");

QJsonObject userIdParameter(const QString &userId)
{
    return {{QStringLiteral("userId"), userId}};
}

// The user of the path, or the 404 to answer.
std::optional<User> pathUser(const AdminCall &call, HttpResponse *error)
{
    const QString userId = call.pathParameter(QStringLiteral("userId"));
    std::optional<User> user = call.directory.userById(userId);
    if (!user)
        *error = userNotFound(userId);
    return user;
}

// Deleting makes the user DELETED (inactive): the bearer check reads `active` on every request,
// so every token of the user stops working at once. Deleting a deleted user changes nothing.
HttpResponse deleteUser(const AdminCall &call)
{
    HttpResponse error;
    const std::optional<User> user = pathUser(call, &error);
    if (!user)
        return error;
    if (!call.can(kDeleteUser, user->organizationRid))
        return permissionDenied(QStringLiteral("DeleteUserPermissionDenied"),
                                userIdParameter(user->id));
    call.directory.setUserActive(user->id, false);
    return HttpResponse::noContent();
}

HttpResponse revokeAllTokens(const AdminCall &call)
{
    HttpResponse error;
    const std::optional<User> user = pathUser(call, &error);
    if (!user)
        return error;
    const bool own = user->id == call.caller.user.id;
    if (!own && !call.can(kRevokeTokens, user->organizationRid))
        return permissionDenied(QStringLiteral("RevokeAllTokensUserPermissionDenied"),
                                userIdParameter(user->id));
    call.oauth.tokens().revokeAllOfUser(user->id);
    return HttpResponse::noContent();
}

HttpResponse profilePicture(const AdminCall &call)
{
    HttpResponse error;
    const std::optional<User> user = pathUser(call, &error);
    if (!user)
        return error;
    if (user->profilePicture.isEmpty())
        return notFound(QStringLiteral("ProfilePictureNotFound"), userIdParameter(user->id));
    HttpResponse response;
    response.contentType = QByteArrayLiteral("image/png");
    response.body = user->profilePicture;
    return response;
}

// Markings are not modelled: every user is a member of none.
HttpResponse getMarkings(const AdminCall &call)
{
    HttpResponse error;
    if (!pathUser(call, &error))
        return error;
    return HttpResponse::json(QJsonObject{{QStringLiteral("view"), QJsonArray()}});
}

HttpResponse providerInfoJson(const User &user)
{
    return HttpResponse::json(QJsonObject{{QStringLiteral("providerId"), user.providerId}});
}

HttpResponse getProviderInfo(const AdminCall &call)
{
    HttpResponse error;
    const std::optional<User> user = pathUser(call, &error);
    if (!user)
        return error;
    if (user->providerId.isEmpty())
        return notFound(QStringLiteral("UserProviderInfoNotFound"), userIdParameter(user->id));
    return providerInfoJson(*user);
}

HttpResponse replaceProviderInfo(const AdminCall &call)
{
    HttpResponse error;
    QJsonObject body;
    if (!parseObject(call.request, &body, &error))
        return error;
    FieldReader fields(body);
    QString providerId;
    if (!fields.requiredString("providerId", &providerId))
        return fields.error();
    std::optional<User> user = pathUser(call, &error);
    if (!user)
        return error;
    if (!call.can(kReplaceProviderInfo, user->organizationRid))
        return permissionDenied(QStringLiteral("ReplaceUserProviderInfoPermissionDenied"),
                                userIdParameter(user->id));
    user->providerId = providerId;
    QString failure;
    if (!call.directory.updateUser(*user, &failure)) // the user was removed meanwhile
        return userNotFound(user->id);
    return providerInfoJson(*user);
}

HttpResponse groupMemberships(const AdminCall &call)
{
    HttpResponse error;
    bool transitive = false;
    if (!readTransitive(call.request, &transitive, &error))
        return error;
    const QString userId = call.pathParameter(QStringLiteral("userId"));
    const QString listing = QStringLiteral("users/") + userId +
                            (transitive ? QStringLiteral("/groupMemberships:transitive")
                                        : QStringLiteral("/groupMemberships"));
    PageRequest page;
    if (!readQueryPage(call.request, listing, &page, &error))
        return error;
    if (!pathUser(call, &error))
        return error;
    const QStringList groupIds = groupIdsOfUser(call.directory, userId, transitive);
    const PageSlice slice = slicePage(listing, groupIds, page);
    QJsonArray data;
    for (qsizetype row = slice.begin; row < slice.end; ++row)
        data.append(QJsonObject{{QStringLiteral("groupId"), groupIds.at(row)}});
    return pageResponse(data, slice.nextPageToken);
}

} // namespace

void installUserActionRoutes(AdminApi &api)
{
    using Access = EndpointRules::Access;
    const EndpointRules read{Access::Read, false, {}};
    api.add("DELETE", QStringLiteral("/users/{userId}"), {Access::Write, false, kDeleteUser},
            deleteUser);
    api.add("POST", QStringLiteral("/users/{userId}/revokeAllTokens"),
            {Access::Write, false, kRevokeTokens}, revokeAllTokens);
    api.add("GET", QStringLiteral("/users/{userId}/profilePicture"), read, profilePicture);
    api.add("GET", QStringLiteral("/users/{userId}/getMarkings"), read, getMarkings);
    api.add("GET", QStringLiteral("/users/{userId}/providerInfo"), read, getProviderInfo);
    api.add("PUT", QStringLiteral("/users/{userId}/providerInfo"), {Access::Write, false, {}},
            replaceProviderInfo);
    api.add("GET", QStringLiteral("/users/{userId}/groupMemberships"), read, groupMemberships);
}

} // namespace foundry::admin::users
