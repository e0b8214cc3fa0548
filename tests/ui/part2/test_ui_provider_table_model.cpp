// ProviderTableModel: protocol, enabled, hosts and patterns per provider; passes
// QAbstractItemModelTester while providers are added, changed and removed.
#include "../ConsoleTestHarness.h"
#include "AdminTestSeed.h"
#include "ProviderTableModel.h"

#include <QAbstractItemModelTester>

using namespace foundry;
using namespace foundry::ui;
using namespace foundry::test;

namespace {
const QString kOkta = QStringLiteral("ri.control-panel.main.saml.okta");
const QString kEntra = QStringLiteral("ri.control-panel.main.oidc.entra");
} // namespace

class TestProviderTableModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConsoleTestHarness> m_h;

    QVariant cell(const ProviderTableModel &model, const QString &rid, int column,
                  int role = Qt::DisplayRole) const
    {
        return model.index(model.rowOf(rid), column).data(role);
    }

private Q_SLOTS:
    void init() { m_h = std::make_unique<ConsoleTestHarness>(kAdminPagesSeed, false); }
    void cleanup() { m_h.reset(); }

    void rows_showProtocolHostsAndPatterns()
    {
        ProviderTableModel model(m_h->directory.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, kOkta, ProviderTableModel::Protocol).toString(),
                 QStringLiteral("SAML"));
        QCOMPARE(cell(model, kEntra, ProviderTableModel::Protocol).toString(),
                 QStringLiteral("OIDC"));
        QCOMPARE(cell(model, kOkta, ProviderTableModel::Hosts).toString(),
                 QStringLiteral("acme.localhost"));
        QCOMPARE(cell(model, kOkta, ProviderTableModel::UsernamePatterns).toString(),
                 QStringLiteral(".*@acme\\.example"));
        QCOMPARE(cell(model, kEntra, ProviderTableModel::UsernamePatterns).toString(),
                 QStringLiteral("any username"));
        QCOMPARE(cell(model, kOkta, ProviderTableModel::Enabled, Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        QCOMPARE(cell(model, kOkta, ProviderTableModel::Realm).toString(),
                 QStringLiteral("acme-realm"));
    }

    void changes_becomeRowChanges()
    {
        ProviderTableModel model(m_h->directory.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        AuthenticationProvider okta = *m_h->directory->authenticationProvider(kOkta);
        okta.enabled = false;
        QVERIFY(m_h->directory->updateAuthenticationProvider(okta));
        QTRY_COMPARE(cell(model, kOkta, ProviderTableModel::Enabled, Qt::CheckStateRole).toInt(),
                     int(Qt::Unchecked));
        AuthenticationProvider added;
        added.rid = QStringLiteral("ri.control-panel.main.oidc.new");
        added.name = QStringLiteral("New");
        added.protocol = ProviderProtocol::Oidc;
        QVERIFY(m_h->directory->addAuthenticationProvider(added));
        QTRY_COMPARE(model.rowCount(), 3);
        QVERIFY(m_h->directory->removeAuthenticationProvider(kOkta));
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(kOkta), -1);
        QCOMPARE(model.providerAt(model.rowOf(added.rid))->name, QStringLiteral("New"));
    }
};

QTEST_MAIN(TestProviderTableModel)
#include "test_ui_provider_table_model.moc"
