// The guided preregistration demo against the live emulator: every HTTP step is a real request
// to the running server (it is in the request log), the calls fail for the two documented
// reasons, the fixes are undoable console edits, and the last call preregisters a user who then
// shows up in the Users page.
#include "ConsoleTestHarness.h"
#include "ConsoleTools.h"
#include "MainWindow.h"
#include "PreregistrationDemo.h"
#include "PreregistrationDemoDock.h"
#include "SeedDocument.h"
#include "UserTableModel.h"
#include "UsersPage.h"

#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>

using namespace foundry;
using namespace foundry::ui;
using namespace foundry::test;

namespace {
const char *kDemoSeed = R"(tokens:
  admin-token: {login: admin, scopes: [api:admin-read, api:admin-write]}
foundry:
  users:
    - username: alice
  authentication_providers:
    - rid: ri.control-panel.main.saml.3faf689c-eaa1-4137-851f-81d58afe4c86
      name: Company SSO
      realm: company-realm
      supported_username_patterns: ['.*@example\.com']
)";
using Step = PreregistrationDemo::Step;
} // namespace

class TestPreregistrationDemo : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConsoleTestHarness> m_h;

    int logged(const QString &pathPart) const
    {
        int count = 0;
        for (const RequestLogEntry &entry : m_h->log.entries())
            count += entry.path.contains(pathPart) ? 1 : 0;
        return count;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_h = std::make_unique<ConsoleTestHarness>(kDemoSeed); }
    void cleanup() { m_h.reset(); }

    void stepByStep_failsTwiceThenSucceeds_overRealHttp()
    {
        PreregistrationDemo demo(m_h->session->editor(), m_h->session->document()->undoStack(),
                                 m_h->server.get());
        QVERIFY2(demo.problem().isEmpty(), qPrintable(demo.problem()));
        QCOMPARE(demo.username(), QStringLiteral("new.hire@example.com"));

        demo.runNext(); // the application, a console edit
        QCOMPARE(demo.nextStep(), int(Step::RequestToken));
        const auto app = m_h->directory->oauthClient(PreregistrationDemo::kClientId);
        QVERIFY(app);
        QVERIFY(app->isConfidential());
        QVERIFY(!app->osdk);
        QVERIFY(app->scopeRestrictions && app->scopeRestrictions->isEmpty());

        demo.runNext();
        QTRY_COMPARE(demo.nextStep(), int(Step::PreregisterFiltered));
        QVERIFY(demo.record(int(Step::RequestToken)).response.contains(QLatin1String("HTTP 200")));
        QVERIFY(
            !demo.record(int(Step::RequestToken)).response.contains(QLatin1String("foundry_")) ||
            demo.record(int(Step::RequestToken)).response.contains(QStringLiteral("…")));

        demo.runNext();
        QTRY_COMPARE(demo.nextStep(), int(Step::AddScope));
        const PreregistrationDemo::Record &filtered = demo.record(int(Step::PreregisterFiltered));
        QVERIFY(filtered.asExpected);
        QVERIFY(filtered.response.startsWith(QLatin1String("HTTP 403")));
        QVERIFY(filtered.response.contains(QLatin1String("ApiUsageDenied")));
        QVERIFY(filtered.request.contains(QLatin1String("/preregisterUser?preview=true")));
        QVERIFY(filtered.request.contains(QLatin1String("Bearer foundry_")));

        demo.runNext(); // the scope
        QCOMPARE(m_h->directory->oauthClient(PreregistrationDemo::kClientId)->scopeRestrictions,
                 QStringList{QStringLiteral("multipass:preregister-user")});
        demo.runNext();
        QTRY_COMPARE(demo.nextStep(), int(Step::PreregisterNoRole));
        demo.runNext();
        QTRY_COMPARE(demo.nextStep(), int(Step::GrantRole));
        QVERIFY(demo.record(int(Step::PreregisterNoRole))
                    .response.contains(QLatin1String("PreregisterUserPermissionDenied")));
        QVERIFY(!m_h->directory->userByUsername(demo.username()));

        demo.runNext(); // the role
        demo.runNext();
        QTRY_VERIFY(demo.isDone());
        const PreregistrationDemo::Record &created = demo.record(int(Step::PreregisterSucceeds));
        QVERIFY2(created.asExpected, qPrintable(created.response));
        QVERIFY(created.response.startsWith(QLatin1String("HTTP 200")));
        const auto user = m_h->directory->userByUsername(demo.username());
        QVERIFY(user);
        QCOMPARE(user->id, demo.createdUserId());
        QCOMPARE(user->realm, QStringLiteral("company-realm"));

        // Real requests to the running server, not direct calls.
        QTRY_COMPARE(logged(QStringLiteral("/preregisterUser")), 3);
        QCOMPARE(logged(QStringLiteral("/multipass/api/oauth2/token")), 2);

        // The fixes were console edits, undoable.
        QUndoStack *undo = m_h->session->document()->undoStack();
        QCOMPARE(undo->count(), 3);
        QVERIFY(undo->undoText().startsWith(QLatin1String("Grant users-and-groups-administrator")));
    }

    void panelRunAll_newUserAppearsInTheUsersPage()
    {
        MainWindow window(m_h->session.get());
        auto *tools = window.findChild<ConsoleTools *>(); // MainWindow installs them
        window.show();
        tools->demoDock()->show();
        auto *runAll =
            tools->demoDock()->findChild<QPushButton *>(QStringLiteral("demoRunAllButton"));
        runAll->click();
        QTRY_VERIFY_WITH_TIMEOUT(tools->demo()->isDone(), 15000);
        const QString username = tools->demo()->username();
        UserTableModel *users = window.usersPage()->model();
        bool listed = false;
        for (int row = 0; row < users->rowCount(); ++row)
            listed |= users->index(row, UserTableModel::Username).data().toString() == username;
        QVERIFY(listed);
        QCOMPARE(window.usersPage()->selectedUsers().size(), 1);
        QCOMPARE(window.usersPage()->selectedUsers().first().username, username);
        // The panel shows the last step's exchange.
        QCOMPARE(tools->demoDock()->steps()->currentRow(), int(Step::PreregisterSucceeds));
        QVERIFY(
            tools->demoDock()->responseView()->toPlainText().startsWith(QLatin1String("HTTP 200")));

        // Run again: a fresh username, and the leftover role is taken away so it fails again.
        tools->demoDock()->findChild<QPushButton *>(QStringLiteral("demoResetButton"))->click();
        QCOMPARE(tools->demo()->username(), QStringLiteral("new.hire2@example.com"));
        runAll->click();
        QTRY_VERIFY_WITH_TIMEOUT(tools->demo()->isDone(), 15000);
        QVERIFY(tools->demo()->record(int(Step::PreregisterNoRole)).asExpected);
    }

    void stoppedEmulator_saysSo()
    {
        m_h->server->stop();
        PreregistrationDemo demo(m_h->session->editor(), m_h->session->document()->undoStack(),
                                 m_h->server.get());
        demo.runNext();
        QCOMPARE(demo.nextStep(), 0);
        QVERIFY(demo.record(0).outcome.contains(QLatin1String("not listening")));
    }
};

QTEST_MAIN(TestPreregistrationDemo)
#include "test_ui_preregistration_demo.moc"
