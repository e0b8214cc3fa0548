#pragma once

#include "ConsolePage.h"
#include "User.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QUndoStack;

namespace foundry::ui {

class DirectoryEditor;
class UserDetailEditor;
class UserFilterProxy;
class UserTableModel;

// The Users page, or the Service principals page: a filterable, sortable table over the
// Directory's users of one principal type, bulk actions, and the detail editor. Every change is
// pushed to the undo stack as one command.
class UsersPage final : public ConsolePage
{
    Q_OBJECT

public:
    UsersPage(DirectoryEditor *editor, QUndoStack *undoStack, PrincipalType type,
              QWidget *parent = nullptr);

    UserTableModel *model() const { return m_model; }
    UserFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    UserDetailEditor *detail() const { return m_detail; }

    void newEntry() override;
    void deleteSelected() override;
    void setSelectedActive(bool active) override;
    void toggleCurrent(); // Space: flips the current row (or every selected row)
    void focusFilter() override;

    QList<User> selectedUsers() const;
    bool selectUser(const QString &id);

Q_SIGNALS:
    void selectionChanged(int selectedCount);

private:
    QWidget *buildToolbar();
    void showCurrent();
    void onToggleRequested(const QString &id, bool active);
    void updateCountLabel();
    QString noun(int n) const;

    DirectoryEditor *const m_editor;
    QUndoStack *const m_undoStack;
    const PrincipalType m_type;
    UserTableModel *m_model;
    UserFilterProxy *m_proxy;
    QTableView *m_table = nullptr;
    UserDetailEditor *m_detail = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_filterTimer = nullptr;
};

} // namespace foundry::ui
