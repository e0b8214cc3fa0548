#pragma once

#include <QColor>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace foundry::ui {

// Remembers which rows (by entity id) changed from elsewhere and fades their highlight over
// about two seconds, so that a presenter's audience sees what an HTTP call changed. A table
// model asks background(id) for Qt::BackgroundRole and repaints the ids fadeStep() reports.
class RowHighlighter final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DurationMs = 2000;

    explicit RowHighlighter(QObject *parent = nullptr);

    void highlight(const QString &id);
    void clear() { m_started.clear(); }
    bool isHighlighted(const QString &id) const { return strength(id) > 0; }
    // The palette's highlight colour, more transparent as the highlight fades; invalid when none.
    QColor background(const QString &id) const;

Q_SIGNALS:
    // The ids whose background changed since the last step (repaint their rows).
    void fadeStep(const QStringList &ids);

private:
    qreal strength(const QString &id) const;
    void step();

    QHash<QString, qint64> m_started; // id -> ms on m_clock
    QElapsedTimer m_clock;
    QTimer m_timer;
};

} // namespace foundry::ui
