#pragma once

#include "Organization.h"
#include "Permissions.h"

#include <QJsonObject>
#include <QList>

// The JSON shapes of roles and role assignments (@osdk/foundry.core Core.Role,
// @osdk/foundry.admin Admin.Role and the role-assignment listings).
namespace foundry::admin {

// {id, roleSetId, name, description, isDefault, type: "ORGANIZATION", operations}
QJsonObject coreRoleJson(const auth::Permissions::Role &role);
// {id, displayName, description, operations, canAssigns}
QJsonObject adminRoleJson(const auth::Permissions::Role &role);
// {principalType: USER|GROUP, principalId, roleId}
QJsonObject roleAssignmentJson(const RoleAssignment &assignment);

// Every role the emulator knows: the organization roles, then enrollment-administrator.
QList<auth::Permissions::Role> allRoles();

} // namespace foundry::admin
