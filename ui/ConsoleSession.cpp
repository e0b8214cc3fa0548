#include "ConsoleSession.h"

#include "DirectoryEditor.h"
#include "SeedDocument.h"

namespace foundry::ui {

ConsoleSession::ConsoleSession(Directory *directory, RequestLog *requestLog, EmulatorServer *server,
                               QObject *parent)
    : QObject(parent), m_directory(directory), m_requestLog(requestLog), m_server(server),
      m_editor(new DirectoryEditor(directory, this)), m_document(new SeedDocument(m_editor, this))
{
}

} // namespace foundry::ui
