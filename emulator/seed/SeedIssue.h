#pragma once

#include <QList>
#include <QString>

namespace foundry {

// One problem found in a seed file, with where it is (1-based line and column; 0 when unknown)
// and the key path that leads to it, e.g. `foundry.users[3].active`.
struct SeedIssue final
{
    enum class Severity
    {
        Error,
        Warning
    };

    Severity severity = Severity::Error;
    QString file;
    int line = 0;
    int column = 0;
    QString keyPath;
    QString message;

    // "file:line:column: key.path: message"; the parts that are unknown are left out.
    QString toString() const;
};

using SeedIssues = QList<SeedIssue>;

} // namespace foundry
