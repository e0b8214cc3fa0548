# No lost work (issue 9): the recovery file of unsaved edits and the changed-on-disk check.
target_sources(foundry_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/DiskChangeGuard.cpp ${CMAKE_CURRENT_LIST_DIR}/DiskChangeGuard.h
  ${CMAKE_CURRENT_LIST_DIR}/RecoveryJournal.cpp ${CMAKE_CURRENT_LIST_DIR}/RecoveryJournal.h)
