#include "TableColumns.h"

#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace foundry::ui {

QMenu *makeColumnMenu(QTableView *table)
{
    auto *menu = new QMenu(table);
    menu->setObjectName(QStringLiteral("columnMenu"));
    QHeaderView *header = table->horizontalHeader();
    QAbstractItemModel *model = table->model();
    const int visible = header->count() - header->hiddenSectionCount();
    for (int column = 0; column < model->columnCount(); ++column) {
        QAction *action = menu->addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(QStringLiteral("showColumn%1").arg(column));
        action->setCheckable(true);
        action->setChecked(!table->isColumnHidden(column));
        // The last visible column stays: a table without columns cannot get them back.
        action->setEnabled(table->isColumnHidden(column) || visible > 1);
        QObject::connect(action, &QAction::toggled, table,
                         [table, column](bool shown) { table->setColumnHidden(column, !shown); });
    }
    return menu;
}

void installColumnMenu(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, table,
                     [table, header](const QPoint &at) {
                         QMenu *menu = makeColumnMenu(table);
                         menu->setAttribute(Qt::WA_DeleteOnClose);
                         menu->popup(header->mapToGlobal(at));
                     });
}

} // namespace foundry::ui
