#include "RequestLogDock.h"

#include "RequestLog.h"
#include "RequestLogModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace foundry::ui {

RequestLogDock::RequestLogDock(RequestLog *log, QWidget *parent)
    : QDockWidget(tr("Request Log"), parent), m_log(log), m_model(new RequestLogModel(log, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this)),
      m_filter(new QLineEdit(this)), m_pause(new QToolButton(this))
{
    setObjectName(QStringLiteral("requestLogDock"));
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea | Qt::TopDockWidgetArea);
    m_model->setObjectName(QStringLiteral("requestLogModel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(RequestLogModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(RequestLogModel::SortRole);

    m_table->setObjectName(QStringLiteral("requestLogTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->resizeSection(RequestLogModel::Time, 110);
    header->resizeSection(RequestLogModel::Method, 70);
    header->resizeSection(RequestLogModel::Path, 320);
    header->resizeSection(RequestLogModel::Status, 80);
    header->resizeSection(RequestLogModel::Principal, 150);
    header->resizeSection(RequestLogModel::Client, 130);
    header->setSectionResizeMode(RequestLogModel::Path, QHeaderView::Stretch);
    header->resizeSection(RequestLogModel::Latency, 90);

    m_filter->setObjectName(QStringLiteral("requestFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter by method, path, status, principal or client"));
    m_filter->setClearButtonEnabled(true);
    m_pause->setObjectName(QStringLiteral("pauseLogButton"));
    m_pause->setText(tr("Pause"));
    m_pause->setToolTip(tr("Stop following new requests (they are still recorded)"));
    m_pause->setCheckable(true);
    m_pause->setAutoRaise(true);
    auto *clear = new QToolButton(this);
    clear->setObjectName(QStringLiteral("clearLogButton"));
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Forget every recorded request"));
    clear->setAutoRaise(true);

    auto *content = new QWidget(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_pause);
    bar->addWidget(clear);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 2, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    setWidget(content);

    auto *filterTimer = new QTimer(this);
    filterTimer->setSingleShot(true);
    filterTimer->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, filterTimer, qOverload<>(&QTimer::start));
    connect(filterTimer, &QTimer::timeout, this,
            [this] { m_proxy->setFilterFixedString(m_filter->text().trimmed()); });
    connect(m_pause, &QToolButton::toggled, this, [this](bool paused) {
        m_model->setPaused(paused);
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    });
    connect(clear, &QToolButton::clicked, m_log, &RequestLog::clear);

    // Follow the newest entry while the view is scrolled to the bottom.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar *bar = m_table->verticalScrollBar();
        m_follow = bar->value() >= bar->maximum() - 2;
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow)
            QTimer::singleShot(0, m_table, &QTableView::scrollToBottom);
    });
}

} // namespace foundry::ui
