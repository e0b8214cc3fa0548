#include "ApplicationCommands.h"

#include "Directory.h"
#include "DirectoryEditor.h"

#include <QCoreApplication>

namespace foundry::ui {
namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("foundry::ui::ApplicationCommands", text, nullptr, n);
}

QString subject(const QList<OAuthClient> &clients)
{
    return clients.size() == 1 ? clients.first().effectiveName()
                               : tr("%n applications", int(clients.size()));
}
} // namespace

// --- AddApplicationCommand ----------------------------------------------------------------

AddApplicationCommand::AddApplicationCommand(DirectoryEditor *editor, OAuthClient client)
    : m_editor(editor), m_client(std::move(client))
{
    setText(tr("Add %1").arg(m_client.effectiveName()));
}

void AddApplicationCommand::redo()
{
    m_editor->edit([this](Directory &directory) { return directory.addOAuthClient(m_client); });
}

void AddApplicationCommand::undo()
{
    m_editor->edit(
        [this](Directory &directory) { return directory.removeOAuthClient(m_client.clientId); });
}

// --- UpdateApplicationCommand -------------------------------------------------------------

UpdateApplicationCommand::UpdateApplicationCommand(DirectoryEditor *editor, OAuthClient before,
                                                   OAuthClient after, const QString &text)
    : m_editor(editor), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text.isEmpty() ? tr("Edit %1").arg(m_after.effectiveName()) : text);
}

void UpdateApplicationCommand::redo()
{
    m_editor->edit([this](Directory &directory) {
        return directory.updateOAuthClient(m_before.clientId, m_after);
    });
}

void UpdateApplicationCommand::undo()
{
    m_editor->edit([this](Directory &directory) {
        return directory.updateOAuthClient(m_after.clientId, m_before);
    });
}

// --- SetApplicationsEnabledCommand --------------------------------------------------------

SetApplicationsEnabledCommand::SetApplicationsEnabledCommand(DirectoryEditor *editor,
                                                             const QList<OAuthClient> &clients,
                                                             bool enabled)
    : m_editor(editor), m_enabled(enabled)
{
    for (const OAuthClient &client : clients) {
        m_ids.append(client.clientId);
        m_previous.append(client.enabled);
    }
    setText((enabled ? tr("Enable %1") : tr("Disable %1")).arg(subject(clients)));
}

void SetApplicationsEnabledCommand::apply(bool useTarget)
{
    m_editor->edit([this, useTarget](Directory &directory) {
        for (int i = 0; i < m_ids.size(); ++i) {
            std::optional<OAuthClient> client = directory.oauthClient(m_ids.at(i));
            if (!client)
                continue;
            client->enabled = useTarget ? m_enabled : m_previous.at(i);
            directory.updateOAuthClient(client->clientId, *client);
        }
        return true;
    });
}

void SetApplicationsEnabledCommand::redo()
{
    apply(true);
}

void SetApplicationsEnabledCommand::undo()
{
    apply(false);
}

bool SetApplicationsEnabledCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetApplicationsEnabledCommand *>(other);
    if (m_ids.size() != 1 || next->m_ids != m_ids)
        return false;
    m_enabled = next->m_enabled;
    setText(next->text());
    setObsolete(m_enabled == m_previous.first());
    return true;
}

// --- RemoveApplicationsCommand ------------------------------------------------------------

RemoveApplicationsCommand::RemoveApplicationsCommand(DirectoryEditor *editor,
                                                     const QList<OAuthClient> &clients)
    : m_editor(editor), m_clients(clients)
{
    setText(tr("Delete %1").arg(subject(clients)));
}

void RemoveApplicationsCommand::redo()
{
    m_editor->edit([this](Directory &directory) {
        for (const OAuthClient &client : m_clients)
            directory.removeOAuthClient(client.clientId);
        return true;
    });
}

void RemoveApplicationsCommand::undo()
{
    m_editor->edit([this](Directory &directory) {
        for (const OAuthClient &client : m_clients)
            directory.addOAuthClient(client);
        return true;
    });
}

} // namespace foundry::ui
