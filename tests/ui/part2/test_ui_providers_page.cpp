// The Authentication providers page in the main window, offscreen, over the emulator: the
// protocol switch and its fields, hosts and username patterns (an invalid pattern refused),
// undoable edits the Admin API sees; and "Preregister user…", which runs the same function as
// the preregisterUser endpoint: the pattern rule, the new user in the Users data, idempotence
// shared with the API, and undo.
#include "AdminPageFixture.h"
#include "PreregisterUserDialog.h"
#include "ProviderDetailEditor.h"
#include "ProviderTableModel.h"
#include "ProvidersPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>

using namespace foundry;
using namespace foundry::ui;
using namespace foundry::test;

namespace {
const QString kOkta = QStringLiteral("ri.control-panel.main.saml.okta");
const QString kEntra = QStringLiteral("ri.control-panel.main.oidc.entra");
const QString kAcme = QStringLiteral("ri.organization.main.organization.acme");
} // namespace

class TestProvidersPage : public QObject, AdminPageFixture
{
    Q_OBJECT

    ProvidersPage *m_page = nullptr;

    AuthenticationProvider provider(const QString &rid) const
    {
        return *directory().authenticationProvider(rid);
    }
    QJsonObject providerOverHttp(const QString &rid)
    {
        return admin("GET",
                     QStringLiteral(
                         "/api/v2/admin/enrollments/%1/authenticationProviders/%2?preview=true")
                         .arg(directory().enrollment().rid, rid))
            .json();
    }
    PreregisterUserDialog *openPreregister()
    {
        QTest::mouseClick(find<QToolButton>(QStringLiteral("providersPreregisterButton")),
                          Qt::LeftButton);
        return m_page->findChild<PreregisterUserDialog *>(QStringLiteral("preregisterDialog"));
    }

private Q_SLOTS:
    void init()
    {
        setUpWindow(QStringLiteral("test_ui_providers_page"));
        m_page = showPage<ProvidersPage>(QStringLiteral("providersPage"));
    }
    void cleanup() { tearDownWindow(); }

    void protocolFields_followTheSelection()
    {
        QVERIFY(clickRow(m_page, kEntra));
        auto *fields = find<QStackedWidget>(QStringLiteral("providerProtocolFields"));
        QCOMPARE(find<QComboBox>(QStringLiteral("providerProtocolCombo"))->currentText(),
                 QStringLiteral("OIDC"));
        QCOMPARE(fields->currentIndex(), 1);
        QCOMPARE(find<QLineEdit>(QStringLiteral("providerIssuerEdit"))->text(),
                 QStringLiteral("https://login.partner.example"));
        QVERIFY(clickRow(m_page, kOkta));
        QCOMPARE(fields->currentIndex(), 0);
        QCOMPARE(find<QLineEdit>(QStringLiteral("providerEntityIdEdit"))->text(),
                 QStringLiteral("http://www.okta.com/acme"));
    }

    void edit_patternsAndHosts_isUndoable_andLive()
    {
        QVERIFY(clickRow(m_page, kOkta));
        auto *patterns = find<QPlainTextEdit>(QStringLiteral("providerPatternsEdit"));
        auto *apply = find<QPushButton>(QStringLiteral("providerApplyButton"));
        patterns->setFocus();
        patterns->selectAll();
        QTest::keyClicks(patterns, QStringLiteral("([unclosed"));
        QVERIFY(!apply->isEnabled());
        QVERIFY(find<QLabel>(QStringLiteral("providerError"))
                    ->text()
                    .contains(QStringLiteral("not a valid regular expression")));
        patterns->selectAll();
        QTest::keyClicks(patterns, QStringLiteral(".*@acme\\.example"));
        QTest::keyClick(patterns, Qt::Key_Return);
        QTest::keyClicks(patterns, QStringLiteral("svc-.*"));
        auto *hosts = find<QPlainTextEdit>(QStringLiteral("providerHostsEdit"));
        hosts->setFocus();
        QTest::keyClick(hosts, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(hosts, Qt::Key_Return);
        QTest::keyClicks(hosts, QStringLiteral("acme2.localhost"));
        QTest::mouseClick(find<QCheckBox>(QStringLiteral("providerEnabledCheck")), Qt::LeftButton);
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);

        const AuthenticationProvider changed = provider(kOkta);
        QCOMPARE(changed.supportedUsernamePatterns,
                 (QStringList{QStringLiteral(".*@acme\\.example"), QStringLiteral("svc-.*")}));
        QCOMPARE(changed.supportedHosts, (QStringList{QStringLiteral("acme.localhost"),
                                                      QStringLiteral("acme2.localhost")}));
        QVERIFY(!changed.enabled);
        const QJsonObject json = providerOverHttp(kOkta);
        QCOMPARE(json.value(QStringLiteral("enabled")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("supportedUsernamePatterns")).toArray().size(), 2);
        QCOMPARE(stack()->undoText(), QStringLiteral("Edit provider Acme Okta"));
        QVERIFY(window->isWindowModified());

        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(provider(kOkta).enabled);
        QCOMPARE(find<QPlainTextEdit>(QStringLiteral("providerPatternsEdit"))->toPlainText(),
                 QStringLiteral(".*@acme\\.example"));
    }

    void switchProtocol_toOidc_keepsTheFields()
    {
        QVERIFY(clickRow(m_page, kOkta));
        auto *combo = find<QComboBox>(QStringLiteral("providerProtocolCombo"));
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(find<QStackedWidget>(QStringLiteral("providerProtocolFields"))->currentIndex(), 1);
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("providerIssuerEdit")),
                         QStringLiteral("https://acme.okta.example"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("providerApplyButton")), Qt::LeftButton);
        QCOMPARE(provider(kOkta).protocol, ProviderProtocol::Oidc);
        QCOMPARE(providerOverHttp(kOkta)
                     .value(QStringLiteral("protocol"))
                     .toObject()
                     .value(QStringLiteral("type"))
                     .toString(),
                 QStringLiteral("oidc"));
    }

    void preregister_patternRule_fromTheSharedFunction()
    {
        QVERIFY(clickRow(m_page, kOkta));
        PreregisterUserDialog *dialog = openPreregister();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *username = dialog->findChild<QLineEdit *>(QStringLiteral("preregisterUsernameEdit"));
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("preregisterMessage"));
        QTest::keyClicks(username, QStringLiteral("mallory@evil.example"));
        QVERIFY(message->text().contains(QStringLiteral("matches none")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("preregisterButton")),
                          Qt::LeftButton);
        QCOMPARE(dialog->outcome().failure, auth::Preregistration::Failure::UsernameNotAllowed);
        QVERIFY(dialog->isVisible());
        QVERIFY(!directory().userByUsername(QStringLiteral("mallory@evil.example")));
        QCOMPARE(stack()->count(), 0);
        dialog->reject();
    }

    void preregister_createsTheUser_likeTheApi_andUndoes()
    {
        QVERIFY(clickRow(m_page, kOkta));
        PreregisterUserDialog *dialog = openPreregister();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("preregisterUsernameEdit")),
                         QStringLiteral("dan@acme.example"));
        auto *organization =
            dialog->findChild<QComboBox *>(QStringLiteral("preregisterOrganizationCombo"));
        organization->setCurrentIndex(organization->findData(kAcme));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("preregisterGivenNameEdit")),
                         QStringLiteral("Dan"));
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("preregisterEmailEdit")),
                        Qt::Key_Return); // the default button
        QTRY_VERIFY(!dialog->isVisible() || dialog->result() == QDialog::Accepted);

        const std::optional<User> dan =
            directory().userByUsername(QStringLiteral("dan@acme.example"));
        QVERIFY(dan);
        QVERIFY(dan->preregistered);
        QCOMPARE(dan->realm, QStringLiteral("acme-realm"));
        QCOMPARE(dan->organizationRid, kAcme);
        QCOMPARE(dan->givenName, QStringLiteral("Dan"));
        QCOMPARE(stack()->undoText(), QStringLiteral("Preregister dan@acme.example"));
        QVERIFY(window->isWindowModified());

        // The endpoint answers with the same id: the same rule, idempotent.
        const HttpReply again =
            admin("POST",
                  QStringLiteral("/api/v2/admin/enrollments/%1/authenticationProviders/%2/"
                                 "preregisterUser?preview=true")
                      .arg(directory().enrollment().rid, kOkta),
                  QStringLiteral(R"({"username": "dan@acme.example", "organization": "%1"})")
                      .arg(kAcme)
                      .toUtf8());
        QCOMPARE(again.status, 200);
        QCOMPARE(QJsonDocument::fromJson("[" + again.body + "]").array().first().toString(),
                 dan->id);

        // The offscreen platform does not hand activation back when the dialog closes.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!directory().userByUsername(QStringLiteral("dan@acme.example")));
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(directory().userByUsername(QStringLiteral("dan@acme.example"))->id, dan->id);
    }

    void newProvider_createdWithAProtocolRid_andDeletedWithUndo()
    {
        QTest::mouseClick(find<QToolButton>(QStringLiteral("providersNewButton")), Qt::LeftButton);
        auto *name = find<QLineEdit>(QStringLiteral("providerNameEdit"));
        QVERIFY(!find<QPushButton>(QStringLiteral("providerApplyButton"))->isEnabled() ||
                name->text().isEmpty());
        QTest::keyClicks(name, QStringLiteral("Corp SSO"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("providerApplyButton")), Qt::LeftButton);
        QTRY_COMPARE(m_page->model()->rowCount(), 3);
        const QString rid = find<QLineEdit>(QStringLiteral("providerRidEdit"))->text();
        QVERIFY2(rid.startsWith(QStringLiteral("ri.control-panel.main.saml.")), qPrintable(rid));
        QCOMPARE(providerOverHttp(rid).value(QStringLiteral("name")).toString(),
                 QStringLiteral("Corp SSO"));

        QTest::keyClick(m_page->table(), Qt::Key_Delete);
        QVERIFY(!directory().authenticationProvider(rid));
        stack()->undo();
        QVERIFY(directory().authenticationProvider(rid));
    }
};

QTEST_MAIN(TestProvidersPage)
#include "test_ui_providers_page.moc"
