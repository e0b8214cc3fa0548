#pragma once

class QMenu;
class QTableView;

namespace foundry::ui {

// Lets the user show and hide a table's columns from its header's context menu (as DB Browser
// for SQLite and KeePassXC do), so that a narrow window can drop what it does not need.
void installColumnMenu(QTableView *table);
// The menu itself: one checkable action per column (tests trigger them).
QMenu *makeColumnMenu(QTableView *table);

} // namespace foundry::ui
