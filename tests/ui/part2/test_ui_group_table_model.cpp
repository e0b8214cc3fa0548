// GroupTableModel: passes QAbstractItemModelTester through adds, renames, removals and a reset,
// shows members (nested groups included) by name, and follows renames of its members.
#include "../ConsoleTestHarness.h"
#include "AdminTestSeed.h"
#include "GroupTableModel.h"

#include <QAbstractItemModelTester>

using namespace foundry;
using namespace foundry::ui;
using namespace foundry::test;

class TestGroupTableModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConsoleTestHarness> m_h;

    Group group(const QString &name) const { return *m_h->directory->groupByName(name); }
    QString cell(const GroupTableModel &model, const QString &name, int column) const
    {
        const int row = model.rowOf(group(name).id);
        return model.index(row, column).data().toString();
    }

private Q_SLOTS:
    void init() { m_h = std::make_unique<ConsoleTestHarness>(kAdminPagesSeed, false); }
    void cleanup() { m_h.reset(); }

    void rows_showGroupsWithMembersByName()
    {
        GroupTableModel model(m_h->directory.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, QStringLiteral("operations"), GroupTableModel::Description),
                 QStringLiteral("Runs the network"));
        QCOMPARE(cell(model, QStringLiteral("operations"), GroupTableModel::Members),
                 QStringLiteral("2 · bob, dispatch (group)"));
        QCOMPARE(cell(model, QStringLiteral("operations"), GroupTableModel::Organizations),
                 QStringLiteral("Acme"));
        QCOMPARE(model.index(0, 0).data(EntityTableModel::IdRole).toString(),
                 group(QStringLiteral("dispatch")).id);
    }

    void directoryChanges_becomeRowChanges()
    {
        GroupTableModel model(m_h->directory.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy counts(&model, &GroupTableModel::countChanged);

        Group added;
        added.name = QStringLiteral("new-group");
        QVERIFY(m_h->directory->addGroup(added));
        QTRY_COMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(counts.last().first().toInt(), 3);

        Group renamed = group(QStringLiteral("dispatch"));
        renamed.name = QStringLiteral("dispatchers");
        QVERIFY(m_h->directory->updateGroup(renamed));
        // The nested group's new name shows in its parent's members at once.
        QTRY_COMPARE(cell(model, QStringLiteral("operations"), GroupTableModel::Members),
                     QStringLiteral("2 · bob, dispatchers (group)"));

        QVERIFY(m_h->directory->removeGroup(renamed.id));
        QTRY_COMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, QStringLiteral("operations"), GroupTableModel::Members),
                 QStringLiteral("1 · bob"));
        QCOMPARE(model.rowOf(renamed.id), -1);
    }

    void userRename_updatesMemberNames()
    {
        GroupTableModel model(m_h->directory.get());
        User bob = *m_h->directory->userByUsername(QStringLiteral("bob"));
        bob.username = QStringLiteral("robert");
        QVERIFY(m_h->directory->updateUser(bob));
        QTRY_COMPARE(cell(model, QStringLiteral("operations"), GroupTableModel::Members),
                     QStringLiteral("2 · robert, dispatch (group)"));
    }

    void reset_reloads()
    {
        GroupTableModel model(m_h->directory.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        m_h->directory->resetState(DirectoryState::withDefaults());
        QTRY_COMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    void remoteChanges_highlightTheRow()
    {
        GroupTableModel model(m_h->directory.get());
        const QString id = group(QStringLiteral("dispatch")).id;
        const QModelIndex index = model.index(model.rowOf(id), 0);
        QVERIFY(!index.data(Qt::BackgroundRole).isValid());
        model.highlight({{EntityKind::Group, ChangeType::Updated, id}});
        QVERIFY(index.data(Qt::BackgroundRole).value<QColor>().isValid());
        // It fades back within about two seconds.
        QTRY_VERIFY_WITH_TIMEOUT(!index.data(Qt::BackgroundRole).isValid(), 4000);
    }
};

QTEST_MAIN(TestGroupTableModel)
#include "test_ui_group_table_model.moc"
