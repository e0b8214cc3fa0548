#include "HtmlTemplate.h"

#include <QFile>

namespace foundry {

HtmlTemplate::HtmlTemplate(const QString &resourcePath)
{
    QFile file(resourcePath);
    if (file.open(QIODevice::ReadOnly))
        m_text = QString::fromUtf8(file.readAll());
}

QString HtmlTemplate::render(const QHash<QString, QString> &values) const
{
    QString out;
    out.reserve(m_text.size() + 1024);
    qsizetype position = 0;
    while (position < m_text.size()) {
        const qsizetype open = m_text.indexOf(QLatin1StringView("{{"), position);
        const qsizetype close =
            open < 0 ? -1 : m_text.indexOf(QLatin1StringView("}}"), open + 2);
        if (open < 0 || close < 0) {
            out += QStringView(m_text).mid(position);
            break;
        }
        out += QStringView(m_text).mid(position, open - position);
        const QString name = m_text.mid(open + 2, close - open - 2);
        out += values.value(name);
        position = close + 2;
    }
    return out;
}

QString HtmlTemplate::html(const QString &text)
{
    QString escaped = text.toHtmlEscaped(); // & < > "
    escaped.replace(u'\'', QLatin1StringView("&#39;"));
    return escaped;
}

} // namespace foundry
