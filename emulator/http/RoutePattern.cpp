#include "RoutePattern.h"

namespace foundry {

namespace {
QString decode(QByteArrayView encoded)
{
    if (!encoded.contains('%'))
        return QString::fromUtf8(encoded);
    return QString::fromUtf8(QByteArray::fromPercentEncoding(encoded.toByteArray()));
}
} // namespace

RoutePattern RoutePattern::fromTemplate(const QString &pathTemplate)
{
    RoutePattern pattern;
    pattern.m_display = pathTemplate;
    // The leading '/' gives an empty first segment, which the path's own leading '/' matches.
    const QStringList parts = pathTemplate.split(u'/');
    for (const QString &part : parts) {
        const bool parameter = part.size() > 2 && part.startsWith(u'{') && part.endsWith(u'}');
        const QString text = parameter ? part.mid(1, part.size() - 2) : part;
        pattern.m_segments.append({text, text.toUtf8(), parameter});
    }
    return pattern;
}

RoutePattern RoutePattern::fromRegex(const QString &regex)
{
    RoutePattern pattern;
    pattern.m_display = regex;
    pattern.m_isRegex = true;
    pattern.m_regex.setPattern(QStringLiteral("\\A(?:") + regex + QStringLiteral(")\\z"));
    pattern.m_regex.optimize();
    return pattern;
}

bool RoutePattern::isValid() const
{
    return m_isRegex ? m_regex.isValid() : !m_segments.isEmpty();
}

bool RoutePattern::match(QByteArrayView rawPath, QStringList *captures,
                         QHash<QString, QString> *named) const
{
    if (!m_isRegex)
        return matchTemplate(rawPath, captures, named);
    const QRegularExpressionMatch result = m_regex.match(QString::fromUtf8(rawPath));
    if (!result.hasMatch())
        return false;
    const QStringList names = m_regex.namedCaptureGroups();
    for (int i = 1; i <= m_regex.captureCount(); ++i) {
        const QString value = decode(result.captured(i).toUtf8());
        captures->append(value);
        if (i < names.size() && !names.at(i).isEmpty())
            named->insert(names.at(i), value);
    }
    return true;
}

bool RoutePattern::matchTemplate(QByteArrayView rawPath, QStringList *captures,
                                 QHash<QString, QString> *named) const
{
    // Two passes: the first only compares (no allocation: most routes do not match), the
    // second decodes the captures of a path that does.
    const auto walk = [&](bool capture) {
        qsizetype start = 0;
        for (qsizetype i = 0; i < m_segments.size(); ++i) {
            if (start > rawPath.size())
                return false; // the path has fewer segments
            qsizetype end = rawPath.indexOf('/', start);
            if (end < 0)
                end = rawPath.size();
            const QByteArrayView raw = rawPath.sliced(start, end - start);
            const Segment &segment = m_segments.at(i);
            if (segment.parameter) {
                if (raw.isEmpty())
                    return false;
                if (capture) {
                    const QString value = decode(raw);
                    captures->append(value);
                    named->insert(segment.text, value);
                }
            } else if (raw.contains('%') ? decode(raw) != segment.text : raw != segment.utf8) {
                return false;
            }
            start = end + 1;
        }
        return start == rawPath.size() + 1; // every segment of the path was consumed
    };
    if (!walk(false))
        return false;
    return walk(true);
}

} // namespace foundry
