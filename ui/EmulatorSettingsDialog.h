#pragma once

#include <QDialog>
#include <QUndoCommand>

class QLabel;
class QLineEdit;
class QSpinBox;
class QUndoStack;

namespace foundry::ui {

class DirectoryEditor;
class EmulatorController;

// The seed's token lifetime (`foundry.token_lifetime_seconds`) as one undoable edit.
class SetTokenLifetimeCommand final : public QUndoCommand
{
public:
    SetTokenLifetimeCommand(DirectoryEditor *editor, int seconds);

    void redo() override;
    void undo() override;

private:
    DirectoryEditor *const m_editor;
    int m_before;
    int m_after;
};

// Emulator settings: port (with "Use a free port"), bind address and token lifetime. OK
// restarts the emulator when the port or address changed.
class EmulatorSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    EmulatorSettingsDialog(EmulatorController *controller, DirectoryEditor *editor,
                           QUndoStack *undoStack, QWidget *parent = nullptr);

    QSpinBox *portBox() const { return m_port; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *lifetimeBox() const { return m_lifetime; }

    // Applies what the dialog shows; false (with the reason shown) when it cannot.
    bool applyChanges();
    void accept() override;

    static quint16 findFreePort();

private:
    EmulatorController *const m_controller;
    DirectoryEditor *const m_editor;
    QUndoStack *const m_undoStack;
    QSpinBox *m_port;
    QLineEdit *m_host;
    QSpinBox *m_lifetime;
    QLabel *m_error;
};

} // namespace foundry::ui
