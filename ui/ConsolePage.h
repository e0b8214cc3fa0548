#pragma once

#include <QWidget>

namespace foundry::ui {

// A page of the main window. The Edit menu's actions (New, Delete, Activate, Deactivate, Find)
// go to the current page through these; a page that has no such action keeps the default,
// which does nothing.
class ConsolePage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void newEntry() {}
    virtual void deleteSelected() {}
    virtual void setSelectedActive(bool active) { Q_UNUSED(active) }
    virtual void focusFilter() {}
};

} // namespace foundry::ui
