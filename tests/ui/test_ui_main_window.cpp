// The console window end to end, offscreen, over the emulator on an ephemeral port: a toggle in
// the table is live over HTTP and undoable, the filter, the unsaved-changes prompt, save and
// reopen, an invalid file, and changes that arrive over HTTP.
#include "ConsoleTestHarness.h"
#include "DialogSeams.h"
#include "DocumentController.h"
#include "MainWindow.h"
#include "NavigationList.h"
#include "RequestLogDock.h"
#include "SeedDocument.h"
#include "SeedErrorsDialog.h"
#include "TableColumns.h"
#include "UserFilterProxy.h"
#include "UserTableModel.h"
#include "UsersPage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>

using namespace foundry;
using namespace foundry::ui;
using namespace foundry::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleTestHarness> m_h;
    std::unique_ptr<MainWindow> m_window;

    template <typename T> T *find(const QString &name, QWidget *in = nullptr) const
    {
        T *widget = (in ? in : m_window.get())->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    QAction *action(const QString &name) const { return find<QAction>(name); }
    QTableView *usersTable() const { return find<QTableView>(QStringLiteral("usersTable")); }

    QModelIndex rowOf(QTableView *table, const QString &username) const
    {
        QAbstractItemModel *model = table->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, UserTableModel::Username);
            if (index.data().toString() == username)
                return index;
        }
        return {};
    }

    void selectRow(QTableView *table, const QString &username)
    {
        const QModelIndex index = rowOf(table, username);
        QVERIFY(index.isValid());
        table->setFocus();
        table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
    }

    void clickActiveCheckbox(QTableView *table, const QString &username)
    {
        const QModelIndex index = rowOf(table, username).siblingAtColumn(UserTableModel::Active);
        QVERIFY(index.isValid());
        QStyleOptionViewItem option;
        option.initFrom(table->viewport());
        option.rect = table->visualRect(index);
        option.features |= QStyleOptionViewItem::HasCheckIndicator;
        option.checkState = index.data(Qt::CheckStateRole).value<Qt::CheckState>();
        const QRect check =
            table->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, table);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, check.center());
    }

    QString writeFile(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("foundry-console-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_ui_main_window"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_h = std::make_unique<ConsoleTestHarness>();
        m_h->session->document()->adopt(m_dir.filePath(QStringLiteral("test.yaml")));
        m_window = std::make_unique<MainWindow>(m_h->session.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        MessageBox::resetQuestionCount();
    }

    void cleanup()
    {
        MessageBox::setNextAnswer(QMessageBox::Discard);
        m_window->close();
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        m_window.reset();
        m_h.reset();
    }

    void title_and_statusBar()
    {
        QCOMPARE(m_window->windowTitle(),
                 QStringLiteral("test.yaml[*] — Foundry Emulator Console"));
        QVERIFY(!m_window->isWindowModified());
        QTRY_COMPARE(find<QToolButton>(QStringLiteral("serverUrlButton"))->text(),
                     QStringLiteral("Listening on ") +
                         m_h->base.toString(QUrl::StripTrailingSlash));
        QCOMPARE(find<QLabel>(QStringLiteral("documentLabel"))->text(),
                 QStringLiteral("test.yaml"));
        // badges: the people (admin + 4) and one service principal
        QCOMPARE(m_window->navigation()->badgeCount(0), 5);
        QCOMPARE(m_window->navigation()->badgeCount(1), 1);
    }

    void toggleOffInTable_isLiveOverHttp_andUndoRestores()
    {
        QCOMPARE(m_h->me("alice-token").status, 200);
        QCOMPARE(m_h->me("bob-token").status, 200);

        clickActiveCheckbox(usersTable(), QStringLiteral("alice"));
        QVERIFY(!m_h->directory->userByUsername(QStringLiteral("alice"))->active);
        QCOMPARE(m_h->me("alice-token").status, 401);
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(action(QStringLiteral("actionUndo"))->text(),
                 QStringLiteral("&Undo Deactivate alice"));

        selectRow(usersTable(), QStringLiteral("bob"));
        QTest::keyClick(usersTable(), Qt::Key_Space);
        QCOMPARE(m_h->me("bob-token").status, 401);

        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier); // undo bob
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier); // undo alice
        QCOMPARE(m_h->me("alice-token").status, 200);
        QCOMPARE(m_h->me("bob-token").status, 200);
        QVERIFY(!m_window->isWindowModified());
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // redo
        QCOMPARE(m_h->me("alice-token").status, 401);
        // the 401s reached the request log dock
        QTRY_VERIFY(m_window->requestLogDock()->table()->model()->rowCount() >= 5);
    }

    void bulkDeactivate_isOneUndoStep()
    {
        QTableView *table = usersTable();
        table->setFocus();
        table->selectionModel()->clearSelection();
        for (const QString &name : {QStringLiteral("alice"), QStringLiteral("bob")})
            table->selectionModel()->select(rowOf(table, name), QItemSelectionModel::Select |
                                                                    QItemSelectionModel::Rows);
        QTest::mouseClick(
            find<QToolButton>(QStringLiteral("deactivateButton"), m_window->usersPage()),
            Qt::LeftButton);
        QVERIFY(!m_h->directory->userByUsername(QStringLiteral("alice"))->active);
        QVERIFY(!m_h->directory->userByUsername(QStringLiteral("bob"))->active);
        QCOMPARE(m_h->session->document()->undoStack()->count(), 1);
        action(QStringLiteral("actionUndo"))->trigger();
        QVERIFY(m_h->directory->userByUsername(QStringLiteral("alice"))->active);
        QVERIFY(m_h->directory->userByUsername(QStringLiteral("bob"))->active);
    }

    void filterAli_showsOnlyMatchingRows()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *filter = find<QLineEdit>(QStringLiteral("filterEdit"), m_window->usersPage());
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("ali"));
        QTRY_COMPARE(usersTable()->model()->rowCount(), 2);
        QVERIFY(rowOf(usersTable(), QStringLiteral("alice")).isValid());
        QVERIFY(rowOf(usersTable(), QStringLiteral("malik")).isValid());
        auto *facet = find<QComboBox>(QStringLiteral("statusFacet"), m_window->usersPage());
        facet->setCurrentIndex(int(UserFilterProxy::Status::Inactive));
        QCOMPARE(usersTable()->model()->rowCount(), 0);
    }

    void editThenQuit_asksToSave()
    {
        selectRow(usersTable(), QStringLiteral("bob"));
        QTest::keyClick(usersTable(), Qt::Key_Space);
        QVERIFY(m_window->isWindowModified());

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!m_window->close());
        QCOMPARE(MessageBox::questionCount(), 1);
        QVERIFY(m_window->isVisible());

        const QString path = m_dir.filePath(QStringLiteral("test.yaml"));
        MessageBox::setNextAnswer(QMessageBox::Save);
        QVERIFY(m_window->close());
        QCOMPARE(MessageBox::questionCount(), 2);
        QVERIFY(QFile::exists(path));
    }

    void saveAs_thenReopen_givesTheSameModel()
    {
        selectRow(usersTable(), QStringLiteral("carol"));
        QTest::keyClick(usersTable(), Qt::Key_Space); // carol becomes active
        const QString path = m_dir.filePath(QStringLiteral("saved.yaml"));
        FileDialog::setNextFileName(path);
        action(QStringLiteral("actionSaveAs"))->trigger();
        QVERIFY(QFile::exists(path));
        QCOMPARE(m_window->windowTitle(),
                 QStringLiteral("saved.yaml[*] — Foundry Emulator Console"));
        QVERIFY(!m_window->isWindowModified());
        const DirectoryState saved = m_h->directory->state();

        action(QStringLiteral("actionNew"))->trigger();
        QCOMPARE(usersTable()->model()->rowCount(), 1); // only the built-in admin

        FileDialog::setNextFileName(path);
        action(QStringLiteral("actionOpen"))->trigger();
        QCOMPARE(m_h->directory->state().users, saved.users);
        QCOMPARE(usersTable()->model()->rowCount(), 5);
        QVERIFY(rowOf(usersTable(), QStringLiteral("carol"))
                    .siblingAtColumn(UserTableModel::Active)
                    .data(Qt::CheckStateRole)
                    .value<Qt::CheckState>() == Qt::Checked);
        QCOMPARE(m_window->documents()->recentFiles().first(), path);
    }

    void openInvalidFile_showsErrors_andIsNotOpened()
    {
        const QString bad =
            writeFile(QStringLiteral("bad.yaml"),
                      "foundry:\n  users:\n    - username: x\n      active: maybe\n");
        const DirectoryState before = m_h->directory->state();
        FileDialog::setNextFileName(bad);
        action(QStringLiteral("actionOpen"))->trigger();
        SeedErrorsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<SeedErrorsDialog *>()) && dialog->isVisible());
        const QString text = dialog->errorText();
        QVERIFY2(text.startsWith(bad + QStringLiteral(":4:")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("foundry.users[0].active")), qPrintable(text));
        QCOMPARE(m_h->directory->state(), before);
        QCOMPARE(m_window->windowTitle(),
                 QStringLiteral("test.yaml[*] — Foundry Emulator Console"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("copyErrorsButton"), dialog),
                          Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), text);
        dialog->close();
    }

    void newUser_duplicateRefusedInline_thenCreated()
    {
        action(QStringLiteral("actionNewEntry"))->trigger();
        UsersPage *page = m_window->usersPage();
        auto *username = find<QLineEdit>(QStringLiteral("usernameEdit"), page);
        auto *create = find<QPushButton>(QStringLiteral("applyButton"), page);
        auto *error = find<QLabel>(QStringLiteral("usernameError"), page);
        QTRY_VERIFY(username->hasFocus());
        QTest::keyClicks(username, QStringLiteral("alice"));
        QVERIFY(!create->isEnabled());
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("already taken")),
                 qPrintable(error->text()));

        username->clear();
        QTest::keyClicks(username, QStringLiteral("zed"));
        QVERIFY(create->isEnabled());
        QVERIFY(!error->isVisible());
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(m_h->directory->userByUsername(QStringLiteral("zed")));
        QCOMPARE(m_window->navigation()->badgeCount(0), 6);
        QCOMPARE(usersTable()->currentIndex().data().toString(), QStringLiteral("zed"));
        QCOMPARE(m_h->session->document()->undoStack()->undoText(), QStringLiteral("Add zed"));

        QTest::keyClick(usersTable(), Qt::Key_Delete);
        QVERIFY(!m_h->directory->userByUsername(QStringLiteral("zed")));
        QCOMPARE(m_h->session->document()->undoStack()->undoText(), QStringLiteral("Delete zed"));
    }

    void detailEdit_appliesOneUndoableCommand()
    {
        selectRow(usersTable(), QStringLiteral("alice"));
        UsersPage *page = m_window->usersPage();
        auto *email = find<QLineEdit>(QStringLiteral("emailEdit"), page);
        QCOMPARE(email->text(), QStringLiteral("alice@example.com"));
        email->selectAll();
        QTest::keyClicks(email, QStringLiteral("alice.chen@example.com"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("applyButton"), page), Qt::LeftButton);
        QCOMPARE(m_h->directory->userByUsername(QStringLiteral("alice"))->email,
                 QStringLiteral("alice.chen@example.com"));
        // the attributes survive the edit untouched
        QCOMPARE(m_h->directory->userByUsername(QStringLiteral("alice"))->attributes.size(), 2);
        QCOMPARE(rowOf(usersTable(), QStringLiteral("alice"))
                     .siblingAtColumn(UserTableModel::Contact)
                     .data()
                     .toString(),
                 QStringLiteral("alice.chen@example.com"));
        action(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(email->text(), QStringLiteral("alice@example.com"));
    }

    void clientCredentialsCall_createsAServicePrincipal_shownAtOnce()
    {
        m_window->navigation()->setCurrentRow(1);
        auto *table = find<QTableView>(QStringLiteral("servicePrincipalsTable"));
        QCOMPARE(table->model()->rowCount(), 1);
        const HttpReply reply = m_h->clientCredentials("reporting:reporting-secret");
        QCOMPARE(reply.status, 200);
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QTRY_COMPARE(m_window->navigation()->badgeCount(1), 2);
        const QModelIndex row = rowOf(table, QStringLiteral("reporting"));
        QVERIFY(row.isValid());
        QVERIFY(row.data(Qt::BackgroundRole).value<QColor>().isValid()); // highlighted
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(m_h->session->document()->undoStack()->count(), 0); // not an undoable edit
    }
    void resetToSeed_asks_thenRestartsFromTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("reset.yaml"));
        FileDialog::setNextFileName(path);
        action(QStringLiteral("actionSaveAs"))->trigger();
        selectRow(usersTable(), QStringLiteral("bob"));
        QTest::keyClick(usersTable(), Qt::Key_Space);
        QVERIFY(!m_h->directory->userByUsername(QStringLiteral("bob"))->active);

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        action(QStringLiteral("actionResetToSeed"))->trigger();
        QCOMPARE(MessageBox::questionCount(), 1);
        QVERIFY(!m_h->directory->userByUsername(QStringLiteral("bob"))->active);

        MessageBox::setNextAnswer(QMessageBox::Discard);
        action(QStringLiteral("actionResetToSeed"))->trigger();
        QCOMPARE(MessageBox::questionCount(), 2);
        QVERIFY(m_h->directory->userByUsername(QStringLiteral("bob"))->active);
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(m_h->session->document()->undoStack()->count(), 0);
        QCOMPARE(m_h->me("bob-token").status, 200);
    }

    void droppingAYamlFile_opensIt()
    {
        const QString path = writeFile(QStringLiteral("dropped.yaml"),
                                       "foundry:\n  users:\n    - username: dora\n");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at = m_window->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(m_h->directory->userByUsername(QStringLiteral("dora")));
        QCOMPARE(m_window->windowTitle(),
                 QStringLiteral("dropped.yaml[*] — Foundry Emulator Console"));

        QMimeData text; // anything but a seed file is refused
        text.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("notes.txt")))});
        QDragEnterEvent refused(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(m_window.get(), &refused);
        QVERIFY(!refused.isAccepted());
    }

    void groupsColumn_namesEachUsersGroups()
    {
        QCOMPARE(rowOf(usersTable(), QStringLiteral("alice"))
                     .siblingAtColumn(UserTableModel::Groups)
                     .data()
                     .toString(),
                 QStringLiteral("finance"));
        QCOMPARE(rowOf(usersTable(), QStringLiteral("carol"))
                     .siblingAtColumn(UserTableModel::Groups)
                     .data()
                     .toString(),
                 QString());
    }

    void columnMenu_showsAndHidesColumns()
    {
        QTableView *table = usersTable();
        QVERIFY(table->isColumnHidden(UserTableModel::Realm)); // people share a realm mostly
        std::unique_ptr<QMenu> menu(makeColumnMenu(table));
        menu->findChild<QAction *>(QStringLiteral("showColumn%1").arg(UserTableModel::Realm))
            ->trigger();
        QVERIFY(!table->isColumnHidden(UserTableModel::Realm));
        menu.reset(makeColumnMenu(table));
        menu->findChild<QAction *>(QStringLiteral("showColumn%1").arg(UserTableModel::Contact))
            ->trigger();
        QVERIFY(table->isColumnHidden(UserTableModel::Contact));
    }

    void everyAction_hasAShortcut()
    {
        for (const char *name :
             {"actionNew", "actionOpen", "actionSave", "actionSaveAs", "actionRevert",
              "actionResetToSeed", "actionQuit", "actionUndo", "actionRedo", "actionNewEntry",
              "actionDelete", "actionActivate", "actionDeactivate", "actionFind", "actionAbout",
              "actionShowPage0", "actionShowPage1", "actionShowPage2",
              "actionToggle_requestLogDock"})
            QVERIFY2(!action(QLatin1String(name))->shortcut().isEmpty(), name);
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_window->findChild<QStackedWidget *>(QStringLiteral("pageStack"))
                     ->currentWidget(),
                 m_window->servicePrincipalsPage());
    }

    void windowState_isRestoredAtTheNextStart()
    {
        m_window->resize(1111, 777);
        m_window->requestLogDock()->hide();
        QVERIFY(m_window->close());
        m_window = std::make_unique<MainWindow>(m_h->session.get());
        QCOMPARE(m_window->size(), QSize(1111, 777));
        QVERIFY(m_window->requestLogDock()->isHidden());
        m_window->requestLogDock()->show(); // for the next test
        QVERIFY(m_window->close());
        m_window = std::make_unique<MainWindow>(m_h->session.get());
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_ui_main_window.moc"
