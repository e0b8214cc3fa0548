// Emulator control: stop, start and restart the live server; a taken port gets a message and,
// when accepted, a free port; a non-loopback address needs a confirmation; the settings dialog
// changes the token lifetime as an undoable edit; the status bar shows the state.
#include "ConsoleTestHarness.h"
#include "DialogSeams.h"
#include "EmulatorController.h"
#include "EmulatorSettingsDialog.h"
#include "EmulatorTrayIcon.h"
#include "MainWindow.h"
#include "SeedDocument.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStatusBar>
#include <QTcpServer>
#include <QToolButton>
#include <QUndoStack>

using namespace foundry;
using namespace foundry::ui;
using namespace foundry::test;

class TestEmulatorController : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConsoleTestHarness> m_h;
    std::unique_ptr<QWidget> m_window;
    EmulatorController *m_controller = nullptr;

    ServerOptions currentOptions() const
    {
        ServerOptions options;
        options.port = m_h->server->port();
        return options;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_h = std::make_unique<ConsoleTestHarness>();
        m_window = std::make_unique<QWidget>();
        m_controller = new EmulatorController(m_h->server.get(), currentOptions(), m_window.get());
        MessageBox::resetQuestionCount();
    }
    void cleanup()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        m_window.reset();
        m_h.reset();
    }

    void stopStartRestart()
    {
        QCOMPARE(m_controller->state(), EmulatorController::State::Listening);
        QVERIFY(!m_controller->startAction()->isEnabled());
        const quint16 port = m_h->server->port();
        m_controller->stopAction()->trigger();
        QCOMPARE(m_controller->state(), EmulatorController::State::Stopped);
        QCOMPARE(m_controller->stateText(), QStringLiteral("Stopped"));
        QCOMPARE(m_h->me("alice-token").status, 0); // nobody answers
        QVERIFY(m_controller->startAction()->isEnabled());

        m_controller->startAction()->trigger();
        QTRY_COMPARE(m_controller->state(), EmulatorController::State::Listening);
        QCOMPARE(m_h->server->port(), port);
        QCOMPARE(m_h->me("alice-token").status, 200);

        m_controller->restartAction()->trigger();
        QCOMPARE(m_controller->state(), EmulatorController::State::Starting);
        QTRY_COMPARE(m_controller->state(), EmulatorController::State::Listening);
        QCOMPARE(m_h->me("alice-token").status, 200);
    }

    void takenPort_offersAFreeOne()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        QVERIFY(EmulatorController::isPortTaken(QHostAddress::LocalHost, squatter.serverPort()));
        ServerOptions options = m_controller->options();
        options.port = squatter.serverPort();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(m_controller->apply(options));
        QTRY_COMPARE(MessageBox::questionCount(), 1); // "Port … is in use"
        QTRY_COMPARE(m_controller->state(), EmulatorController::State::Listening);
        QVERIFY(m_h->server->port() != squatter.serverPort());
        m_h->base = m_h->server->url();
        QCOMPARE(m_h->me("alice-token").status, 200);
    }

    void takenPort_declined_staysStoppedWithTheReason()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        ServerOptions options = m_controller->options();
        options.port = squatter.serverPort();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(m_controller->apply(options));
        QTRY_COMPARE(m_controller->state(), EmulatorController::State::Failed);
        QVERIFY(m_controller->stateText().startsWith(QLatin1String("Not listening: ")));
        QVERIFY(m_controller->startAction()->isEnabled());
    }

    void nonLoopbackAddress_needsConfirmation()
    {
        ServerOptions options = m_controller->options();
        options.host = QHostAddress(QStringLiteral("0.0.0.0"));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!m_controller->apply(options));
        QCOMPARE(MessageBox::questionCount(), 1);
        QCOMPARE(m_controller->options().host, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(m_controller->state(), EmulatorController::State::Listening);
    }

    void settingsDialog_tokenLifetimeIsUndoable_badAddressRefused()
    {
        SeedDocument *document = m_h->session->document();
        EmulatorSettingsDialog dialog(m_controller, m_h->session->editor(), document->undoStack());
        dialog.lifetimeBox()->setValue(120);
        QVERIFY(dialog.applyChanges());
        QCOMPARE(m_h->directory->tokenLifetimeSeconds(), 120);
        const HttpReply token = m_h->clientCredentials("etl:etl-secret");
        QCOMPARE(token.json().value(QStringLiteral("expires_in")).toInt(), 120);
        QVERIFY(document->isModified());
        document->undoStack()->undo();
        QCOMPARE(m_h->directory->tokenLifetimeSeconds(), 3600);

        dialog.hostEdit()->setText(QStringLiteral("not-an-address"));
        QVERIFY(!dialog.applyChanges());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("emulatorSettingsError"))
                    ->text()
                    .contains(QLatin1String("not an IP address")));
    }

    void settingsDialog_newPort_restartsThere()
    {
        const quint16 free = EmulatorSettingsDialog::findFreePort();
        QVERIFY(free != 0);
        EmulatorSettingsDialog dialog(m_controller, m_h->session->editor(),
                                      m_h->session->document()->undoStack());
        dialog.portBox()->setValue(free);
        QVERIFY(dialog.applyChanges());
        QTRY_COMPARE(m_controller->state(), EmulatorController::State::Listening);
        QCOMPARE(m_h->server->port(), free);
    }

    void statusBar_showsStopped_trayIconIsOptIn()
    {
        m_window.reset();
        MainWindow window(m_h->session.get());
        EmulatorController controller(m_h->server.get(), currentOptions(), &window);
        EmulatorTrayIcon tray(&controller, &window);
        QVERIFY(!tray.toggleAction()->isChecked()); // off unless chosen
        auto *url = window.statusBar()->findChild<QToolButton *>(QStringLiteral("serverUrlButton"));
        QVERIFY(url->text().startsWith(QLatin1String("Listening on")));
        controller.stop();
        QCOMPARE(url->text(), QStringLiteral("Not listening: stopped"));
        QVERIFY(tray.toolTip().endsWith(QLatin1String("Stopped")));
        controller.start();
        QTRY_VERIFY(url->text().startsWith(QLatin1String("Listening on")));
    }
};

QTEST_MAIN(TestEmulatorController)
#include "test_ui_emulator_controller.moc"
