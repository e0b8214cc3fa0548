#include "DialogSeams.h"

#include <QFileDialog>
#include <optional>

namespace foundry::ui {
namespace {
// GUI-thread only; set by tests.
std::optional<QMessageBox::StandardButton> g_nextAnswer;
std::optional<QString> g_nextFileName;
int g_questionCount = 0;
bool g_recordWarnings = false;
int g_warningCount = 0;

std::optional<QString> takeNextFileName()
{
    std::optional<QString> next;
    next.swap(g_nextFileName);
    return next;
}
} // namespace

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
                                                 const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    ++g_questionCount;
    if (g_nextAnswer) {
        const QMessageBox::StandardButton answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setObjectName(QStringLiteral("questionBox"));
    box.setDefaultButton(defaultButton);
    box.setEscapeButton(QMessageBox::Cancel);
    return QMessageBox::StandardButton(box.exec());
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    if (answer == QMessageBox::NoButton)
        g_nextAnswer.reset();
    else
        g_nextAnswer = answer;
}

int MessageBox::questionCount()
{
    return g_questionCount;
}
void MessageBox::resetQuestionCount()
{
    g_questionCount = 0;
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    ++g_warningCount;
    if (!g_recordWarnings)
        QMessageBox::warning(parent, title, text);
}

void MessageBox::recordWarnings(bool record)
{
    g_recordWarnings = record;
    g_warningCount = 0;
}

int MessageBox::warningCount()
{
    return g_warningCount;
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    if (const auto next = takeNextFileName())
        return *next;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    if (const auto next = takeNextFileName())
        return *next;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    g_nextFileName = fileName;
}

} // namespace foundry::ui
