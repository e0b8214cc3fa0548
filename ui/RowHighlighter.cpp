#include "RowHighlighter.h"

#include <QApplication>
#include <QPalette>

namespace foundry::ui {
namespace {
constexpr int kFadeIntervalMs = 80;
}

RowHighlighter::RowHighlighter(QObject *parent) : QObject(parent)
{
    m_clock.start();
    m_timer.setInterval(kFadeIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RowHighlighter::step);
}

void RowHighlighter::highlight(const QString &id)
{
    m_started.insert(id, m_clock.elapsed());
    if (!m_timer.isActive())
        m_timer.start();
}

QColor RowHighlighter::background(const QString &id) const
{
    const qreal value = strength(id);
    if (value <= 0)
        return {};
    QColor color = QApplication::palette().color(QPalette::Highlight);
    color.setAlphaF(0.45 * value);
    return color;
}

qreal RowHighlighter::strength(const QString &id) const
{
    const auto it = m_started.constFind(id);
    if (it == m_started.constEnd())
        return 0;
    const qint64 age = m_clock.elapsed() - *it;
    return age >= DurationMs ? 0 : 1.0 - qreal(age) / DurationMs;
}

void RowHighlighter::step()
{
    const qint64 now = m_clock.elapsed();
    QStringList ids;
    for (auto it = m_started.begin(); it != m_started.end();) {
        ids.append(it.key());
        if (now - *it >= DurationMs)
            it = m_started.erase(it);
        else
            ++it;
    }
    if (m_started.isEmpty())
        m_timer.stop();
    if (!ids.isEmpty())
        Q_EMIT fadeStep(ids);
}

} // namespace foundry::ui
