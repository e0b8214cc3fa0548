#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QWidget;

namespace foundry::ui {

class SeedDocument;

// Notices when the open seed file was changed on disk by someone else (an editor, git, another
// console) before the console overwrites it. It remembers a hash of the file's bytes whenever
// the document opens, saves or reverts it, and installs itself as the document's save guard:
// saving over the file after it changed asks first (Overwrite / Cancel, Cancel by default).
class DiskChangeGuard final : public QObject
{
    Q_OBJECT

public:
    DiskChangeGuard(SeedDocument *document, QWidget *window);
    ~DiskChangeGuard() override;

    // Whether the open file differs from what the console last read or wrote.
    bool changedOnDisk() const;
    // The save guard: true to go ahead with saving to `path`.
    bool confirmSave(const QString &path, QString *error);

private:
    void remember();
    static QByteArray fingerprint(const QString &path); // empty when there is no file

    SeedDocument *const m_document;
    QWidget *const m_window;
    QString m_path;
    QByteArray m_fingerprint;
};

} // namespace foundry::ui
