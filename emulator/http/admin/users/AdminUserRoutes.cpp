// Users: list, get, getBatch, getCurrent, search (the reads that answer User values).
#include "AdminJson.h"
#include "AdminRoutes.h"
#include "Directory.h"
#include "PrincipalQueries.h"
#include "PrincipalRequests.h"
#include "UserAndGroupRoutes.h"

#include <QJsonArray>

namespace foundry::admin {
namespace users {
namespace {

// One page of the users `shown` accepts, anchored on the model order of all users so that a
// user deleted between two pages keeps its place.
HttpResponse userPage(const QString &listing, const QList<User> &all,
                      const std::function<bool(const User &)> &shown, const PageRequest &page)
{
    const FilteredPageSlice slice = sliceFilteredPage(
        listing, all.size(), [&](qsizetype row) { return all.at(row).id; },
        [&](qsizetype row) { return shown(all.at(row)); }, page);
    QByteArrayList data;
    data.reserve(slice.rows.size());
    for (const qsizetype row : slice.rows)
        data.append(userJsonBytes(all.at(row)));
    return pageResponse(data, slice.nextPageToken);
}

HttpResponse listUsers(const AdminCall &call)
{
    HttpResponse error;
    UserStatus include = UserStatus::Active;
    if (!readUserStatus(call.request.queryValue(QStringLiteral("include")),
                        QStringLiteral("include"), &include, &error))
        return error;
    const bool active = include == UserStatus::Active;
    const QString listing =
        active ? QStringLiteral("users:ACTIVE") : QStringLiteral("users:DELETED");
    PageRequest page;
    if (!readQueryPage(call.request, listing, &page, &error))
        return error;
    return userPage(
        listing, call.directory.users(),
        [active](const User &user) { return user.active == active; }, page);
}

HttpResponse getUser(const AdminCall &call)
{
    HttpResponse error;
    UserStatus status = UserStatus::Active;
    if (!readUserStatus(call.request.queryValue(QStringLiteral("status")), QStringLiteral("status"),
                        &status, &error))
        return error;
    const QString userId = call.pathParameter(QStringLiteral("userId"));
    const std::optional<User> user = call.directory.userById(userId);
    if (!user)
        return userNotFound(userId);
    if (const auto mismatch = statusMismatch(*user, status))
        return *mismatch;
    return HttpResponse::json(userJsonBytes(*user));
}

// Unknown ids, and users not in the requested state, are absent from the answer.
HttpResponse getUsersBatch(const AdminCall &call)
{
    HttpResponse error;
    QList<BatchElement> elements;
    if (!readBatch(call.request, "userId", true, &elements, &error))
        return error;
    QJsonObject data;
    for (const BatchElement &element : elements) {
        const std::optional<User> user = call.directory.userById(element.id);
        if (user && !statusMismatch(*user, element.status.value_or(UserStatus::Active)))
            data.insert(user->id, userJson(*user));
    }
    return HttpResponse::json(QJsonObject{{QStringLiteral("data"), data}});
}

HttpResponse getCurrentUser(const AdminCall &call)
{
    return HttpResponse::json(userJsonBytes(call.caller.user));
}

HttpResponse searchUsers(const AdminCall &call)
{
    HttpResponse error;
    SearchRequest search;
    if (!readSearchRequest(call.request, QStringLiteral("users/search"), &search, &error))
        return error;
    return userPage(
        search.listing, call.directory.users(),
        [&](const User &user) { return user.active && userMatchesQuery(user, search.query); },
        search.page);
}

} // namespace
} // namespace users

void installUserRoutes(AdminApi &api)
{
    using Access = EndpointRules::Access;
    const EndpointRules read{Access::Read, false, {}};
    // The fixed paths come before /users/{userId}, which would match them too.
    api.add("GET", QStringLiteral("/users/getCurrent"), read, users::getCurrentUser);
    api.add("POST", QStringLiteral("/users/getBatch"), read, users::getUsersBatch);
    api.add("POST", QStringLiteral("/users/search"), read, users::searchUsers);
    api.add("GET", QStringLiteral("/users"), read, users::listUsers);
    api.add("GET", QStringLiteral("/users/{userId}"), read, users::getUser);
    users::installUserActionRoutes(api);
}

} // namespace foundry::admin
