#pragma once

#include <QString>
#include <QStringList>

// The option names (-s, --seed, ...) that each of the three places documenting the command line
// lists, so that the tests can require all three to agree: a flag added to --help without a line
// in the man page and the README table fails.
namespace foundry::packaging {

// The "Options:" block of QCommandLineParser::helpText().
QStringList optionsInHelp(const QString &helpText);

// The tagged paragraphs (.TP) of the man page's OPTIONS section.
QStringList optionsInManPage(const QString &troff);

// The first column of the table in the README's "Command line" section.
QStringList optionsInReadme(const QString &markdown);

// Every option named in a piece of plain text ("-s, --seed <file>" gives -s and --seed).
QStringList optionNames(const QString &text);

} // namespace foundry::packaging
