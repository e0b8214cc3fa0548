#pragma once

#include <QObject>

namespace foundry {
class Directory;
class EmulatorServer;
class RequestLog;
} // namespace foundry

namespace foundry::ui {

class DirectoryEditor;
class SeedDocument;

// What one console window works on: the emulator's shared Directory, its request log and server
// (owned by whoever runs the emulator), and the console's own editor and document over them.
class ConsoleSession final : public QObject
{
    Q_OBJECT

public:
    ConsoleSession(Directory *directory, RequestLog *requestLog, EmulatorServer *server,
                   QObject *parent = nullptr);

    Directory *directory() const { return m_directory; }
    RequestLog *requestLog() const { return m_requestLog; }
    EmulatorServer *server() const { return m_server; }
    DirectoryEditor *editor() const { return m_editor; }
    SeedDocument *document() const { return m_document; }

private:
    Directory *const m_directory;
    RequestLog *const m_requestLog;
    EmulatorServer *const m_server;
    DirectoryEditor *const m_editor;
    SeedDocument *const m_document;
};

} // namespace foundry::ui
