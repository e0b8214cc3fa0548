// The Tokens dock over the live emulator: a token issued over HTTP appears by itself; Revoke in
// the dock makes the next API call with it fail; Copy token and Copy curl give working
// credentials; "Issue token…" from the dock and from a selected user row.
#include "ApplicationsPage.h"
#include "ConsoleTestHarness.h"
#include "ConsoleTools.h"
#include "IssueTokenDialog.h"
#include "MainWindow.h"
#include "NavigationList.h"
#include "TokenTableModel.h"
#include "TokensDock.h"
#include "UsersPage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QProcess>
#include <QTableView>

using namespace foundry;
using namespace foundry::ui;
using namespace foundry::test;

class TestTokensDock : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConsoleTestHarness> m_h;
    std::unique_ptr<TokensDock> m_dock;

    QString clientToken(const QByteArray &idAndSecret)
    {
        const HttpReply reply = m_h->clientCredentials(idAndSecret);
        [&] { QCOMPARE(reply.status, 200); }();
        return reply.json().value(QStringLiteral("access_token")).toString();
    }
    void selectRowOfClient(const QString &clientId)
    {
        QAbstractItemModel *model = m_dock->view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, TokenTableModel::ClientColumn).data().toString() == clientId) {
                m_dock->view()->selectRow(row);
                return;
            }
        }
        QFAIL("no token row for the client");
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_h = std::make_unique<ConsoleTestHarness>();
        m_dock = std::make_unique<TokensDock>(&m_h->services->oauth.tokens(), m_h->directory.get(),
                                              m_h->server.get());
        m_dock->show();
    }
    void cleanup()
    {
        m_dock.reset();
        m_h.reset();
    }

    void revokeInTheDock_nextApiCallFails()
    {
        const QString token = clientToken("etl:etl-secret");
        QTRY_COMPARE(m_dock->model()->rowCount(), 1);
        QCOMPARE(m_dock->model()->index(0, TokenTableModel::PrincipalColumn).data().toString(),
                 QStringLiteral("svc-etl"));
        QCOMPARE(m_h->me(token.toUtf8()).status, 200);

        selectRowOfClient(QStringLiteral("etl"));
        QVERIFY(m_dock->revokeAction()->isEnabled());
        m_dock->revokeAction()->trigger();
        QCOMPARE(m_dock->model()->index(0, TokenTableModel::StateColumn).data().toString(),
                 QStringLiteral("revoked"));
        QVERIFY(!m_dock->revokeAction()->isEnabled());
        const HttpReply after = m_h->me(token.toUtf8());
        QCOMPARE(after.status, 401);
    }

    void copyToken_andCopyCurl_work()
    {
        const QString token = clientToken("reporting:reporting-secret");
        QTRY_COMPARE(m_dock->model()->rowCount(), 1);
        selectRowOfClient(QStringLiteral("reporting"));
        m_dock->copyTokenAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(), token);

        m_dock->copyCurlAction()->trigger();
        const QString curl = QApplication::clipboard()->text();
        QVERIFY(curl.contains(token));
        QVERIFY(curl.contains(m_h->base.toString(QUrl::StripTrailingSlash) +
                              QStringLiteral("/multipass/api/me")));
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            QSKIP("curl is not installed: the line was checked, not run");
        // The line as a person would paste it into a shell.
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), curl});
        QTRY_VERIFY_WITH_TIMEOUT(shell.state() == QProcess::NotRunning, 10000);
        QVERIFY(shell.readAllStandardOutput().contains("\"username\":\"reporting\""));
    }

    void issueToken_forAUser_worksAtOnce()
    {
        IssueTokenDialog::answerNextWith([this](IssueTokenDialog &dialog) {
            dialog.presetUser(m_h->idOf(QStringLiteral("alice")));
            dialog.presetClient(QStringLiteral("reporting"), false);
            dialog.setScopes(QStringLiteral("api:admin-read"));
            return true;
        });
        const QString token = m_dock->issueToken();
        QVERIFY(!token.isEmpty());
        QVERIFY(QApplication::clipboard()->text().startsWith(token + u'\n'));
        const HttpReply me = m_h->me(token.toUtf8());
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
        QCOMPARE(m_dock->model()->rowCount(), 1);
        QCOMPARE(m_dock->model()->index(0, TokenTableModel::ScopesColumn).data().toString(),
                 QStringLiteral("api:admin-read"));
    }

    void issueToken_cancelled_issuesNothing()
    {
        IssueTokenDialog::answerNextWith([](IssueTokenDialog &) { return false; });
        QVERIFY(m_dock->issueToken().isEmpty());
        QCOMPARE(m_h->services->oauth.tokens().size(), 0);
    }

    void issueToken_fromUserRow_andFromServicePrincipalRow()
    {
        m_dock.reset();
        m_h->session->setOAuthService(&m_h->services->oauth);
        MainWindow window(m_h->session.get());
        auto *tools = window.findChild<ConsoleTools *>(); // MainWindow installs them
        window.show();
        tools->tokensDock()->hide();
        window.findChild<QAction *>(QStringLiteral("actionToggleTokensShow"))->trigger();
        QVERIFY(tools->tokensDock()->isVisible()); // the shortcut shows it, never hides it
        window.findChild<QAction *>(QStringLiteral("actionToggleTokensShow"))->trigger();
        QVERIFY(tools->tokensDock()->isVisible());
        QVERIFY(window.usersPage()->selectUser(m_h->idOf(QStringLiteral("bob"))));
        IssueTokenDialog::answerNextWith([](IssueTokenDialog &) { return true; });
        const QString bobToken = tools->issueTokenForSelection();
        QCOMPARE(m_h->me(bobToken.toUtf8()).json().value(QStringLiteral("username")).toString(),
                 QStringLiteral("bob"));

        // A service principal with a client gets a client-credentials token.
        window.navigation()->setCurrentRow(1);
        QVERIFY(window.servicePrincipalsPage()->selectUser(m_h->idOf(QStringLiteral("svc-etl"))));
        IssueTokenDialog::answerNextWith([](IssueTokenDialog &) { return true; });
        const QString serviceToken = tools->issueTokenForSelection();
        QCOMPARE(m_h->me(serviceToken.toUtf8()).json().value(QStringLiteral("username")).toString(),
                 QStringLiteral("svc-etl"));
        // An application row: a client-credentials token for that client.
        window.showPage(window.applicationsPage());
        QVERIFY(window.applicationsPage()->selectClient(QStringLiteral("reporting")));
        IssueTokenDialog::answerNextWith([](IssueTokenDialog &) { return true; });
        const QString clientToken = tools->issueTokenForSelection();
        QCOMPARE(m_h->me(clientToken.toUtf8()).json().value(QStringLiteral("username")).toString(),
                 QStringLiteral("reporting")); // its service principal, created on first use
        QTRY_COMPARE(tools->tokensDock()->model()->rowCount(), 3);
        QCOMPARE(
            tools->tokensDock()->model()->index(1, TokenTableModel::ClientColumn).data().toString(),
            QStringLiteral("etl"));
    }
};

QTEST_MAIN(TestTokensDock)
#include "test_ui_tokens_dock.moc"
