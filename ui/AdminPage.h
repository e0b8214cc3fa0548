#pragma once

#include "ConsolePage.h"

#include <functional>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QToolButton;
class QUndoStack;

namespace foundry::ui {

class DirectoryEditor;

// The frame the admin pages (groups, organizations & roles, providers, scopes) share: a filter
// box (search as you type across every column), a toolbar, a sortable table through a
// QSortFilterProxyModel, a count line, and the page's detail editor beside the table. Widgets
// are named after the page (`groupsTable`, `groupsFilterEdit`, `groupsNewButton`, ...).
class AdminPage : public ConsolePage
{
    Q_OBJECT

public:
    AdminPage(DirectoryEditor *editor, QUndoStack *undoStack, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // What the navigation badge shows: the number of rows, unless a page says otherwise.
    virtual int badgeCount() const;

    void focusFilter() override;
    // Selects the row whose IdRole is `id` (clearing the filter if it hides it).
    bool selectId(const QString &id);

Q_SIGNALS:
    void countChanged(int badgeCount);

protected:
    // Builds the page around `model` (which must answer IdRole and SortRole like
    // EntityTableModel) and `detail`. `noun` gives the count line ("3 groups").
    void setUp(const QString &prefix, QAbstractItemModel *model, QWidget *detail,
               std::function<QString(int)> noun, bool editable = true);
    // A button on the toolbar, after New and Delete.
    QToolButton *addToolButton(const QString &name, const QString &text, const QString &tip);
    QList<int> selectedSourceRows() const;
    int currentSourceRow() const; // -1 when nothing (or more than one row) is selected
    virtual void showCurrent() = 0;

    DirectoryEditor *const m_editor;
    QUndoStack *const m_undoStack;

private:
    void updateCountLabel();

    QString m_prefix;
    QAbstractItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_filterTimer = nullptr;
    QWidget *m_toolbar = nullptr;
    QToolButton *m_delete = nullptr;
    std::function<QString(int)> m_noun;
};

} // namespace foundry::ui
