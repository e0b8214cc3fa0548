#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

namespace foundry::ui {

class SeedDocument;

// The File menu: New, Open…, Open Recent, Save, Save As…, Revert, Reset to Seed, and the
// unsaved-changes prompt
// (Save / Discard / Cancel, Cancel by default) before anything that would lose changes.
class DocumentController final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxRecentFiles = 10;

    DocumentController(SeedDocument *document, QWidget *window);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QMenu *recentMenu() const { return m_recentMenu; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *revertAction() const { return m_revert; }
    QAction *resetAction() const { return m_reset; }

    // True when there is nothing unsaved, or the user saved or discarded it.
    bool maybeSave();
    // Opens `path` after maybeSave(); an invalid file shows its errors and is not opened.
    bool openFile(const QString &path);
    bool save();
    bool saveAs();
    void newDocument();
    void revert();
    // Restarts from the file as it is on disk now (the defaults when untitled), after
    // maybeSave(): for a demo that starts over.
    void resetToSeed();

    QStringList recentFiles() const;

private:
    void warnSaveFailed(const QString &error);
    void open();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();

    SeedDocument *const m_document;
    QWidget *const m_window;
    QAction *m_new;
    QAction *m_open;
    QMenu *m_recentMenu;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_revert;
    QAction *m_reset;
};

} // namespace foundry::ui
