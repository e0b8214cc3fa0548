#pragma once

#include <QListWidget>

namespace foundry::ui {

// The left navigation: one entry per page, each with a count badge drawn from the palette.
class NavigationList final : public QListWidget
{
    Q_OBJECT

public:
    static constexpr int CountRole = Qt::UserRole + 1;

    explicit NavigationList(QWidget *parent = nullptr);

    // Adds an entry; its row is the page index.
    int addEntry(const QString &objectName, const QString &text);
    void setCount(int row, int count);
    int badgeCount(int row) const;

    QSize sizeHint() const override;
};

} // namespace foundry::ui
