# Enrollments, hosts, authentication providers (with preregistration), organizations, role
# assignments and Roles: installEnrollmentRoutes and installOrganizationRoutes.
target_sources(foundry_http PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/AdminEnrollmentRoutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AdminOrganizationRoutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AdminProviderRoutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AdminRoleAssignmentRoutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AdminRoleRoutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/EnrollmentRouteSupport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/EnrollmentRouteSupport.h
  ${CMAKE_CURRENT_LIST_DIR}/OrganizationRules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/OrganizationRules.h
  ${CMAKE_CURRENT_LIST_DIR}/RoleJson.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RoleJson.h)
