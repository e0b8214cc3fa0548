# The console's admin pages: groups, organizations & roles, authentication providers, scopes;
# their item models, detail editors, pickers and undo commands.
target_sources(foundry_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/AdminCommands.cpp ${CMAKE_CURRENT_LIST_DIR}/AdminCommands.h
  ${CMAKE_CURRENT_LIST_DIR}/AdminPage.cpp ${CMAKE_CURRENT_LIST_DIR}/AdminPage.h
  ${CMAKE_CURRENT_LIST_DIR}/AdminText.cpp ${CMAKE_CURRENT_LIST_DIR}/AdminText.h
  ${CMAKE_CURRENT_LIST_DIR}/EntityTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/EntityTableModel.h
  ${CMAKE_CURRENT_LIST_DIR}/GroupDetailEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/GroupDetailEditor.h
  ${CMAKE_CURRENT_LIST_DIR}/GroupTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/GroupTableModel.h
  ${CMAKE_CURRENT_LIST_DIR}/GroupsPage.cpp ${CMAKE_CURRENT_LIST_DIR}/GroupsPage.h
  ${CMAKE_CURRENT_LIST_DIR}/OrganizationTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/OrganizationTableModel.h
  ${CMAKE_CURRENT_LIST_DIR}/PrincipalPicker.cpp ${CMAKE_CURRENT_LIST_DIR}/PrincipalPicker.h
  ${CMAKE_CURRENT_LIST_DIR}/ProviderTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/ProviderTableModel.h
  ${CMAKE_CURRENT_LIST_DIR}/RoleAssignmentModel.cpp ${CMAKE_CURRENT_LIST_DIR}/RoleAssignmentModel.h
  ${CMAKE_CURRENT_LIST_DIR}/ScopeTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/ScopeTableModel.h)
target_sources(foundry_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/OrganizationDetailEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/OrganizationDetailEditor.h
  ${CMAKE_CURRENT_LIST_DIR}/OrganizationsPage.cpp ${CMAKE_CURRENT_LIST_DIR}/OrganizationsPage.h
  ${CMAKE_CURRENT_LIST_DIR}/PreregisterUserDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/PreregisterUserDialog.h
  ${CMAKE_CURRENT_LIST_DIR}/ProviderDetailEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/ProviderDetailEditor.h
  ${CMAKE_CURRENT_LIST_DIR}/ProvidersPage.cpp ${CMAKE_CURRENT_LIST_DIR}/ProvidersPage.h
  ${CMAKE_CURRENT_LIST_DIR}/ScopesPage.cpp ${CMAKE_CURRENT_LIST_DIR}/ScopesPage.h)
