#include "Defaults.h"
#include "Directory.h"
#include "Permissions.h"

#include <QTest>

using namespace foundry;
using namespace foundry::auth;

namespace {

const QString kOrgA = QStringLiteral("ri.organization.main.organization.a");
const QString kOrgB = QStringLiteral("ri.organization.main.organization.b");
const QString kPreregister = QStringLiteral("multipass:preregister-user");
const QString kManageOrg = QStringLiteral("multipass:manage-organization");
const QString kViewUsers = QStringLiteral("multipass:view-users");

Group makeGroup(const QString &id, const QList<PrincipalRef> &members)
{
    Group group;
    group.id = id;
    group.name = id;
    group.members = members;
    return group;
}

RoleAssignment assign(PrincipalKind kind, const QString &id, const QString &role,
                      const QString &resource)
{
    RoleAssignment assignment;
    assignment.principal = {kind, id};
    assignment.roleId = role;
    assignment.resource = resource;
    return assignment;
}

// carol ∈ inner ∈ middle ∈ outer; loop1 ↔ loop2 (a cycle) with dave in loop1.
// outer holds users-and-groups-administrator on org A; loop2 holds organization-administrator
// on org B; erin is a member of org A directly; admin is the enrollment administrator.
DirectoryState permissionState()
{
    DirectoryState state = DirectoryState::withDefaults();
    for (const char *name : {"carol", "dave", "erin", "frank"}) {
        User user;
        user.id = QString::fromLatin1(name) + QStringLiteral("-id");
        user.username = QString::fromLatin1(name);
        state.users.append(user);
    }
    using K = PrincipalKind;
    state.groups = {makeGroup(QStringLiteral("inner"), {{K::User, QStringLiteral("carol-id")}}),
                    makeGroup(QStringLiteral("middle"), {{K::Group, QStringLiteral("inner")}}),
                    makeGroup(QStringLiteral("outer"), {{K::Group, QStringLiteral("middle")}}),
                    makeGroup(QStringLiteral("loop1"), {{K::User, QStringLiteral("dave-id")},
                                                        {K::Group, QStringLiteral("loop2")}}),
                    makeGroup(QStringLiteral("loop2"), {{K::Group, QStringLiteral("loop1")}})};
    state.roleAssignments.append(assign(K::Group, QStringLiteral("outer"),
                                        QStringLiteral("users-and-groups-administrator"), kOrgA));
    state.roleAssignments.append(assign(K::Group, QStringLiteral("loop2"),
                                        QStringLiteral("organization-administrator"), kOrgB));
    state.roleAssignments.append(
        assign(K::User, QStringLiteral("erin-id"), QStringLiteral("member"), kOrgA));
    return state;
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roleTable_matchesTheSpec()
    {
        const auto &roles = Permissions::organizationRoles();
        QCOMPARE(roles.size(), 3);
        QCOMPARE(roles.at(0).id, QStringLiteral("organization-administrator"));
        QVERIFY(roles.at(0).operations.contains(kManageOrg));
        QVERIFY(
            roles.at(0).operations.contains(QStringLiteral("multipass:manage-organization-roles")));
        QVERIFY(roles.at(0).operations.contains(kPreregister));
        QVERIFY(roles.at(0).operations.contains(kViewUsers));
        QCOMPARE(roles.at(1).operations.size(), 6);
        QVERIFY(!roles.at(1).operations.contains(kManageOrg));
        QCOMPARE(roles.at(2).operations, QStringList{kViewUsers});
        QVERIFY(roles.at(2).isDefault);
        QCOMPARE(Permissions::enrollmentAdministrator().operations, Permissions::allOperations());
        QVERIFY(Permissions::operationsOfRole(QStringLiteral("nope")).isEmpty());
    }

    void transitiveGroups_followNestingAndSurviveCycles()
    {
        Directory directory(permissionState());
        QCOMPARE(Permissions::transitiveGroupIds(directory, QStringLiteral("carol-id")),
                 (QSet<QString>{QStringLiteral("inner"), QStringLiteral("middle"),
                                QStringLiteral("outer")}));
        QCOMPARE(Permissions::transitiveGroupIds(directory, QStringLiteral("dave-id")),
                 (QSet<QString>{QStringLiteral("loop1"), QStringLiteral("loop2")}));
        QVERIFY(Permissions::transitiveGroupIds(directory, QStringLiteral("frank-id")).isEmpty());
    }

    void hasOperation_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("organization");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("nested group grants role") << "carol-id" << kPreregister << kOrgA << true;
        QTest::newRow("nested group: not another org")
            << "carol-id" << kPreregister << kOrgB << false;
        QTest::newRow("nested group: not org admin ops")
            << "carol-id" << kManageOrg << kOrgA << false;
        QTest::newRow("through a cycle") << "dave-id" << kManageOrg << kOrgB << true;
        QTest::newRow("cycle: other org") << "dave-id" << kManageOrg << kOrgA << false;
        QTest::newRow("member views") << "erin-id" << kViewUsers << kOrgA << true;
        QTest::newRow("member cannot preregister") << "erin-id" << kPreregister << kOrgA << false;
        QTest::newRow("no roles") << "frank-id" << kViewUsers << kOrgA << false;
        QTest::newRow("unknown user") << "ghost" << kViewUsers << kOrgA << false;
        QTest::newRow("enrollment admin, org A") << "admin" << kPreregister << kOrgA << true;
        QTest::newRow("enrollment admin, org B") << "admin" << kManageOrg << kOrgB << true;
        QTest::newRow("enrollment admin, default org")
            << "admin" << QStringLiteral("multipass:revoke-tokens")
            << QString(defaults::kOrganizationRid) << true;
    }

    void hasOperation()
    {
        QFETCH(QString, user);
        QFETCH(QString, operation);
        QFETCH(QString, organization);
        QFETCH(bool, allowed);
        Directory directory(permissionState());
        const QString userId =
            user == u"admin" ? directory.userByUsername(QStringLiteral("admin"))->id : user;
        QCOMPARE(Permissions::hasOperation(directory, userId, operation, organization), allowed);
    }

    void roleGrantedLater_takesEffectAtOnce()
    {
        Directory directory(permissionState());
        const QString frank = QStringLiteral("frank-id");
        QVERIFY(!Permissions::hasOperation(directory, frank, kPreregister, kOrgA));
        // Put frank into `inner`: he inherits outer's role through two levels.
        Group inner = *directory.groupById(QStringLiteral("inner"));
        inner.members.append({PrincipalKind::User, frank});
        QVERIFY(directory.updateGroup(inner));
        QVERIFY(Permissions::hasOperation(directory, frank, kPreregister, kOrgA));
    }
};

QTEST_APPLESS_MAIN(TestPermissions)
#include "test_permissions.moc"
