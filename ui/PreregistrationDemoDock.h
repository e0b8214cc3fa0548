#pragma once

#include <QDockWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace foundry::ui {

class PreregistrationDemo;

// The guided preregistration demo: the steps on the left, the selected step's explanation,
// HTTP request and response on the right, and Run step / Run all / Reset.
class PreregistrationDemoDock final : public QDockWidget
{
    Q_OBJECT

public:
    PreregistrationDemoDock(PreregistrationDemo *demo, QWidget *parent = nullptr);

    PreregistrationDemo *demo() const { return m_demo; }
    QListWidget *steps() const { return m_steps; }
    QPlainTextEdit *requestView() const { return m_request; }
    QPlainTextEdit *responseView() const { return m_response; }
    void showStep(int step);

private:
    void updateSteps();

    PreregistrationDemo *const m_demo;
    QListWidget *m_steps;
    QLabel *m_explanation;
    QLabel *m_outcome;
    QPlainTextEdit *m_request;
    QPlainTextEdit *m_response;
    QPushButton *m_runStep;
    QPushButton *m_runAll;
    QPushButton *m_reset;
};

} // namespace foundry::ui
