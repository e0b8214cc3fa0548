#pragma once

#include "OAuthClient.h"

#include <QUndoCommand>

namespace foundry::ui {

class DirectoryEditor;

// The undoable console edits of third-party applications, one class per user action; each
// calls Directory methods through the editor.

// Adds an application; undo removes it.
class AddApplicationCommand final : public QUndoCommand
{
public:
    AddApplicationCommand(DirectoryEditor *editor, OAuthClient client);

    void redo() override;
    void undo() override;

private:
    DirectoryEditor *const m_editor;
    const OAuthClient m_client;
};

// Replaces an application's fields, its client id included ("Edit Fleet Portal"); `text` names
// special edits ("Regenerate secret of Fleet Portal").
class UpdateApplicationCommand final : public QUndoCommand
{
public:
    UpdateApplicationCommand(DirectoryEditor *editor, OAuthClient before, OAuthClient after,
                             const QString &text = {});

    void redo() override;
    void undo() override;

private:
    DirectoryEditor *const m_editor;
    const OAuthClient m_before;
    const OAuthClient m_after;
};

// Enables or disables applications ("Disable Reporting"); toggling one application again
// merges into the same step, and back to where it was is no step at all.
class SetApplicationsEnabledCommand final : public QUndoCommand
{
public:
    static constexpr int Id = 1101;

    SetApplicationsEnabledCommand(DirectoryEditor *editor, const QList<OAuthClient> &clients,
                                  bool enabled);

    void redo() override;
    void undo() override;
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(bool useTarget);

    DirectoryEditor *const m_editor;
    QStringList m_ids;
    QList<bool> m_previous;
    bool m_enabled;
};

// Removes applications; undo brings them back as they were.
class RemoveApplicationsCommand final : public QUndoCommand
{
public:
    RemoveApplicationsCommand(DirectoryEditor *editor, const QList<OAuthClient> &clients);

    void redo() override;
    void undo() override;

private:
    DirectoryEditor *const m_editor;
    const QList<OAuthClient> m_clients;
};

} // namespace foundry::ui
