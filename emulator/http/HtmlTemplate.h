#pragma once

#include <QHash>
#include <QString>

namespace foundry {

// Fills `{{name}}` placeholders of an HTML template from the application's resources in one
// pass, so a value that happens to contain `{{...}}` is never expanded again. Values are
// inserted as given: callers escape text with html() and build markup from escaped parts.
class HtmlTemplate final
{
public:
    explicit HtmlTemplate(const QString &resourcePath);

    QString render(const QHash<QString, QString> &values) const;
    bool isValid() const { return !m_text.isEmpty(); }

    // Text as HTML: escapes & < > " and ' so it is safe in element content and in attributes.
    static QString html(const QString &text);

private:
    QString m_text;
};

} // namespace foundry
