// UserTableModel: a thin adapter over the Directory that applies its batched changes as row
// notifications, for people and service principals separately.
#include "ConsoleTestHarness.h"
#include "UserTableModel.h"

#include <QAbstractItemModelTester>

using namespace foundry;
using namespace foundry::ui;
using namespace foundry::test;

class TestUserTableModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConsoleTestHarness> m_h;
    std::unique_ptr<UserTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QStringList usernames() const
    {
        QStringList names;
        for (int row = 0; row < m_model->rowCount(); ++row)
            names.append(m_model->index(row, UserTableModel::Username).data().toString());
        return names;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_h = std::make_unique<ConsoleTestHarness>(kConsoleTestSeed, false);
        m_model = std::make_unique<UserTableModel>(m_h->directory.get(), PrincipalType::Human);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_h.reset();
    }

    void rows_areThePeopleOnly()
    {
        // the built-in admin, then the seed's people; never the service principal
        QVERIFY(usernames().contains(QStringLiteral("alice")));
        QVERIFY(!usernames().contains(QStringLiteral("svc-etl")));
        UserTableModel services(m_h->directory.get(), PrincipalType::Service);
        QAbstractItemModelTester tester(&services,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(services.rowCount(), 1);
        QCOMPARE(services.index(0, UserTableModel::Contact).data().toString(),
                 QStringLiteral("etl"));
        QCOMPARE(services.headerData(UserTableModel::Contact, Qt::Horizontal).toString(),
                 QStringLiteral("Client"));
    }

    void activeColumn_isACheckbox()
    {
        const int alice = m_model->rowOf(m_h->idOf(QStringLiteral("alice")));
        const int carol = m_model->rowOf(m_h->idOf(QStringLiteral("carol")));
        QCOMPARE(m_model->index(alice, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::Checked);
        QCOMPARE(m_model->index(carol, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::Unchecked);
        QVERIFY(m_model->flags(m_model->index(alice, 0)) & Qt::ItemIsUserCheckable);
    }

    void setData_requestsAToggle_withoutChangingTheDirectory()
    {
        QSignalSpy requested(m_model.get(), &UserTableModel::activeToggleRequested);
        const QString id = m_h->idOf(QStringLiteral("alice"));
        QVERIFY(m_model->setData(m_model->index(m_model->rowOf(id), 0), Qt::Unchecked,
                                 Qt::CheckStateRole));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toString(), id);
        QCOMPARE(requested.first().at(1).toBool(), false);
        QVERIFY(m_h->directory->userById(id)->active);
    }

    void directoryUpdate_isDataChanged()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        const QString id = m_h->idOf(QStringLiteral("bob"));
        m_h->directory->setUserActive(id, false);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), m_model->rowOf(id));
        QCOMPARE(
            m_model->index(m_model->rowOf(id), 0).data(Qt::CheckStateRole).value<Qt::CheckState>(),
            Qt::Unchecked);
    }

    void directoryAdd_isOneRowInserted_andRemove_isOneRowRemoved()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy count(m_model.get(), &UserTableModel::countChanged);
        const int before = m_model->rowCount();
        User dave;
        dave.username = QStringLiteral("dave");
        QVERIFY(m_h->directory->addUser(dave, nullptr, &dave));
        QTRY_COMPARE(inserted.size(), 1);
        QCOMPARE(m_model->rowCount(), before + 1);
        QCOMPARE(count.last().first().toInt(), before + 1);
        QVERIFY(m_h->directory->removeUser(m_h->idOf(QStringLiteral("alice"))));
        QTRY_COMPARE(removed.size(), 1);
        QCOMPARE(m_model->rowCount(), before);
        QVERIFY(!usernames().contains(QStringLiteral("alice")));
        QCOMPARE(m_model->rowOf(dave.id), m_model->rowCount() - 1); // rows re-indexed
    }

    void serviceAdd_isNotAPersonRow()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
        User service;
        service.username = QStringLiteral("svc-new");
        service.principalType = PrincipalType::Service;
        QVERIFY(m_h->directory->addUser(service));
        m_h->directory->flushChanges();
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(dataChanged.size(), 0);
    }

    void oneBatch_manyChanges_areAppliedInOrder()
    {
        const int before = m_model->rowCount();
        User temp;
        temp.username = QStringLiteral("temp");
        m_h->directory->setNotificationDelay(50);
        QVERIFY(m_h->directory->addUser(temp, nullptr, &temp));
        m_h->directory->setUserActive(temp.id, false);
        QVERIFY(m_h->directory->removeUser(temp.id));
        m_h->directory->setUserActive(m_h->idOf(QStringLiteral("carol")), true);
        QSignalSpy batches(m_h->directory.get(), &Directory::changed);
        QTRY_COMPARE(batches.size(), 1);
        QCOMPARE(m_model->rowCount(), before);
        QCOMPARE(m_model->index(m_model->rowOf(m_h->idOf(QStringLiteral("carol"))), 0)
                     .data(UserTableModel::ActiveRole)
                     .toBool(),
                 true);
    }

    void reset_reloads()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_h->directory->resetState(DirectoryState::withDefaults());
        QTRY_COMPARE(reset.size(), 1);
        QCOMPARE(usernames(), QStringList{QStringLiteral("admin")});
    }

    void highlight_fadesBack()
    {
        const QString id = m_h->idOf(QStringLiteral("bob"));
        const QModelIndex index = m_model->index(m_model->rowOf(id), 1);
        QVERIFY(!index.data(Qt::BackgroundRole).isValid());
        m_model->highlight({DirectoryChange{EntityKind::User, ChangeType::Updated, id}});
        QVERIFY(index.data(Qt::BackgroundRole).value<QColor>().isValid());
        QTRY_VERIFY_WITH_TIMEOUT(!index.data(Qt::BackgroundRole).isValid(), 5000);
    }
};

QTEST_MAIN(TestUserTableModel)
#include "test_ui_user_table_model.moc"
