# The console's tools (issue 7, part 2): tokens dock, diff vs file, snapshots, emulator control,
# the guided preregistration demo. Included from ui/CMakeLists.txt.
target_sources(foundry_ui PRIVATE
  ConsoleTools.cpp ConsoleTools.h
  DiffDock.cpp DiffDock.h
  DirectoryDiff.cpp DirectoryDiff.h
  EmulatorController.cpp EmulatorController.h
  EmulatorSettingsDialog.cpp EmulatorSettingsDialog.h
  EmulatorTrayIcon.cpp EmulatorTrayIcon.h
  IssueTokenDialog.cpp IssueTokenDialog.h
  PreregistrationDemo.cpp PreregistrationDemo.h
  PreregistrationDemoDock.cpp PreregistrationDemoDock.h
  PreregistrationDemoText.cpp PreregistrationDemoText.h
  SnapshotStore.cpp SnapshotStore.h
  SnapshotsDock.cpp SnapshotsDock.h
  TokenTableModel.cpp TokenTableModel.h
  TokensDock.cpp TokensDock.h)
