#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace foundry::ui {

// Test seams for the modal dialogs (as KeePassXC does): a test sets the next answer, and the
// next call returns it at once instead of showing a dialog. Without an answer set, the real
// dialog is shown.
class MessageBox final
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    // The next question() returns `answer` without showing anything. NoButton clears it.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // How many questions were asked since the last reset (tests check that a prompt happened).
    static int questionCount();
    static void resetQuestionCount();

    // A warning with an OK button. While a test records warnings, they are only counted.
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void recordWarnings(bool record);
    static int warningCount();
};

class FileDialog final
{
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter);
    // The next get*FileName() returns `fileName` (empty: as if cancelled) without a dialog.
    static void setNextFileName(const QString &fileName);
};

} // namespace foundry::ui
