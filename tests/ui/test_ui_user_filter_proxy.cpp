// UserFilterProxy: search text over username, names and email, and the status facet.
#include "ConsoleTestHarness.h"
#include "UserFilterProxy.h"
#include "UserTableModel.h"

#include <QAbstractItemModelTester>

using namespace foundry;
using namespace foundry::ui;
using namespace foundry::test;

class TestUserFilterProxy : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConsoleTestHarness> m_h;
    std::unique_ptr<UserTableModel> m_model;
    std::unique_ptr<UserFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QStringList shown() const
    {
        QStringList names;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            names.append(m_proxy->index(row, UserTableModel::Username).data().toString());
        names.sort();
        return names;
    }

    QStringList inOrder() const
    {
        QStringList names;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            names.append(m_proxy->index(row, UserTableModel::Username).data().toString());
        return names;
    }

private Q_SLOTS:
    void init()
    {
        m_h = std::make_unique<ConsoleTestHarness>(kConsoleTestSeed, false);
        m_model = std::make_unique<UserTableModel>(m_h->directory.get(), PrincipalType::Human);
        m_proxy = std::make_unique<UserFilterProxy>();
        m_proxy->setSourceModel(m_model.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_proxy.reset();
        m_model.reset();
        m_h.reset();
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("ali: username and family name")
            << QStringLiteral("ali")
            << QStringList{QStringLiteral("alice"), QStringLiteral("malik")};
        QTest::newRow("case-insensitive")
            << QStringLiteral("ALI")
            << QStringList{QStringLiteral("alice"), QStringLiteral("malik")};
        QTest::newRow("display name")
            << QStringLiteral("park") << QStringList{QStringLiteral("bob")};
        QTest::newRow("email") << QStringLiteral("carol@") << QStringList{QStringLiteral("carol")};
        QTest::newRow("nothing") << QStringLiteral("zzz") << QStringList{};
    }
    void search()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        m_proxy->setSearchText(text);
        QCOMPARE(shown(), expected);
    }

    void statusFacet()
    {
        m_proxy->setStatus(UserFilterProxy::Status::Inactive);
        QCOMPARE(shown(), QStringList{QStringLiteral("carol")});
        m_proxy->setStatus(UserFilterProxy::Status::Active);
        QVERIFY(!shown().contains(QStringLiteral("carol")));
        QVERIFY(shown().contains(QStringLiteral("alice")));
        m_proxy->setSearchText(QStringLiteral("c"));
        m_proxy->setStatus(UserFilterProxy::Status::All);
        QVERIFY(shown().contains(QStringLiteral("carol")));
    }

    void liveChange_movesRowBetweenFacets()
    {
        m_proxy->setStatus(UserFilterProxy::Status::Inactive);
        m_h->directory->setUserActive(m_h->idOf(QStringLiteral("bob")), false);
        QTRY_COMPARE(shown(), (QStringList{QStringLiteral("bob"), QStringLiteral("carol")}));
    }

    // The proxy reads keys the model keeps per row: they must follow every change.
    void search_followsAnEditedUser()
    {
        m_proxy->setSearchText(QStringLiteral("Robert@"));
        QCOMPARE(shown(), QStringList{});
        std::optional<User> bob = m_h->directory->userById(m_h->idOf(QStringLiteral("bob")));
        QVERIFY(bob);
        bob->email = QStringLiteral("robert@corp.example");
        QVERIFY(m_h->directory->updateUser(*bob));
        QTRY_COMPARE(shown(), QStringList{QStringLiteral("bob")});
        m_proxy->setSearchText(QStringLiteral("bob@"));
        QCOMPARE(shown(), QStringList{});
    }

    void sort_followsAddsRenamesAndRemovals()
    {
        m_proxy->sort(UserTableModel::Username, Qt::AscendingOrder);
        User aaron;
        aaron.username = QStringLiteral("Aaron");
        QVERIFY(m_h->directory->addUser(aaron));
        std::optional<User> malik = m_h->directory->userById(m_h->idOf(QStringLiteral("malik")));
        QVERIFY(malik);
        malik->username = QStringLiteral("abe");
        QVERIFY(m_h->directory->updateUser(*malik));
        QVERIFY(m_h->directory->removeUser(m_h->idOf(QStringLiteral("alice"))));
        const QStringList expected{QStringLiteral("Aaron"), QStringLiteral("abe"),
                                   QStringLiteral("admin"), QStringLiteral("bob"),
                                   QStringLiteral("carol")}; // admin: built in
        QTRY_COMPARE(inOrder(), expected);
        m_proxy->sort(UserTableModel::Username, Qt::DescendingOrder);
        QStringList reversed = expected;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(inOrder(), reversed);
        m_proxy->setSearchText(QStringLiteral("example.com")); // all but Aaron and admin
        QCOMPARE(inOrder(), (QStringList{QStringLiteral("carol"), QStringLiteral("bob"),
                                         QStringLiteral("abe")}));
        m_proxy->setSearchText({});
        QCOMPARE(inOrder(), reversed);
    }

    void sortByOtherColumns_followsEditsAndGroupChanges()
    {
        m_proxy->sort(UserTableModel::DisplayName, Qt::AscendingOrder);
        QCOMPARE(inOrder().first(), QStringLiteral("admin"));
        std::optional<User> bob = m_h->directory->userById(m_h->idOf(QStringLiteral("bob")));
        QVERIFY(bob);
        bob->displayName = QStringLiteral("Aardvark");
        QVERIFY(m_h->directory->updateUser(*bob));
        QTRY_COMPARE(inOrder().first(), QStringLiteral("bob"));

        // Groups: alice and bob are in finance, the others in none (equal: in row order).
        m_proxy->sort(UserTableModel::Groups, Qt::AscendingOrder);
        QCOMPARE(inOrder().mid(3), (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
        Group group;
        group.name = QStringLiteral("zeta"); // after finance
        group.members.append({PrincipalKind::User, m_h->idOf(QStringLiteral("malik"))});
        QVERIFY(m_h->directory->addGroup(group));
        QTRY_COMPARE(inOrder().mid(2), (QStringList{QStringLiteral("alice"), QStringLiteral("bob"),
                                                    QStringLiteral("malik")}));
    }

    void sortsByUsername_caseInsensitively()
    {
        m_proxy->sort(UserTableModel::Username, Qt::AscendingOrder);
        QStringList names;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            names.append(m_proxy->index(row, UserTableModel::Username).data().toString());
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
        QCOMPARE(names, sorted);
    }
};

QTEST_MAIN(TestUserFilterProxy)
#include "test_ui_user_filter_proxy.moc"
