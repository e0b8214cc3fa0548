// auth::Preregistration: the username patterns (anchored, any of them, none = anything), the
// created user and group, idempotency within a realm, and the failures.
#include "Defaults.h"
#include "Directory.h"
#include "Preregistration.h"

#include <QTest>

using namespace foundry;
using namespace foundry::auth;

namespace {

const QString kOrgA = QStringLiteral("ri.organization.main.organization.a");
const QString kRealm = QStringLiteral("1bd3813a-ef8b-4211-bfbd-8b6485d0eb83");

AuthenticationProvider provider(const QStringList &patterns = {})
{
    AuthenticationProvider saml;
    saml.rid = QStringLiteral("ri.control-panel.main.saml.example");
    saml.name = QStringLiteral("Example SAML Provider");
    saml.realm = kRealm;
    saml.supportedUsernamePatterns = patterns;
    return saml;
}

DirectoryState state()
{
    DirectoryState state = DirectoryState::withDefaults();
    Organization orgA;
    orgA.rid = kOrgA;
    orgA.name = QStringLiteral("Org A");
    state.organizations.append(orgA);
    User internal;
    internal.username = QStringLiteral("taken@example.com"); // in the internal realm
    state.users.append(internal);
    return state;
}

Preregistration::UserRequest userRequest(const QString &username,
                                         const QString &organization = kOrgA)
{
    Preregistration::UserRequest request;
    request.username = username;
    request.organizationRid = organization;
    return request;
}

} // namespace

class TestPreregistration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usernameAllowed_data()
    {
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<QString>("username");
        QTest::addColumn<bool>("allowed");
        const QStringList example{QStringLiteral(".*@example.com"),
                                  QStringLiteral(".*@palantir.com")};
        QTest::newRow("no patterns: anything") << QStringList() << "whoever" << true;
        QTest::newRow("first pattern") << example << "ann@example.com" << true;
        QTest::newRow("second pattern") << example << "bo@palantir.com" << true;
        QTest::newRow("no pattern matches") << example << "cy@other.org" << false;
        QTest::newRow("match must reach the end") << example << "ann@example.com.evil" << false;
        QTest::newRow("match must start at the start")
            << QStringList{QStringLiteral("svc-.*")} << "my-svc-x" << false;
        QTest::newRow("alternation is anchored as a whole")
            << QStringList{QStringLiteral("a|b")} << "ab" << false;
        QTest::newRow("invalid pattern matches nothing")
            << QStringList{QStringLiteral("(")} << "(" << false;
        QTest::newRow("case matters") << example << "ann@EXAMPLE.COM" << false;
    }
    void usernameAllowed()
    {
        QFETCH(QStringList, patterns);
        QFETCH(QString, username);
        QFETCH(bool, allowed);
        QCOMPARE(Preregistration::usernameAllowed(provider(patterns), username), allowed);
    }

    void preregisterUser_createsActivePreregisteredUserInProviderRealm()
    {
        Directory directory(state());
        Preregistration::UserRequest request = userRequest(QStringLiteral("ann@example.com"));
        request.givenName = QStringLiteral("Ann");
        request.familyName = QStringLiteral("Lee");
        request.email = QStringLiteral("ann@example.com");
        request.attributes = {{QStringLiteral("team"), {QStringLiteral("red")}}};
        const auto outcome = Preregistration::preregisterUser(directory, provider(), request);
        QVERIFY(outcome.ok());
        QVERIFY(outcome.created);
        const auto user = directory.userByUsername(QStringLiteral("ann@example.com"));
        QVERIFY(user);
        QCOMPARE(user->id, outcome.id);
        QVERIFY(user->active);
        QVERIFY(user->preregistered);
        QVERIFY(!user->isService());
        QCOMPARE(user->realm, kRealm);
        QCOMPARE(user->organizationRid, kOrgA);
        QCOMPARE(user->givenName, QStringLiteral("Ann"));
        QCOMPARE(user->familyName, QStringLiteral("Lee"));
        QCOMPARE(user->email, QStringLiteral("ann@example.com"));
        QCOMPARE(user->attributes, request.attributes);
    }

    void preregisterUser_twice_returnsTheSameIdUnchanged()
    {
        Directory directory(state());
        const auto first = Preregistration::preregisterUser(directory, provider(),
                                                            userRequest(QStringLiteral("ann")));
        Preregistration::UserRequest again = userRequest(QStringLiteral("ann"));
        again.givenName = QStringLiteral("Changed");
        const auto second = Preregistration::preregisterUser(directory, provider(), again);
        QVERIFY(second.ok());
        QVERIFY(!second.created);
        QCOMPARE(second.id, first.id);
        QVERIFY(directory.userByUsername(QStringLiteral("ann"))->givenName.isEmpty());
        QCOMPARE(directory.userCount(), state().users.size() + 1);
    }

    void preregisterUser_nameInAnotherRealm_isRefused()
    {
        Directory directory(state());
        const auto outcome = Preregistration::preregisterUser(
            directory, provider(), userRequest(QStringLiteral("taken@example.com")));
        QCOMPARE(outcome.failure, Preregistration::Failure::NameTakenInOtherRealm);
        QCOMPARE(outcome.realm, QString(defaults::kRealm));
    }

    void preregisterUser_providerWithoutRealm_usesTheInternalRealm()
    {
        Directory directory(state());
        AuthenticationProvider internal = provider();
        internal.realm.clear();
        const auto outcome = Preregistration::preregisterUser(
            directory, internal, userRequest(QStringLiteral("taken@example.com")));
        QVERIFY(outcome.ok());
        QVERIFY(!outcome.created);
    }

    void preregisterUser_patternMismatch_createsNothing()
    {
        Directory directory(state());
        const auto outcome = Preregistration::preregisterUser(
            directory, provider({QStringLiteral(".*@example.com")}),
            userRequest(QStringLiteral("cy@other.org")));
        QCOMPARE(outcome.failure, Preregistration::Failure::UsernameNotAllowed);
        QVERIFY(!directory.userByUsername(QStringLiteral("cy@other.org")));
    }

    void preregisterUser_unknownOrganization_createsNothing()
    {
        Directory directory(state());
        const QString missing = QStringLiteral("ri.organization.main.organization.nope");
        const auto outcome = Preregistration::preregisterUser(
            directory, provider(), userRequest(QStringLiteral("ann"), missing));
        QCOMPARE(outcome.failure, Preregistration::Failure::OrganizationNotFound);
        QCOMPARE(outcome.missing, missing);
        QVERIFY(!directory.userByUsername(QStringLiteral("ann")));
    }

    void preregisterGroup_createsGroupInRealmAndOrganizations_idempotently()
    {
        Directory directory(state());
        Preregistration::GroupRequest request{QStringLiteral("saml-admins"),
                                              {kOrgA, QString(defaults::kOrganizationRid), kOrgA}};
        const auto first = Preregistration::preregisterGroup(directory, provider(), request);
        QVERIFY(first.ok());
        QVERIFY(first.created);
        const auto group = directory.groupById(first.id);
        QVERIFY(group);
        QCOMPARE(group->name, QStringLiteral("saml-admins"));
        QCOMPARE(group->realm, kRealm);
        QCOMPARE(group->organizationRids,
                 (QStringList{kOrgA, QString(defaults::kOrganizationRid)}));
        const auto second = Preregistration::preregisterGroup(directory, provider(), request);
        QVERIFY(second.ok());
        QVERIFY(!second.created);
        QCOMPARE(second.id, first.id);
    }

    void preregisterGroup_failures_data()
    {
        QTest::addColumn<QStringList>("organizations");
        QTest::addColumn<int>("failure");
        QTest::newRow("no organization")
            << QStringList() << int(Preregistration::Failure::NoOrganization);
        QTest::newRow("unknown organization")
            << QStringList{kOrgA, QStringLiteral("ri.organization.main.organization.nope")}
            << int(Preregistration::Failure::OrganizationNotFound);
    }
    void preregisterGroup_failures()
    {
        QFETCH(QStringList, organizations);
        QFETCH(int, failure);
        Directory directory(state());
        const auto outcome = Preregistration::preregisterGroup(
            directory, provider(), {QStringLiteral("g"), organizations});
        QCOMPARE(int(outcome.failure), failure);
        QVERIFY(directory.groups().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPreregistration)
#include "test_preregistration.moc"
