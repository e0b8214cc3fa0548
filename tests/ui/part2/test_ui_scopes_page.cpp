// The Scopes page in the main window, offscreen: the catalogue with what each scope unlocks,
// the detail of the selected scope (which applications allow, keep or filter it out), the
// filter, and live updates when an application's scope restrictions change.
#include "AdminPageFixture.h"
#include "ScopeCatalog.h"
#include "ScopeTableModel.h"
#include "ScopesPage.h"

#include <QLabel>
#include <QLineEdit>

using namespace foundry;
using namespace foundry::ui;
using namespace foundry::test;

class TestScopesPage : public QObject, AdminPageFixture
{
    Q_OBJECT

    ScopesPage *m_page = nullptr;

private Q_SLOTS:
    void init()
    {
        setUpWindow(QStringLiteral("test_ui_scopes_page"));
        m_page = showPage<ScopesPage>(QStringLiteral("scopesPage"));
    }
    void cleanup() { tearDownWindow(); }

    void detail_showsWhatTheScopeUnlocksAndWhoUsesIt()
    {
        QCOMPARE(m_page->badgeCount(), int(auth::ScopeCatalog::entries().size()) + 1);
        QVERIFY(clickRow(m_page, QStringLiteral("api:ontologies-read")));
        QCOMPARE(find<QLabel>(QStringLiteral("scopeDetailTitle"))->text(),
                 QStringLiteral("api:ontologies-read"));
        QCOMPARE(find<QLabel>(QStringLiteral("scopeUnlocksLabel"))->text(),
                 auth::ScopeCatalog::find(QStringLiteral("api:ontologies-read"))->description);
        QCOMPARE(find<QLabel>(QStringLiteral("scopeAllowedByLabel"))->text(),
                 QStringLiteral("Portal"));
        QCOMPARE(find<QLabel>(QStringLiteral("scopeRestrictedToLabel"))->text(),
                 QStringLiteral("ETL Pipeline"));
        QCOMPARE(find<QLabel>(QStringLiteral("scopeFilteredOutByLabel"))->text(),
                 QStringLiteral("no application"));
    }

    void keyboard_filterThenTable()
    {
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *filter = find<QLineEdit>(QStringLiteral("scopesFilterEdit"));
        QVERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("preregister"));
        QTRY_COMPARE(m_page->proxy()->rowCount(), 2);
        QTest::keyClick(filter, Qt::Key_Tab);
        QVERIFY(m_page->table()->hasFocus());
        QTest::keyClick(m_page->table(), Qt::Key_Down);
        QVERIFY(find<QLabel>(QStringLiteral("scopeDetailTitle"))
                    ->text()
                    .startsWith(QStringLiteral("multipass:preregister-")));
    }

    void clientChange_updatesTheShownScope()
    {
        QVERIFY(clickRow(m_page, QStringLiteral("api:admin-write")));
        QCOMPARE(find<QLabel>(QStringLiteral("scopeFilteredOutByLabel"))->text(),
                 QStringLiteral("ETL Pipeline"));
        OAuthClient etl = *directory().oauthClient(QStringLiteral("etl"));
        etl.scopeRestrictions->append(QStringLiteral("api:admin-write"));
        QVERIFY(directory().updateOAuthClient(etl.clientId, etl));
        QTRY_COMPARE(find<QLabel>(QStringLiteral("scopeRestrictedToLabel"))->text(),
                     QStringLiteral("ETL Pipeline"));
        QCOMPARE(find<QLabel>(QStringLiteral("scopeFilteredOutByLabel"))->text(),
                 QStringLiteral("no application"));
    }
};

QTEST_MAIN(TestScopesPage)
#include "test_ui_scopes_page.moc"
