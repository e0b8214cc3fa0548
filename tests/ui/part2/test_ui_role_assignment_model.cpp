// RoleAssignmentModel: the assignments of one resource, with principal names, role names and
// the operations each role grants; switching the resource and changes to assignments and
// principals pass QAbstractItemModelTester.
#include "../ConsoleTestHarness.h"
#include "AdminTestSeed.h"
#include "Defaults.h"
#include "Permissions.h"
#include "RoleAssignmentModel.h"

#include <QAbstractItemModelTester>

using namespace foundry;
using namespace foundry::ui;
using namespace foundry::test;

namespace {
const QString kAcme = QStringLiteral("ri.organization.main.organization.acme");
}

class TestRoleAssignmentModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConsoleTestHarness> m_h;

    QStringList column(const RoleAssignmentModel &model, int column) const
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values.append(model.index(row, column).data().toString());
        return values;
    }

private Q_SLOTS:
    void init() { m_h = std::make_unique<ConsoleTestHarness>(kAdminPagesSeed, false); }
    void cleanup() { m_h.reset(); }

    void resource_selectsItsAssignments()
    {
        RoleAssignmentModel model(m_h->directory.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setResource(kAcme);
        QCOMPARE(column(model, RoleAssignmentModel::Principal),
                 (QStringList{QStringLiteral("alice"), QStringLiteral("operations")}));
        QCOMPARE(column(model, RoleAssignmentModel::Type),
                 (QStringList{QStringLiteral("User"), QStringLiteral("Group")}));
        QCOMPARE(column(model, RoleAssignmentModel::Role),
                 (QStringList{QStringLiteral("Users and groups administrator"),
                              QStringLiteral("Member")}));
        QCOMPARE(
            model.index(0, RoleAssignmentModel::Operations).data().toString(),
            auth::Permissions::operationsOfRole(QStringLiteral("users-and-groups-administrator"))
                .join(QStringLiteral(", ")));
        model.setResource(QString(defaults::kEnrollmentResource));
        QCOMPARE(column(model, RoleAssignmentModel::Principal),
                 QStringList{QStringLiteral("admin")});
        QCOMPARE(column(model, RoleAssignmentModel::Role),
                 QStringList{QStringLiteral("Enrollment administrator")});
    }

    void changes_followAssignmentsAndNames()
    {
        RoleAssignmentModel model(m_h->directory.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResource(kAcme);
        const RoleAssignment bobAdmin{{PrincipalKind::User, m_h->idOf(QStringLiteral("bob"))},
                                      QStringLiteral("organization-administrator"),
                                      kAcme,
                                      {}};
        QVERIFY(m_h->directory->addRoleAssignment(bobAdmin));
        QTRY_COMPARE(model.rowCount(), 3);
        // An assignment elsewhere is not shown.
        QVERIFY(m_h->directory->addRoleAssignment(
            {bobAdmin.principal,
             QStringLiteral("member"),
             QStringLiteral("ri.organization.main.organization.empty"),
             {}}));
        User bob = *m_h->directory->userByUsername(QStringLiteral("bob"));
        bob.username = QStringLiteral("robert");
        QVERIFY(m_h->directory->updateUser(bob));
        QTRY_COMPARE(model.index(model.rowOf(bobAdmin.key()), RoleAssignmentModel::Principal)
                         .data()
                         .toString(),
                     QStringLiteral("robert"));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(m_h->directory->removeRoleAssignment(bobAdmin.key()));
        QTRY_COMPARE(model.rowCount(), 2);
        // Deleting a user takes its assignments along.
        QVERIFY(m_h->directory->removeUser(m_h->idOf(QStringLiteral("alice"))));
        QTRY_COMPARE(column(model, RoleAssignmentModel::Principal),
                     QStringList{QStringLiteral("operations")});
    }
};

QTEST_MAIN(TestRoleAssignmentModel)
#include "test_ui_role_assignment_model.moc"
