#pragma once

#include <QObject>

class QLabel;
class QStatusBar;
class QToolButton;

namespace foundry::ui {

class ConsoleSession;

// Fills the status bar: the emulator's state and URL (click copies it), the request count, and
// the seed file's name with a modified marker.
class StatusBarController final : public QObject
{
    Q_OBJECT

public:
    StatusBarController(ConsoleSession *session, QStatusBar *bar);

private:
    void updateServer();
    void updateRequests();
    void updateDocument();

    ConsoleSession *const m_session;
    QStatusBar *const m_bar;
    QToolButton *m_url;
    QLabel *m_requests;
    QLabel *m_document;
    QString m_failure;
};

} // namespace foundry::ui
