// The Third-party applications page in the main window, offscreen, over the emulator on an
// ephemeral port: the table toggle is live over HTTP and undoable, "New application" starts as
// Foundry's Developer Console does, the secret is masked with show/copy/regenerate, redirect
// URIs and client ids are validated inline, and the service principal link navigates.
#include "ApplicationDetailEditor.h"
#include "ApplicationTableModel.h"
#include "ApplicationsPage.h"
#include "ConsoleTestHarness.h"
#include "DialogSeams.h"
#include "MainWindow.h"
#include "NavigationList.h"
#include "SeedDocument.h"
#include "UsersPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

using namespace foundry;
using namespace foundry::ui;
using namespace foundry::test;

class TestApplicationsPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConsoleTestHarness> m_h;
    std::unique_ptr<MainWindow> m_window;

    template <typename T> T *find(const QString &name) const
    {
        T *widget = m_window->applicationsPage()->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    QTableView *table() const { return m_window->applicationsPage()->table(); }
    QUndoStack *stack() const { return m_h->session->document()->undoStack(); }
    OAuthClient client(const QString &id) const { return *m_h->directory->oauthClient(id); }

    QModelIndex rowOf(const QString &clientId) const
    {
        QAbstractItemModel *model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, ApplicationTableModel::Name);
            if (index.data(ApplicationTableModel::ClientIdRole).toString() == clientId)
                return index;
        }
        return {};
    }

    void select(const QString &clientId)
    {
        const QModelIndex index = rowOf(clientId);
        QVERIFY(index.isValid());
        table()->setFocus();
        table()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("foundry-console-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_ui_applications_page"));
    }

    void init()
    {
        m_h = std::make_unique<ConsoleTestHarness>();
        m_window = std::make_unique<MainWindow>(m_h->session.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->findChild<QStackedWidget *>(QStringLiteral("pageStack"))
                     ->currentWidget(),
                 m_window->applicationsPage());
    }

    void cleanup()
    {
        MessageBox::setNextAnswer(QMessageBox::Discard);
        m_window->close();
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        m_window.reset();
        m_h.reset();
    }

    void disableInTable_refusesItsGrant_andUndoRestores()
    {
        QCOMPARE(m_h->clientCredentials("etl:etl-secret").status, 200);
        select(QStringLiteral("etl"));
        QTest::keyClick(table(), Qt::Key_Space);
        QVERIFY(!client(QStringLiteral("etl")).enabled);
        QVERIFY(m_window->isWindowModified());
        const HttpReply refused = m_h->clientCredentials("etl:etl-secret");
        QCOMPARE(refused.status, 401);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(client(QStringLiteral("etl")).enabled);
        QCOMPARE(m_h->clientCredentials("etl:etl-secret").status, 200);
    }

    void newApplication_startsLikeTheDeveloperConsole()
    {
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        ApplicationDetailEditor *detail = m_window->applicationsPage()->detail();
        QVERIFY(detail->isCreating());
        auto *secret = find<QLineEdit>(QStringLiteral("secretEdit"));
        QVERIFY(!secret->text().isEmpty());
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QVERIFY(!find<QCheckBox>(QStringLiteral("osdkCheck"))->isChecked());
        QVERIFY(find<QCheckBox>(QStringLiteral("restrictScopesCheck"))->isChecked());
        QVERIFY(find<QLabel>(QStringLiteral("noScopeHint"))->isVisibleTo(detail));

        auto *name = find<QLineEdit>(QStringLiteral("applicationNameEdit"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Fleet Portal"));
        const QString clientId = find<QLineEdit>(QStringLiteral("clientIdEdit"))->text();
        QTest::mouseClick(find<QPushButton>(QStringLiteral("applyButton")), Qt::LeftButton);
        const std::optional<OAuthClient> created = m_h->directory->oauthClient(clientId);
        QVERIFY(created);
        QCOMPARE(created->name, QStringLiteral("Fleet Portal"));
        QVERIFY(created->isConfidential());
        QVERIFY(!created->osdk);
        QCOMPARE(created->scopeRestrictions, std::optional<QStringList>(QStringList()));
        QCOMPARE(stack()->undoText(), QStringLiteral("Add Fleet Portal"));
        QVERIFY(rowOf(clientId).isValid());

        // its first client-credentials token carries no scope, as the hint said
        const HttpReply token =
            m_h->clientCredentials(clientId.toUtf8() + ':' + created->clientSecret.toUtf8());
        QCOMPARE(token.status, 200);
        QCOMPARE(token.json().value(QStringLiteral("scope")).toString(), QString());
        // and the service principal it created is linked from the detail
        select(clientId);
        auto *link = find<QLabel>(QStringLiteral("servicePrincipalLink"));
        QTRY_VERIFY(link->text().contains(QStringLiteral("<a href")));
    }

    void secret_showCopyRegenerate()
    {
        select(QStringLiteral("reporting"));
        auto *secret = find<QLineEdit>(QStringLiteral("secretEdit"));
        QCOMPARE(secret->text(), QStringLiteral("reporting-secret"));
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QTest::mouseClick(find<QToolButton>(QStringLiteral("showSecretButton")), Qt::LeftButton);
        QCOMPARE(secret->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(find<QToolButton>(QStringLiteral("copySecretButton")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("reporting-secret"));

        QTest::mouseClick(find<QToolButton>(QStringLiteral("regenerateSecretButton")),
                          Qt::LeftButton);
        const QString fresh = client(QStringLiteral("reporting")).clientSecret;
        QVERIFY(fresh != QStringLiteral("reporting-secret"));
        QCOMPARE(fresh.size(), 48);
        QCOMPARE(secret->text(), fresh);
        QCOMPARE(stack()->undoText(), QStringLiteral("Regenerate secret of Reporting"));
        QCOMPARE(m_h->clientCredentials("reporting:reporting-secret").status, 401);
        QCOMPARE(m_h->clientCredentials("reporting:" + fresh.toUtf8()).status, 200);
        stack()->undo();
        QCOMPARE(client(QStringLiteral("reporting")).clientSecret,
                 QStringLiteral("reporting-secret"));
    }

    void invalidRedirectUri_andDuplicateClientId_areRefusedInline()
    {
        select(QStringLiteral("reporting"));
        auto *apply = find<QPushButton>(QStringLiteral("applyButton"));
        QTest::mouseClick(find<QToolButton>(QStringLiteral("addRedirectUriButton")),
                          Qt::LeftButton);
        auto *uris = find<QListWidget>(QStringLiteral("redirectUriList"));
        uris->currentItem()->setText(QStringLiteral("not a url"));
        QVERIFY(find<QLabel>(QStringLiteral("redirectUriError"))->isVisibleTo(m_window.get()));
        QVERIFY(!apply->isEnabled());
        uris->currentItem()->setText(QStringLiteral("https://reports.example.com/callback"));
        QVERIFY(apply->isEnabled());

        auto *clientId = find<QLineEdit>(QStringLiteral("clientIdEdit"));
        clientId->selectAll();
        QTest::keyClicks(clientId, QStringLiteral("etl"));
        QVERIFY(!apply->isEnabled());
        QVERIFY(find<QLabel>(QStringLiteral("clientIdError"))->text().contains(QStringLiteral("etl")));
        clientId->selectAll();
        QTest::keyClicks(clientId, QStringLiteral("reports"));
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(!m_h->directory->oauthClient(QStringLiteral("reporting")));
        QCOMPARE(client(QStringLiteral("reports")).redirectUris,
                 QStringList{QStringLiteral("https://reports.example.com/callback")});
        QCOMPARE(stack()->count(), 1);
        stack()->undo();
        QVERIFY(m_h->directory->oauthClient(QStringLiteral("reporting")));
    }

    void scopeRestrictions_edit_andGrants()
    {
        select(QStringLiteral("etl"));
        auto *restrict = find<QCheckBox>(QStringLiteral("restrictScopesCheck"));
        QVERIFY(!restrict->isChecked());
        restrict->setChecked(true);
        auto *hint = find<QLabel>(QStringLiteral("noScopeHint"));
        QVERIFY(hint->isVisibleTo(m_window.get()));
        auto *scopes = find<QLineEdit>(QStringLiteral("scopeRestrictionsText"));
        QTest::keyClicks(scopes, QStringLiteral("api:admin-read"));
        QVERIFY(!hint->isVisibleTo(m_window.get()));
        find<QCheckBox>(QStringLiteral("grantAuthorizationCode"))->setChecked(true);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("applyButton")), Qt::LeftButton);
        const OAuthClient etl = client(QStringLiteral("etl"));
        QCOMPARE(etl.scopeRestrictions,
                 std::optional<QStringList>(QStringList{QStringLiteral("api:admin-read")}));
        QVERIFY(etl.grantTypes.contains(grants::kAuthorizationCode));
        const HttpReply token = m_h->clientCredentials("etl:etl-secret");
        QCOMPARE(token.json().value(QStringLiteral("scope")).toString(),
                 QStringLiteral("api:admin-read"));
    }

    void servicePrincipalLink_opensItsPage()
    {
        select(QStringLiteral("etl"));
        auto *link = find<QLabel>(QStringLiteral("servicePrincipalLink"));
        QVERIFY(link->text().contains(QStringLiteral("svc-etl")));
        Q_EMIT link->linkActivated(m_h->idOf(QStringLiteral("svc-etl")));
        QCOMPARE(m_window->findChild<QStackedWidget *>(QStringLiteral("pageStack"))
                     ->currentWidget(),
                 m_window->servicePrincipalsPage());
        QCOMPARE(m_window->servicePrincipalsPage()->selectedUsers().size(), 1);
    }

    void bulkDelete_isOneStep_andBadgeFollows()
    {
        QCOMPARE(m_window->navigation()->badgeCount(2), 2);
        table()->setFocus();
        table()->selectAll();
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(m_h->directory->oauthClientCount(), 0);
        QCOMPARE(m_window->navigation()->badgeCount(2), 0);
        QCOMPARE(stack()->count(), 1);
        stack()->undo();
        QCOMPARE(m_window->navigation()->badgeCount(2), 2);
    }
};

QTEST_MAIN(TestApplicationsPage)
#include "test_ui_applications_page.moc"
