#pragma once

#include <QLatin1StringView>

// The built-in values the seed format promises (see docs/seed-format.md).
namespace foundry::defaults {

inline constexpr QLatin1StringView kEnrollmentRid{"ri.enrollment..enrollment.default"};
inline constexpr QLatin1StringView kEnrollmentName{"Default Enrollment"};
inline constexpr QLatin1StringView kOrganizationRid{"ri.organization.main.organization.default"};
inline constexpr QLatin1StringView kOrganizationName{"Default Organization"};
inline constexpr QLatin1StringView kHost{"localhost"};
inline constexpr QLatin1StringView kRealm{"palantir-internal-realm"};
inline constexpr QLatin1StringView kAdminUsername{"admin"};
inline constexpr QLatin1StringView kAdminDisplayName{"Admin"};
inline constexpr QLatin1StringView kAdminEmail{"admin@localhost"};
inline constexpr QLatin1StringView kAdminGivenName{"Admin"};
inline constexpr QLatin1StringView kEnrollmentAdministratorRole{"enrollment-administrator"};
// The resource of a role assignment made on the enrollment rather than an organization.
inline constexpr QLatin1StringView kEnrollmentResource{"enrollment"};
inline constexpr int kPort = 4000;
inline constexpr int kTokenLifetimeSeconds = 3600;

} // namespace foundry::defaults
