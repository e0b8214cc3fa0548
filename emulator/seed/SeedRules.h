#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// The value rules of the seed format that are not about YAML types.
namespace foundry::seed {

// `ri.` followed by dot-separated parts: service, instance (may be empty), type, locator.
bool isValidRid(const QString &rid);
// 8-4-4-4-12 hexadecimal digits, no braces.
bool isValidUuid(const QString &id);

enum class RoleScope
{
    Enrollment,
    Organization
};
// Where a role may be granted; nullopt for a role id that does not exist.
std::optional<RoleScope> roleScope(const QString &roleId);
QStringList knownRoleIds();

inline constexpr int kMaxPort = 65535;

// The prefix that makes a member or principal a group: `group:<name>`.
inline constexpr QLatin1StringView kGroupPrefix{"group:"};

} // namespace foundry::seed
