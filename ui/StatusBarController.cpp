#include "StatusBarController.h"

#include "ConsoleSession.h"
#include "EmulatorServer.h"
#include "RequestLog.h"
#include "SeedDocument.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QStatusBar>
#include <QToolButton>

namespace foundry::ui {

StatusBarController::StatusBarController(ConsoleSession *session, QStatusBar *bar)
    : QObject(bar), m_session(session), m_bar(bar), m_url(new QToolButton(bar)),
      m_requests(new QLabel(bar)), m_document(new QLabel(bar))
{
    m_url->setObjectName(QStringLiteral("serverUrlButton"));
    m_url->setAutoRaise(true);
    m_url->setToolTip(tr("Click to copy the emulator's URL"));
    m_requests->setObjectName(QStringLiteral("requestCountLabel"));
    m_document->setObjectName(QStringLiteral("documentLabel"));
    bar->addWidget(m_url);
    bar->addPermanentWidget(m_requests);
    bar->addPermanentWidget(m_document);

    EmulatorServer *server = session->server();
    connect(m_url, &QToolButton::clicked, this, [this] {
        EmulatorServer *server = m_session->server();
        if (!server->isListening())
            return;
        QApplication::clipboard()->setText(server->url().toString(QUrl::StripTrailingSlash));
        m_bar->showMessage(tr("Copied %1").arg(server->url().toString(QUrl::StripTrailingSlash)),
                           3000);
    });
    connect(server, &EmulatorServer::listening, this, [this] {
        m_failure.clear();
        updateServer();
    });
    connect(server, &EmulatorServer::stopped, this, [this] {
        m_failure = tr("stopped"); // until the next start reports
        updateServer();
    });
    connect(server, &EmulatorServer::startFailed, this, [this](const QString &message) {
        m_failure = message;
        updateServer();
    });
    connect(session->requestLog(), &RequestLog::entriesAdded, this,
            &StatusBarController::updateRequests);
    connect(session->document(), &SeedDocument::modifiedChanged, this,
            &StatusBarController::updateDocument);
    connect(session->document(), &SeedDocument::filePathChanged, this,
            &StatusBarController::updateDocument);
    updateServer();
    updateRequests();
    updateDocument();
}

void StatusBarController::updateServer()
{
    EmulatorServer *server = m_session->server();
    if (server->isListening())
        m_url->setText(tr("Listening on %1").arg(server->url().toString(QUrl::StripTrailingSlash)));
    else if (!m_failure.isEmpty())
        m_url->setText(tr("Not listening: %1").arg(m_failure));
    else
        m_url->setText(tr("Starting…"));
    m_url->setEnabled(server->isListening());
}

void StatusBarController::updateRequests()
{
    const quint64 count = m_session->requestLog()->lastSequence();
    m_requests->setText(count == 1 ? tr("1 request") : tr("%1 requests").arg(count));
}

void StatusBarController::updateDocument()
{
    const SeedDocument *document = m_session->document();
    m_document->setText(document->displayName() +
                        (document->isModified() ? tr(" (modified)") : QString()));
    m_document->setToolTip(document->filePath().isEmpty()
                               ? tr("Not saved yet")
                               : QDir::toNativeSeparators(document->filePath()));
}

} // namespace foundry::ui
