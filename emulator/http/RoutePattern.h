#pragma once

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace foundry {

// The path part of a route. Either a template, "/api/v2/admin/users/{userId}", where each
// `{name}` matches one non-empty path segment and everything else matches literally (nothing to
// escape), or an anchored regular expression over the raw path. Both match the percent-encoded
// path as sent, so an encoded '/' inside an id never splits a segment; captures are decoded.
class RoutePattern final
{
public:
    static RoutePattern fromTemplate(const QString &pathTemplate);
    // `pattern` is anchored at both ends for you; escape dots and other metacharacters.
    static RoutePattern fromRegex(const QString &pattern);

    bool isValid() const;
    bool match(QByteArrayView rawPath, QStringList *captures, QHash<QString, QString> *named) const;
    QString display() const { return m_display; } // the template, or the regex as given

private:
    struct Segment
    {
        QString text;    // literal text, or the parameter name
        QByteArray utf8; // literal text, to compare with a raw segment without decoding it
        bool parameter = false;
    };
    bool matchTemplate(QByteArrayView rawPath, QStringList *captures,
                       QHash<QString, QString> *named) const;

    QString m_display;
    QList<Segment> m_segments;  // template form
    QRegularExpression m_regex; // regex form (valid only then)
    bool m_isRegex = false;
};

} // namespace foundry
