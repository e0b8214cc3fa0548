#pragma once

// The route files of the Users, Groups and GroupMembers endpoints; installUserRoutes and
// installGroupRoutes (AdminRoutes.h) call these.
namespace foundry::admin {
class AdminApi;
}

namespace foundry::admin::users {

// delete, revokeAllTokens, profilePicture, getMarkings, providerInfo, groupMemberships
void installUserActionRoutes(AdminApi &api);
// create, replace, delete
void installGroupWriteRoutes(AdminApi &api);
// list, add, remove
void installGroupMemberRoutes(AdminApi &api);

} // namespace foundry::admin::users
