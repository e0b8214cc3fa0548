# The Admin API's Users, Groups and GroupMembers endpoints.
target_sources(foundry_http PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/AdminGroupMemberRoutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AdminGroupRoutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AdminGroupWriteRoutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AdminUserActionRoutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AdminUserRoutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PrincipalQueries.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PrincipalQueries.h
  ${CMAKE_CURRENT_LIST_DIR}/PrincipalRequests.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PrincipalRequests.h
  ${CMAKE_CURRENT_LIST_DIR}/UserAndGroupRoutes.h)
