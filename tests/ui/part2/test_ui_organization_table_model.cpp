// OrganizationTableModel: the enrollment first, then the organizations with their role
// assignment counts; passes QAbstractItemModelTester while organizations and roles change.
#include "../ConsoleTestHarness.h"
#include "AdminTestSeed.h"
#include "Defaults.h"
#include "OrganizationTableModel.h"

#include <QAbstractItemModelTester>

using namespace foundry;
using namespace foundry::ui;
using namespace foundry::test;

namespace {
const QString kAcme = QStringLiteral("ri.organization.main.organization.acme");
}

class TestOrganizationTableModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConsoleTestHarness> m_h;

    QString cell(const OrganizationTableModel &model, const QString &id, int column) const
    {
        return model.index(model.rowOf(id), column).data().toString();
    }

private Q_SLOTS:
    void init() { m_h = std::make_unique<ConsoleTestHarness>(kAdminPagesSeed, false); }
    void cleanup() { m_h.reset(); }

    void rows_enrollmentThenOrganizations()
    {
        OrganizationTableModel model(m_h->directory.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The enrollment, the default organization, Acme, Empty Org.
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.resourceAt(0), QString(defaults::kEnrollmentResource));
        QVERIFY(!model.organizationAt(0));
        QCOMPARE(cell(model, QString(defaults::kEnrollmentResource), OrganizationTableModel::Name),
                 QString(defaults::kEnrollmentName));
        QCOMPARE(cell(model, kAcme, OrganizationTableModel::Host),
                 QStringLiteral("acme.localhost"));
        QCOMPARE(cell(model, kAcme, OrganizationTableModel::Assignments), QStringLiteral("2"));
        QCOMPARE(cell(model, QString(defaults::kEnrollmentResource),
                      OrganizationTableModel::Assignments),
                 QStringLiteral("1"));
    }

    void changes_updateRowsAndCounts()
    {
        OrganizationTableModel model(m_h->directory.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Organization added{QStringLiteral("ri.organization.main.organization.new"),
                           QStringLiteral("Newco"),
                           {},
                           {},
                           {}};
        QVERIFY(m_h->directory->addOrganization(added));
        QTRY_COMPARE(model.rowCount(), 5);
        QVERIFY(m_h->directory->addRoleAssignment(
            {{PrincipalKind::User, m_h->idOf(QStringLiteral("bob"))},
             QStringLiteral("member"),
             added.rid,
             {}}));
        QTRY_COMPARE(cell(model, added.rid, OrganizationTableModel::Assignments),
                     QStringLiteral("1"));
        added.name = QStringLiteral("Newco Ltd");
        QVERIFY(m_h->directory->updateOrganization(added));
        QTRY_COMPARE(cell(model, added.rid, OrganizationTableModel::Name),
                     QStringLiteral("Newco Ltd"));
        QVERIFY(m_h->directory->removeOrganization(added.rid));
        QTRY_COMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(added.rid), -1);
    }
};

QTEST_MAIN(TestOrganizationTableModel)
#include "test_ui_organization_table_model.moc"
