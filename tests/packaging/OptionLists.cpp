#include "OptionLists.h"

#include <QRegularExpression>

namespace foundry::packaging {
namespace {

QStringList sortedUnique(QStringList list)
{
    list.sort();
    list.removeDuplicates();
    return list;
}

} // namespace

QStringList optionNames(const QString &text)
{
    static const QRegularExpression option(
        QStringLiteral("(?:^|[\\s,(`])(--?[A-Za-z0-9][A-Za-z0-9-]*)"));
    QStringList names;
    auto it = option.globalMatch(text);
    while (it.hasNext())
        names.append(it.next().captured(1));
    return names;
}

QStringList optionsInHelp(const QString &helpText)
{
    // Option lines start with two spaces and a dash; wrapped descriptions are indented deeper.
    static const QRegularExpression optionLine(QStringLiteral("^  (-\\S.*?)(?:\\s{2,}|$)"));
    QStringList names;
    bool inOptions = false;
    for (const QString &line : helpText.split(QLatin1Char('\n'))) {
        if (line == QLatin1String("Options:")) {
            inOptions = true;
            continue;
        }
        if (inOptions && !line.startsWith(QLatin1Char(' ')))
            break; // the blank line before "Arguments:"
        const auto match = optionLine.match(line);
        if (inOptions && match.hasMatch())
            names += optionNames(match.captured(1));
    }
    return sortedUnique(names);
}

QStringList optionsInManPage(const QString &troff)
{
    static const QRegularExpression fontChange(QStringLiteral("\\\\f[BIRP]"));
    QStringList names;
    bool inOptions = false;
    bool tagLine = false;
    for (const QString &line : troff.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String(".SH"))) {
            inOptions = line.trimmed() == QLatin1String(".SH OPTIONS");
            continue;
        }
        if (!inOptions)
            continue;
        if (line.startsWith(QLatin1String(".TP"))) {
            tagLine = true;
            continue;
        }
        if (tagLine) {
            QString plain = line;
            plain.remove(fontChange).replace(QLatin1String("\\-"), QLatin1String("-"));
            names += optionNames(plain);
        }
        tagLine = false;
    }
    return sortedUnique(names);
}

QStringList optionsInReadme(const QString &markdown)
{
    static const QRegularExpression code(QStringLiteral("`([^`]*)`"));
    QStringList names;
    bool inSection = false;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("## "))) {
            inSection = line == QLatin1String("## Command line");
            continue;
        }
        if (!inSection || !line.startsWith(QLatin1Char('|')))
            continue;
        const QString firstCell = line.section(QLatin1Char('|'), 1, 1);
        auto it = code.globalMatch(firstCell);
        while (it.hasNext())
            names += optionNames(it.next().captured(1));
    }
    return sortedUnique(names);
}

} // namespace foundry::packaging
