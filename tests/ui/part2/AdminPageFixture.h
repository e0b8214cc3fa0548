#pragma once
// The main window over the admin pages' seed, offscreen, with the emulator on an ephemeral
// port: finding widgets by objectName, showing a page from the keyboard, selecting a row, and
// calling the Admin API as the seed's admin.

#include "../ConsoleTestHarness.h"
#include "AdminPage.h"
#include "AdminTestSeed.h"
#include "DialogSeams.h"
#include "MainWindow.h"
#include "NavigationList.h"
#include "SeedDocument.h"

#include <QAbstractItemModel>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>

namespace foundry::test {

class AdminPageFixture
{
public:
    void setUpWindow(const QString &testName)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("foundry-console-tests"));
        QCoreApplication::setApplicationName(testName);
        h = std::make_unique<ConsoleTestHarness>(kAdminPagesSeed);
        window = std::make_unique<ui::MainWindow>(h->session.get());
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("the window was not shown");
    }

    void tearDownWindow()
    {
        ui::MessageBox::setNextAnswer(QMessageBox::Discard);
        window->close();
        ui::MessageBox::setNextAnswer(QMessageBox::NoButton);
        window.reset();
        h.reset();
    }

    template <typename T> T *find(const QString &name) const
    {
        T *widget = window->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }

    // Shows the page through its View-menu shortcut, as a person would (Ctrl+<row + 1>).
    template <typename Page> Page *showPage(const QString &pageName)
    {
        auto *page = find<Page>(pageName);
        auto *stack = find<QStackedWidget>(QStringLiteral("pageStack"));
        const int row = stack->indexOf(page);
        QTest::keyClick(window.get(), Qt::Key(Qt::Key_1 + row), Qt::ControlModifier);
        if (stack->currentWidget() != page)
            qFatal("Ctrl+%d did not show %s", row + 1, qPrintable(pageName));
        return page;
    }

    // Clicks the row whose IdRole is `id` in the page's table.
    static bool clickRow(ui::AdminPage *page, const QString &id, int column = 0)
    {
        QTableView *table = page->table();
        QAbstractItemModel *model = table->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, column);
            if (index.data(Qt::UserRole + 1).toString() != id)
                continue;
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualRect(index).center());
            return table->selectionModel()->isRowSelected(row, {});
        }
        return false;
    }

    HttpReply admin(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        return h->send(
            method, path, body,
            {{"Authorization", "Bearer admin-token"}, {"Content-Type", "application/json"}});
    }

    QUndoStack *stack() const { return h->session->document()->undoStack(); }
    Directory &directory() const { return *h->directory; }

    std::unique_ptr<ConsoleTestHarness> h;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace foundry::test
