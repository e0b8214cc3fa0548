// ScopeTableModel: the whole scope catalogue with what each unlocks, scopes that only clients
// name, and which clients allow, keep or filter out each scope; follows client changes and
// passes QAbstractItemModelTester.
#include "../ConsoleTestHarness.h"
#include "AdminTestSeed.h"
#include "ScopeCatalog.h"
#include "ScopeTableModel.h"

#include <QAbstractItemModelTester>

using namespace foundry;
using namespace foundry::ui;
using namespace foundry::test;

class TestScopeTableModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConsoleTestHarness> m_h;

    QString cell(const ScopeTableModel &model, const QString &scope, int column) const
    {
        return model.index(model.rowOf(scope), column).data().toString();
    }

private Q_SLOTS:
    void init() { m_h = std::make_unique<ConsoleTestHarness>(kAdminPagesSeed, false); }
    void cleanup() { m_h.reset(); }

    void rows_catalogueThenClientScopes()
    {
        ScopeTableModel model(m_h->directory.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int catalogue = int(auth::ScopeCatalog::entries().size());
        QCOMPARE(model.rowCount(), catalogue + 1); // custom:thing is named by etl
        QCOMPARE(model.rowOf(QStringLiteral("custom:thing")), catalogue);
        QCOMPARE(cell(model, QStringLiteral("custom:thing"), ScopeTableModel::Kind),
                 QStringLiteral("Not in the catalogue"));
        QCOMPARE(cell(model, QStringLiteral("multipass:preregister-user"), ScopeTableModel::Kind),
                 QStringLiteral("Admin operation"));
        QCOMPARE(cell(model, QStringLiteral("api:admin-read"), ScopeTableModel::Unlocks),
                 auth::ScopeCatalog::find(QStringLiteral("api:admin-read"))->description);
    }

    void clients_allowKeepOrFilterOut()
    {
        ScopeTableModel model(m_h->directory.get());
        const QString read = QStringLiteral("api:ontologies-read");
        QCOMPARE(cell(model, read, ScopeTableModel::AllowedBy), QStringLiteral("Portal"));
        QCOMPARE(cell(model, read, ScopeTableModel::RestrictedTo), QStringLiteral("ETL Pipeline"));
        QCOMPARE(cell(model, read, ScopeTableModel::FilteredOutBy), QString());
        QCOMPARE(cell(model, QStringLiteral("api:admin-write"), ScopeTableModel::FilteredOutBy),
                 QStringLiteral("ETL Pipeline"));
        QCOMPARE(cell(model, QStringLiteral("offline_access"), ScopeTableModel::AllowedBy),
                 QStringLiteral("Portal"));
    }

    void clientChanges_updateTheRows()
    {
        ScopeTableModel model(m_h->directory.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        OAuthClient etl = *m_h->directory->oauthClient(QStringLiteral("etl"));
        etl.scopeRestrictions = QStringList{QStringLiteral("api:admin-write")};
        QVERIFY(m_h->directory->updateOAuthClient(etl.clientId, etl));
        QTRY_COMPARE(cell(model, QStringLiteral("api:admin-write"), ScopeTableModel::RestrictedTo),
                     QStringLiteral("ETL Pipeline"));
        // custom:thing is no longer named by anyone: its row goes.
        QCOMPARE(model.rowOf(QStringLiteral("custom:thing")), -1);
        QCOMPARE(model.rowCount(), int(auth::ScopeCatalog::entries().size()));
        QCOMPARE(cell(model, QStringLiteral("api:ontologies-read"), ScopeTableModel::FilteredOutBy),
                 QStringLiteral("ETL Pipeline"));
    }
};

QTEST_MAIN(TestScopeTableModel)
#include "test_ui_scope_table_model.moc"
