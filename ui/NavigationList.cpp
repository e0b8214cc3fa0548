#include "NavigationList.h"

#include <QApplication>
#include <QPainter>
#include <QStyledItemDelegate>

namespace foundry::ui {
namespace {

class BadgeDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QVariant countValue = index.data(NavigationList::CountRole);
        const QString badge =
            countValue.isValid() ? QString::number(countValue.toInt()) : QString();
        QStyleOptionViewItem base = option;
        initStyleOption(&base, index);
        const QFontMetrics metrics(base.font);
        const int badgeWidth = badge.isEmpty() ? 0 : metrics.horizontalAdvance(badge) + 14;
        QRect badgeRect(base.rect.right() - badgeWidth - 8,
                        base.rect.center().y() - metrics.height() / 2 - 1, badgeWidth,
                        metrics.height() + 2);
        // Leave room for the badge so that the text elides before it.
        base.rect.setRight(base.rect.right() - badgeWidth - 12);
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        QStyleOptionViewItem panel = option; // the selection background over the whole width
        initStyleOption(&panel, index);
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &panel, painter, widget);
        style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);
        if (badge.isEmpty())
            return;
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette &palette = option.palette;
        const QColor fill = selected ? palette.color(QPalette::HighlightedText)
                                     : palette.color(QPalette::PlaceholderText);
        const QColor text =
            selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Base);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(badgeRect, badgeRect.height() / 2.0, badgeRect.height() / 2.0);
        painter->setPen(text);
        painter->drawText(badgeRect, Qt::AlignCenter, badge);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(qMax(size.height(), option.fontMetrics.height() + 14));
        size.setWidth(size.width() + option.fontMetrics.horizontalAdvance(QStringLiteral("00000")) +
                      24);
        return size;
    }
};

} // namespace

NavigationList::NavigationList(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigationList"));
    setItemDelegate(new BadgeDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Pages"));
}

int NavigationList::addEntry(const QString &objectName, const QString &text)
{
    auto *entry = new QListWidgetItem(text, this);
    entry->setData(Qt::UserRole, objectName);
    entry->setToolTip(text);
    return row(entry);
}

void NavigationList::setCount(int row, int count)
{
    if (QListWidgetItem *entry = item(row))
        entry->setData(CountRole, count);
}

int NavigationList::badgeCount(int row) const
{
    const QListWidgetItem *entry = item(row);
    return entry ? entry->data(CountRole).toInt() : 0;
}

QSize NavigationList::sizeHint() const
{
    int width = 0;
    for (int i = 0; i < count(); ++i)
        width = qMax(width, sizeHintForRow(i) > 0 ? sizeHintForColumn(0) : 0);
    return {qMax(width + 8, 200), QListWidget::sizeHint().height()};
}

} // namespace foundry::ui
