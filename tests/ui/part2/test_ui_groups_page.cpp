// The Groups page in the main window, offscreen, over the emulator: members added with the
// principal picker and removed, each one undoable step that the Admin API sees at once; nested
// groups, with cycles refused; New with inline name checks; Delete with undo; the filter; and a
// group created over HTTP showing up highlighted.
#include "AdminPageFixture.h"
#include "GroupDetailEditor.h"
#include "GroupTableModel.h"
#include "GroupsPage.h"
#include "PrincipalPicker.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>

using namespace foundry;
using namespace foundry::ui;
using namespace foundry::test;

class TestGroupsPage : public QObject, AdminPageFixture
{
    Q_OBJECT

    GroupsPage *m_page = nullptr;

    Group group(const QString &name) const { return *directory().groupByName(name); }
    QStringList memberIdsOverHttp(const QString &groupId)
    {
        const HttpReply reply =
            admin("GET", QStringLiteral("/api/v2/admin/groups/%1/groupMembers").arg(groupId));
        QStringList ids;
        const QJsonArray data = reply.json().value(QStringLiteral("data")).toArray();
        for (const QJsonValue &member : data)
            ids.append(member.toObject().value(QStringLiteral("principalId")).toString());
        return ids;
    }
    void pick(const QString &text)
    {
        auto *picker = find<PrincipalPicker>(QStringLiteral("groupMemberPicker"));
        picker->setFocus();
        picker->clearEditText();
        QTest::keyClicks(picker->lineEdit(), text);
    }

private Q_SLOTS:
    void init()
    {
        setUpWindow(QStringLiteral("test_ui_groups_page"));
        m_page = showPage<GroupsPage>(QStringLiteral("groupsPage"));
    }
    void cleanup() { tearDownWindow(); }

    void addMember_withThePicker_isLiveAndUndoable()
    {
        const Group dispatch = group(QStringLiteral("dispatch"));
        QVERIFY(clickRow(m_page, dispatch.id));
        QCOMPARE(find<QLineEdit>(QStringLiteral("groupNameEdit"))->text(),
                 QStringLiteral("dispatch"));
        pick(QStringLiteral("bob"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("groupAddMemberButton")),
                          Qt::LeftButton);

        const QString bob = h->idOf(QStringLiteral("bob"));
        QVERIFY(group(QStringLiteral("dispatch")).members.contains({PrincipalKind::User, bob}));
        QCOMPARE(find<QListWidget>(QStringLiteral("groupMembersList"))->count(), 2);
        QVERIFY(memberIdsOverHttp(dispatch.id).contains(bob));
        QCOMPARE(stack()->undoText(), QStringLiteral("Add bob to dispatch"));
        QVERIFY(window->isWindowModified());

        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(group(QStringLiteral("dispatch")).members, dispatch.members);
        QCOMPARE(find<QListWidget>(QStringLiteral("groupMembersList"))->count(), 1);
        QVERIFY(!memberIdsOverHttp(dispatch.id).contains(bob));
        QVERIFY(!window->isWindowModified());
    }

    void nestedGroup_cycleIsRefused_otherGroupAccepted()
    {
        const Group dispatch = group(QStringLiteral("dispatch"));
        QVERIFY(clickRow(m_page, dispatch.id));
        // operations contains dispatch: dispatch may not contain operations.
        pick(QStringLiteral("operations"));
        QTest::keyClick(find<PrincipalPicker>(QStringLiteral("groupMemberPicker"))->lineEdit(),
                        Qt::Key_Return);
        auto *error = find<QLabel>(QStringLiteral("groupMemberError"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("may not contain itself")));
        QCOMPARE(group(QStringLiteral("dispatch")).members, dispatch.members);
        QCOMPARE(stack()->count(), 0);

        Group other;
        other.name = QStringLiteral("night");
        QVERIFY(directory().addGroup(other));
        QTRY_VERIFY(m_page->model()->rowOf(group(QStringLiteral("night")).id) >= 0);
        pick(QStringLiteral("night"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("groupAddMemberButton")),
                          Qt::LeftButton);
        QVERIFY(!error->isVisible());
        QVERIFY(group(QStringLiteral("dispatch"))
                    .members.contains({PrincipalKind::Group, group(QStringLiteral("night")).id}));
    }

    void removeMember_isOneStep()
    {
        const Group operations = group(QStringLiteral("operations"));
        QVERIFY(clickRow(m_page, operations.id));
        auto *members = find<QListWidget>(QStringLiteral("groupMembersList"));
        QCOMPARE(members->item(1)->text(), QStringLiteral("dispatch (group)"));
        members->setCurrentRow(1);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("groupRemoveMemberButton")),
                          Qt::LeftButton);
        QCOMPARE(group(QStringLiteral("operations")).members.size(), 1);
        QCOMPARE(stack()->undoText(), QStringLiteral("Remove dispatch from operations"));
        stack()->undo();
        QCOMPARE(group(QStringLiteral("operations")).members, operations.members);
    }

    void newGroup_duplicateNameRefusedInline_thenCreated()
    {
        QTest::mouseClick(find<QToolButton>(QStringLiteral("groupsNewButton")), Qt::LeftButton);
        auto *name = find<QLineEdit>(QStringLiteral("groupNameEdit"));
        auto *apply = find<QPushButton>(QStringLiteral("groupApplyButton"));
        QVERIFY(name->hasFocus());
        QTest::keyClicks(name, QStringLiteral("operations"));
        QVERIFY(!apply->isEnabled());
        QVERIFY(find<QLabel>(QStringLiteral("groupNameError"))
                    ->text()
                    .contains(QStringLiteral("already exists")));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("night-shift"));
        QVERIFY(apply->isEnabled());
        QTest::keyClick(name, Qt::Key_Return);
        const std::optional<Group> created = directory().groupByName(QStringLiteral("night-shift"));
        QVERIFY(created);
        QCOMPARE(created->organizationRids, QStringList{directory().organizations().first().rid});
        QCOMPARE(m_page->detail()->isCreating(), false);
        QCOMPARE(find<QLineEdit>(QStringLiteral("groupIdEdit"))->text(), created->id);
        QCOMPARE(stack()->undoText(), QStringLiteral("Add group night-shift"));
    }

    void deleteGroup_undoBringsBackItsMembership()
    {
        const Group dispatch = group(QStringLiteral("dispatch"));
        QVERIFY(clickRow(m_page, dispatch.id));
        QTest::keyClick(m_page->table(), Qt::Key_Delete);
        QVERIFY(!directory().groupById(dispatch.id));
        QCOMPARE(m_page->model()->rowCount(), 1);
        QCOMPARE(group(QStringLiteral("operations")).members.size(), 1);
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(*directory().groupById(dispatch.id), dispatch);
        QCOMPARE(group(QStringLiteral("operations")).members.size(), 2);
    }

    void filter_matchesAnyColumn()
    {
        auto *filter = find<QLineEdit>(QStringLiteral("groupsFilterEdit"));
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("runs the"));
        QTRY_COMPARE(m_page->proxy()->rowCount(), 1);
        QCOMPARE(find<QLabel>(QStringLiteral("groupsCountLabel"))->text(),
                 QStringLiteral("1 of 2 groups"));
    }

    void groupCreatedOverHttp_appearsHighlighted_andMarksModified()
    {
        const HttpReply reply = admin(
            "POST", QStringLiteral("/api/v2/admin/groups"),
            R"({"name": "from-api", "organizations": ["ri.organization.main.organization.acme"], "attributes": {}})");
        QCOMPARE(reply.status, 200);
        const QString id = reply.json().value(QStringLiteral("id")).toString();
        QTRY_VERIFY(m_page->model()->rowOf(id) >= 0);
        const QModelIndex index = m_page->model()->index(m_page->model()->rowOf(id), 0);
        QVERIFY(index.data(Qt::BackgroundRole).value<QColor>().isValid());
        QTRY_VERIFY(window->isWindowModified());
        QCOMPARE(window->findChild<NavigationList *>()->badgeCount(
                     find<QStackedWidget>(QStringLiteral("pageStack"))->indexOf(m_page)),
                 3);
    }
};

QTEST_MAIN(TestGroupsPage)
#include "test_ui_groups_page.moc"
