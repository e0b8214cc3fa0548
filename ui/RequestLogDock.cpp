#include "RequestLogDock.h"

#include "DialogSeams.h"
#include "RequestLog.h"
#include "RequestLogFormat.h"
#include "RequestLogModel.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace foundry::ui {
namespace {
QToolButton *toolButton(QWidget *parent, const QString &name, const QString &text,
                        const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

QPlainTextEdit *detailView(QWidget *parent, const QString &name)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setPlaceholderText(RequestLogDock::tr("Select a request to see it here"));
    return view;
}
} // namespace

RequestLogDock::RequestLogDock(RequestLog *log, QWidget *parent)
    : QDockWidget(tr("Request Log"), parent), m_log(log), m_model(new RequestLogModel(log, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this)),
      m_request(detailView(this, QStringLiteral("requestDetail"))),
      m_response(detailView(this, QStringLiteral("responseDetail")))
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
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->resizeSection(RequestLogModel::Time, 100);
    header->resizeSection(RequestLogModel::Method, 64);
    header->resizeSection(RequestLogModel::Path, 280);
    header->resizeSection(RequestLogModel::Status, 70);
    header->resizeSection(RequestLogModel::Principal, 120);
    header->resizeSection(RequestLogModel::Client, 120);
    header->setSectionResizeMode(RequestLogModel::Path, QHeaderView::Stretch);
    header->resizeSection(RequestLogModel::Latency, 80);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("requestDetailTabs"));
    tabs->addTab(m_request, tr("Request"));
    tabs->addTab(m_response, tr("Response"));
    tabs->setDocumentMode(true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("requestLogSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 2, 6, 6);
    layout->addWidget(buildToolbar());
    layout->addWidget(splitter, 1);
    setWidget(content);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RequestLogDock::showSelected);
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

QWidget *RequestLogDock::buildToolbar()
{
    auto *bar = new QWidget(this);
    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(QStringLiteral("requestFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter by method, path, status, principal or client"));
    m_filter->setClearButtonEnabled(true);
    m_pause = toolButton(bar, QStringLiteral("pauseLogButton"), tr("Pause"),
                         tr("Stop following new requests (they are still recorded)"));
    m_pause->setCheckable(true);
    QToolButton *clear = toolButton(bar, QStringLiteral("clearLogButton"), tr("Clear"),
                                    tr("Forget every recorded request"));
    m_curl = toolButton(bar, QStringLiteral("copyCurlButton"), tr("Copy as curl"),
                        tr("Copy the selected request as a curl command (secrets masked)"));
    m_curl->setEnabled(false);
    QToolButton *exportButton = toolButton(bar, QStringLiteral("exportLogButton"), tr("Export…"),
                                           tr("Save the log as JSON lines (secrets masked)"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter, 1);
    layout->addWidget(m_curl);
    layout->addWidget(exportButton);
    layout->addWidget(m_pause);
    layout->addWidget(clear);

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
    connect(m_curl, &QToolButton::clicked, this, &RequestLogDock::copyAsCurl);
    connect(exportButton, &QToolButton::clicked, this, &RequestLogDock::exportWithDialog);
    return bar;
}

const RequestLogEntry *RequestLogDock::selectedEntry() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return nullptr;
    const int row = m_proxy->mapToSource(rows.first()).row();
    return row >= 0 && row < m_model->rowCount() ? &m_model->entryAt(row) : nullptr;
}

void RequestLogDock::showSelected()
{
    const RequestLogEntry *entry = selectedEntry();
    m_curl->setEnabled(entry && !entry->method.isEmpty());
    m_request->setPlainText(entry ? requestlog::requestText(*entry) : QString());
    m_response->setPlainText(entry ? requestlog::responseText(*entry) : QString());
}

QString RequestLogDock::copyAsCurl()
{
    const RequestLogEntry *entry = selectedEntry();
    if (!entry || entry->method.isEmpty())
        return {};
    const QString command = requestlog::curlCommand(*entry);
    QApplication::clipboard()->setText(command);
    return command;
}

bool RequestLogDock::exportJsonLines(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        file.write(QJsonDocument(requestlog::toJson(m_model->entryAt(row)))
                       .toJson(QJsonDocument::Compact));
        file.write("\n");
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void RequestLogDock::exportWithDialog()
{
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export Request Log"), QDir::home().filePath(QStringLiteral("requests.jsonl")),
        tr("JSON lines (*.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportJsonLines(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace foundry::ui
