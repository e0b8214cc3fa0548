#include "PreregistrationDemoDock.h"

#include "PreregistrationDemo.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

namespace foundry::ui {
namespace {
using Step = PreregistrationDemo::Step;

QPlainTextEdit *wireView(const QString &name, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}
} // namespace

PreregistrationDemoDock::PreregistrationDemoDock(PreregistrationDemo *demo, QWidget *parent)
    : QDockWidget(tr("Preregistration demo"), parent), m_demo(demo)
{
    setObjectName(QStringLiteral("preregistrationDemoDock"));
    auto *body = new QWidget(this);
    m_steps = new QListWidget(body);
    m_steps->setObjectName(QStringLiteral("demoSteps"));
    for (int step = 0; step < int(Step::Count); ++step)
        m_steps->addItem(PreregistrationDemo::title(Step(step)));
    m_explanation = new QLabel(body);
    m_explanation->setObjectName(QStringLiteral("demoExplanation"));
    m_explanation->setWordWrap(true);
    m_outcome = new QLabel(body);
    m_outcome->setObjectName(QStringLiteral("demoOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_request = wireView(QStringLiteral("demoRequest"), body);
    m_response = wireView(QStringLiteral("demoResponse"), body);
    m_runStep = new QPushButton(tr("Run &step"), body);
    m_runStep->setObjectName(QStringLiteral("demoRunStepButton"));
    m_runStep->setShortcut(QKeySequence(Qt::Key_F10));
    m_runStep->setToolTip(tr("Run the next step (F10)"));
    m_runAll = new QPushButton(tr("Run &all"), body);
    m_runAll->setObjectName(QStringLiteral("demoRunAllButton"));
    m_reset = new QPushButton(tr("Rese&t"), body);
    m_reset->setObjectName(QStringLiteral("demoResetButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runStep);
    buttons->addWidget(m_runAll);
    buttons->addStretch(1);
    buttons->addWidget(m_reset);
    auto *wire = new QSplitter(Qt::Vertical, body);
    auto *requestBox = new QWidget(wire);
    auto *requestLayout = new QVBoxLayout(requestBox);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    requestLayout->addWidget(new QLabel(tr("Request"), requestBox));
    requestLayout->addWidget(m_request);
    auto *responseBox = new QWidget(wire);
    auto *responseLayout = new QVBoxLayout(responseBox);
    responseLayout->setContentsMargins(0, 0, 0, 0);
    responseLayout->addWidget(new QLabel(tr("Response"), responseBox));
    responseLayout->addWidget(m_response);
    // One column, so that the dock reads well at the side of the window as well as below it.
    m_steps->setIconSize(QSize(16, 16));
    const int rowHeight = qMax(m_steps->fontMetrics().height(), 16) + 6;
    m_steps->setFixedHeight(rowHeight * m_steps->count() + 2 * m_steps->frameWidth() + 2);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_steps);
    layout->addLayout(buttons);
    layout->addWidget(m_explanation);
    layout->addWidget(m_outcome);
    layout->addWidget(wire, 1);
    body->setMinimumWidth(420);
    setWidget(body);

    connect(m_runStep, &QPushButton::clicked, demo, &PreregistrationDemo::runNext);
    connect(m_runAll, &QPushButton::clicked, demo, &PreregistrationDemo::runAll);
    connect(m_reset, &QPushButton::clicked, demo, &PreregistrationDemo::reset);
    connect(m_steps, &QListWidget::currentRowChanged, this, &PreregistrationDemoDock::showStep);
    connect(demo, &PreregistrationDemo::stepFinished, this, [this](int step) {
        updateSteps();
        m_steps->setCurrentRow(step);
        showStep(step);
    });
    connect(demo, &PreregistrationDemo::stepStarted, this, &PreregistrationDemoDock::updateSteps);
    connect(demo, &PreregistrationDemo::stateChanged, this, &PreregistrationDemoDock::updateSteps);
    updateSteps();
    m_steps->setCurrentRow(0);
}

void PreregistrationDemoDock::updateSteps()
{
    QStyle *style = this->style();
    for (int step = 0; step < m_steps->count(); ++step) {
        QListWidgetItem *item = m_steps->item(step);
        const PreregistrationDemo::Record &record = m_demo->record(step);
        QIcon icon;
        if (step < m_demo->nextStep()) {
            // A failure the scenario expects is still a step done as planned.
            const bool failureShown =
                step == int(Step::PreregisterFiltered) || step == int(Step::PreregisterNoRole);
            icon = style->standardIcon(failureShown ? QStyle::SP_MessageBoxWarning
                                                    : QStyle::SP_DialogApplyButton);
        } else if (step == m_demo->nextStep() && !record.outcome.isEmpty()) {
            icon = style->standardIcon(QStyle::SP_MessageBoxCritical);
        } else if (step == m_demo->nextStep()) {
            icon = style->standardIcon(QStyle::SP_MediaPlay);
        }
        item->setIcon(icon);
        item->setText(QStringLiteral("%1. ").arg(step + 1) +
                      PreregistrationDemo::title(Step(step)));
    }
    const bool runnable = !m_demo->isBusy() && !m_demo->isDone();
    m_runStep->setEnabled(runnable);
    m_runAll->setEnabled(runnable);
    m_reset->setEnabled(!m_demo->isBusy());
    if (!m_demo->problem().isEmpty())
        m_outcome->setText(m_demo->problem());
    if (m_demo->nextStep() == 0 && m_steps->currentRow() > 0)
        m_steps->setCurrentRow(0);
    showStep(m_steps->currentRow());
}

void PreregistrationDemoDock::showStep(int step)
{
    if (step < 0 || step >= int(Step::Count))
        return;
    const PreregistrationDemo::Record &record = m_demo->record(step);
    QString explanation = PreregistrationDemo::explanation(Step(step));
    if (PreregistrationDemo::isHttp(Step(step)))
        explanation += tr(" (a real HTTP request to the running emulator)");
    m_explanation->setText(QStringLiteral("<b>%1</b><br>%2")
                               .arg(PreregistrationDemo::title(Step(step)).toHtmlEscaped(),
                                    explanation.toHtmlEscaped()));
    m_outcome->setText(record.outcome.isEmpty() ? m_demo->problem() : record.outcome);
    m_request->setPlainText(record.request);
    m_response->setPlainText(record.response);
}

} // namespace foundry::ui
