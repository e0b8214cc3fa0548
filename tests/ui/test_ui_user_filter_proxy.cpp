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
