// The domain helpers behind the Users, Groups and GroupMembers endpoints, without HTTP.
#include "Directory.h"
#include "PrincipalQueries.h"

#include <QTest>

Q_DECLARE_METATYPE(foundry::PrincipalRef)

using namespace foundry;
using namespace foundry::admin::users;
using namespace Qt::StringLiterals;

namespace {

Group group(const QString &id, const QList<PrincipalRef> &members)
{
    Group g;
    g.id = id;
    g.name = u"group-"_s + id;
    g.members = members;
    return g;
}

PrincipalRef u(const QString &id)
{
    return {PrincipalKind::User, id};
}
PrincipalRef g(const QString &id)
{
    return {PrincipalKind::Group, id};
}

// top ⊃ {middle, u1}; middle ⊃ {bottom, u2}; bottom ⊃ {u1, u3}; loopA ⊃ loopB ⊃ loopA (a seed may
// hold a cycle).
QList<Group> sampleGroups()
{
    return {group(u"top"_s, {g(u"middle"_s), u(u"u1"_s)}),
            group(u"middle"_s, {g(u"bottom"_s), u(u"u2"_s)}),
            group(u"bottom"_s, {u(u"u1"_s), u(u"u3"_s)}),
            group(u"loopA"_s, {g(u"loopB"_s), u(u"u4"_s)}), group(u"loopB"_s, {g(u"loopA"_s)})};
}

} // namespace

class PrincipalQueriesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void userMatchesQuery_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("matches");
        QTest::newRow("username prefix") << u"dan"_s << true;
        QTest::newRow("given name, upper case") << u"DANI"_s << true;
        QTest::newRow("family name") << u"rey"_s << true;
        QTest::newRow("inside a name") << u"eyes"_s << false;
        QTest::newRow("email is not searched") << u"dana@"_s << false;
        QTest::newRow("empty matches all") << QString() << true;
    }
    void userMatchesQuery()
    {
        QFETCH(QString, query);
        QFETCH(bool, matches);
        User user;
        user.username = u"dana.r"_s;
        user.givenName = u"Daniela"_s;
        user.familyName = u"Reyes"_s;
        user.email = u"dana@example.com"_s;
        QCOMPARE(admin::users::userMatchesQuery(user, query), matches);
    }

    void userMatchesQuery_foldsCaseBeyondAscii()
    {
        User user;
        user.username = u"e.leroy"_s;
        user.givenName = u"Élise"_s;
        QVERIFY(admin::users::userMatchesQuery(user, u"éL"_s));
    }

    void groupMatchesQuery_prefixOfTheName()
    {
        Group readers;
        readers.name = u"Readers"_s;
        readers.description = u"people who read"_s;
        QVERIFY(groupMatchesQuery(readers, u"rEa"_s));
        QVERIFY(!groupMatchesQuery(readers, u"people"_s));
    }

    void groupMembers_data()
    {
        QTest::addColumn<QString>("groupId");
        QTest::addColumn<bool>("transitive");
        QTest::addColumn<QList<PrincipalRef>>("expected");
        QTest::newRow("direct") << u"top"_s << false
                                << QList<PrincipalRef>{g(u"middle"_s), u(u"u1"_s)};
        QTest::newRow("transitive, breadth first, each once")
            << u"top"_s << true
            << QList<PrincipalRef>{g(u"middle"_s), u(u"u1"_s), g(u"bottom"_s), u(u"u2"_s),
                                   u(u"u3"_s)};
        QTest::newRow("cycle in the model ends")
            << u"loopA"_s << true << QList<PrincipalRef>{g(u"loopB"_s), u(u"u4"_s)};
        QTest::newRow("unknown group") << u"nope"_s << true << QList<PrincipalRef>();
    }
    void groupMembers()
    {
        QFETCH(QString, groupId);
        QFETCH(bool, transitive);
        QFETCH(QList<PrincipalRef>, expected);
        QCOMPARE(admin::users::groupMembers(sampleGroups(), groupId, transitive), expected);
    }

    void wouldCreateCycle_data()
    {
        QTest::addColumn<QString>("groupId");
        QTest::addColumn<PrincipalRef>("member");
        QTest::addColumn<bool>("cycle");
        QTest::newRow("itself") << u"bottom"_s << g(u"bottom"_s) << true;
        QTest::newRow("its parent") << u"middle"_s << g(u"top"_s) << true;
        QTest::newRow("its grandparent") << u"bottom"_s << g(u"top"_s) << true;
        QTest::newRow("its child again") << u"top"_s << g(u"bottom"_s) << false;
        QTest::newRow("unrelated") << u"bottom"_s << g(u"loopA"_s) << false;
        QTest::newRow("a user") << u"bottom"_s << u(u"u2"_s) << false;
        QTest::newRow("a user with a group's id") << u"bottom"_s << u(u"bottom"_s) << false;
    }
    void wouldCreateCycle()
    {
        QFETCH(QString, groupId);
        QFETCH(PrincipalRef, member);
        QFETCH(bool, cycle);
        QCOMPARE(admin::users::wouldCreateCycle(sampleGroups(), groupId, member), cycle);
    }

    void groupIdsOfUser_directOrTransitive_inModelOrder()
    {
        DirectoryState state = DirectoryState::withDefaults();
        state.groups = sampleGroups();
        Directory directory(state);
        QCOMPARE(groupIdsOfUser(directory, u"u1"_s, false), (QStringList{u"top"_s, u"bottom"_s}));
        QCOMPARE(groupIdsOfUser(directory, u"u3"_s, true),
                 (QStringList{u"top"_s, u"middle"_s, u"bottom"_s}));
        QCOMPARE(groupIdsOfUser(directory, u"u4"_s, true), (QStringList{u"loopA"_s, u"loopB"_s}));
        QCOMPARE(groupIdsOfUser(directory, u"nobody"_s, true), QStringList());
    }
};

QTEST_MAIN(PrincipalQueriesTest)
#include "test_principal_queries.moc"
