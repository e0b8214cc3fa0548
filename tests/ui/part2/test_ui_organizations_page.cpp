// The Organizations & roles page in the main window, offscreen, over the emulator: roles
// granted with the principal and role pickers (showing the operations they grant) and revoked,
// on an organization and on the enrollment, each undoable and seen by the Admin API at once;
// the host rule; Delete refused with the reason while users remain; assignments made over HTTP.
#include "AdminPageFixture.h"
#include "Defaults.h"
#include "OrganizationDetailEditor.h"
#include "OrganizationTableModel.h"
#include "OrganizationsPage.h"
#include "PrincipalPicker.h"
#include "RoleAssignmentModel.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

using namespace foundry;
using namespace foundry::ui;
using namespace foundry::test;

namespace {
const QString kAcme = QStringLiteral("ri.organization.main.organization.acme");
const QString kEmpty = QStringLiteral("ri.organization.main.organization.empty");
} // namespace

class TestOrganizationsPage : public QObject, AdminPageFixture
{
    Q_OBJECT

    OrganizationsPage *m_page = nullptr;

    RoleAssignmentModel *assignments() const { return m_page->detail()->assignments(); }
    void pickPrincipal(const QString &text)
    {
        auto *picker = find<PrincipalPicker>(QStringLiteral("rolePrincipalPicker"));
        picker->setFocus();
        picker->clearEditText();
        QTest::keyClicks(picker->lineEdit(), text);
    }
    void pickRole(const QString &roleId)
    {
        auto *combo = find<QComboBox>(QStringLiteral("roleCombo"));
        combo->setFocus();
        combo->setCurrentIndex(combo->findData(roleId));
    }
    bool assignedOverHttp(const QString &path, const QString &principalId, const QString &roleId)
    {
        const QJsonArray data = admin("GET", path).json().value(QStringLiteral("data")).toArray();
        for (const QJsonValue &value : data) {
            const QJsonObject assignment = value.toObject();
            if (assignment.value(QStringLiteral("principalId")).toString() == principalId &&
                assignment.value(QStringLiteral("roleId")).toString() == roleId)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void init()
    {
        setUpWindow(QStringLiteral("test_ui_organizations_page"));
        m_page = showPage<OrganizationsPage>(QStringLiteral("organizationsPage"));
    }
    void cleanup() { tearDownWindow(); }

    void rows_enrollmentFirst_badgeCountsOrganizations()
    {
        QCOMPARE(m_page->table()->model()->index(0, 0).data(Qt::UserRole + 1).toString(),
                 QString(defaults::kEnrollmentResource));
        QCOMPARE(m_page->badgeCount(), 3);
        QCOMPARE(window->findChild<NavigationList *>()->badgeCount(
                     find<QStackedWidget>(QStringLiteral("pageStack"))->indexOf(m_page)),
                 3);
    }

    void grantRole_onAnOrganization_isLiveAndUndoable()
    {
        QVERIFY(clickRow(m_page, kAcme));
        QCOMPARE(assignments()->rowCount(), 2);
        pickPrincipal(QStringLiteral("bob"));
        pickRole(QStringLiteral("organization-administrator"));
        QVERIFY(find<QLabel>(QStringLiteral("roleOperationsLabel"))
                    ->text()
                    .contains(QStringLiteral("multipass:manage-organization-roles")));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("grantRoleButton")), Qt::LeftButton);

        const QString bob = h->idOf(QStringLiteral("bob"));
        const QString path =
            QStringLiteral("/api/v2/admin/organizations/%1/roleAssignments").arg(kAcme);
        QCOMPARE(assignments()->rowCount(), 3);
        QVERIFY(assignedOverHttp(path, bob, QStringLiteral("organization-administrator")));
        QCOMPARE(stack()->undoText(), QStringLiteral("Grant Organization administrator to bob"));
        QCOMPARE(m_page->model()
                     ->index(m_page->model()->rowOf(kAcme), OrganizationTableModel::Assignments)
                     .data()
                     .toInt(),
                 3);

        // The same grant again is refused inline and adds nothing to undo.
        QTest::mouseClick(find<QPushButton>(QStringLiteral("grantRoleButton")), Qt::LeftButton);
        QVERIFY(find<QLabel>(QStringLiteral("roleAssignmentError"))->isVisible());
        QCOMPARE(stack()->count(), 1);

        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(assignments()->rowCount(), 2);
        QVERIFY(!assignedOverHttp(path, bob, QStringLiteral("organization-administrator")));
    }

    void enrollment_offersTheEnrollmentRole_toGroupsToo()
    {
        QVERIFY(clickRow(m_page, QString(defaults::kEnrollmentResource)));
        auto *combo = find<QComboBox>(QStringLiteral("roleCombo"));
        QCOMPARE(combo->count(), 1);
        QCOMPARE(combo->currentData().toString(), QString(defaults::kEnrollmentAdministratorRole));
        QVERIFY(find<QLineEdit>(QStringLiteral("organizationNameEdit"))->isReadOnly());
        pickPrincipal(QStringLiteral("dispatch (group)"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("grantRoleButton")), Qt::LeftButton);
        const QString dispatch = directory().groupByName(QStringLiteral("dispatch"))->id;
        QVERIFY(assignedOverHttp(
            QStringLiteral("/api/v2/admin/enrollments/%1/roleAssignments?preview=true")
                .arg(QString(defaults::kEnrollmentRid)),
            dispatch, QString(defaults::kEnrollmentAdministratorRole)));
    }

    void revoke_selectedAssignment()
    {
        QVERIFY(clickRow(m_page, kAcme));
        auto *table = find<QTableView>(QStringLiteral("roleAssignmentsTable"));
        table->selectRow(0); // alice, users-and-groups-administrator
        QTest::mouseClick(find<QPushButton>(QStringLiteral("revokeRoleButton")), Qt::LeftButton);
        QCOMPARE(assignments()->rowCount(), 1);
        QCOMPARE(stack()->undoText(),
                 QStringLiteral("Revoke Users and groups administrator from alice"));
        stack()->undo();
        QCOMPARE(assignments()->rowCount(), 2);
    }

    void hostRule_refusesABadHost_thenApplies()
    {
        QVERIFY(clickRow(m_page, kAcme));
        auto *host = find<QLineEdit>(QStringLiteral("organizationHostEdit"));
        auto *apply = find<QPushButton>(QStringLiteral("organizationApplyButton"));
        host->selectAll();
        QTest::keyClicks(host, QStringLiteral("bad_host"));
        QVERIFY(!apply->isEnabled());
        QVERIFY(find<QLabel>(QStringLiteral("organizationError"))
                    ->text()
                    .contains(QStringLiteral("not a valid host")));
        host->selectAll();
        QTest::keyClicks(host, QStringLiteral("acme2.localhost"));
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(directory().organization(kAcme)->host, QStringLiteral("acme2.localhost"));
        const HttpReply reply =
            admin("GET", QStringLiteral("/api/v2/admin/organizations/%1").arg(kAcme));
        QCOMPARE(reply.json().value(QStringLiteral("host")).toString(),
                 QStringLiteral("acme2.localhost"));
    }

    void delete_inUseIsRefusedWithReason_emptyOneGoesAndComesBack()
    {
        QVERIFY(clickRow(m_page, kAcme));
        QTest::mouseClick(find<QToolButton>(QStringLiteral("organizationsDeleteButton")),
                          Qt::LeftButton);
        QVERIFY(directory().organization(kAcme));
        QVERIFY(m_page->lastError().contains(QStringLiteral("still has users or groups")));
        QCOMPARE(stack()->count(), 0);

        QVERIFY(clickRow(m_page, kEmpty));
        QTest::keyClick(m_page->table(), Qt::Key_Delete);
        QVERIFY(!directory().organization(kEmpty));
        QVERIFY(m_page->lastError().isEmpty());
        stack()->undo();
        QVERIFY(directory().organization(kEmpty));
    }

    void newOrganization_created()
    {
        QTest::mouseClick(find<QToolButton>(QStringLiteral("organizationsNewButton")),
                          Qt::LeftButton);
        auto *name = find<QLineEdit>(QStringLiteral("organizationNameEdit"));
        QTest::keyClicks(name, QStringLiteral("Acme"));
        QVERIFY(!find<QPushButton>(QStringLiteral("organizationApplyButton"))->isEnabled());
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Globex"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(m_page->badgeCount(), 4);
        const QString rid = find<QLineEdit>(QStringLiteral("organizationRidEdit"))->text();
        QVERIFY(rid.startsWith(QStringLiteral("ri.organization.main.organization.")));
        QCOMPARE(directory().organization(rid)->name, QStringLiteral("Globex"));
    }

    void assignmentOverHttp_showsAtOnce()
    {
        QVERIFY(clickRow(m_page, kAcme));
        const QString carol = h->idOf(QStringLiteral("carol@acme.example"));
        const HttpReply reply = admin(
            "POST", QStringLiteral("/api/v2/admin/organizations/%1/roleAssignments/add").arg(kAcme),
            QStringLiteral(R"({"roleAssignments": [{"roleId": "member", "principalId": "%1"}]})")
                .arg(carol)
                .toUtf8());
        QCOMPARE(reply.status, 204);
        QTRY_COMPARE(assignments()->rowCount(), 3);
        QTRY_VERIFY(window->isWindowModified());
        // Highlighted, so that the audience sees where it arrived.
        QVERIFY(assignments()->index(2, 0).data(Qt::BackgroundRole).value<QColor>().isValid());
    }
};

QTEST_MAIN(TestOrganizationsPage)
#include "test_ui_organizations_page.moc"
