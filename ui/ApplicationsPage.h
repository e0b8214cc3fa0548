#pragma once

#include "ConsolePage.h"
#include "OAuthClient.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QUndoStack;

namespace foundry::ui {

class ApplicationDetailEditor;
class ApplicationFilterProxy;
class ApplicationTableModel;
class DirectoryEditor;

// The Third-party applications page: a filterable, sortable table of OAuth clients, bulk
// enable/disable/delete, and the detail editor. Every change is one command on the undo stack.
class ApplicationsPage final : public ConsolePage
{
    Q_OBJECT

public:
    ApplicationsPage(DirectoryEditor *editor, QUndoStack *undoStack, QWidget *parent = nullptr);

    ApplicationTableModel *model() const { return m_model; }
    ApplicationFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    ApplicationDetailEditor *detail() const { return m_detail; }

    void newEntry() override;
    void deleteSelected() override;
    void setSelectedActive(bool enabled) override;
    void focusFilter() override;
    void toggleCurrent(); // Space

    QList<OAuthClient> selectedClients() const;
    bool selectClient(const QString &clientId);

Q_SIGNALS:
    void selectionChanged(int selectedCount);
    void servicePrincipalActivated(const QString &userId);

private:
    QWidget *buildToolbar();
    void showCurrent();
    void updateCountLabel();

    DirectoryEditor *const m_editor;
    QUndoStack *const m_undoStack;
    ApplicationTableModel *m_model;
    ApplicationFilterProxy *m_proxy;
    QTableView *m_table = nullptr;
    ApplicationDetailEditor *m_detail = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_state = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_filterTimer = nullptr;
};

} // namespace foundry::ui
