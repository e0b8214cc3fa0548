#pragma once

#include "Seed.h"

#include <QFile>
#include <QStringList>
#include <QTest>

// Small helpers shared by the seed tests.
namespace seedtest {

inline foundry::SeedLoadResult load(const char *yaml)
{
    return foundry::loadSeedText(QByteArray(yaml), QStringLiteral("test.yaml"));
}

// All issues, one per line, for failure messages.
inline QString describe(const foundry::SeedIssues &issues)
{
    QStringList lines;
    for (const foundry::SeedIssue &issue : issues)
        lines.append(issue.toString());
    return lines.join(u'\n');
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(FOUNDRY_TEST_DATA_DIR "/") + relative;
}

} // namespace seedtest

// Both a check and the reason: the whole list of issues is printed when it fails.
#define SEED_VERIFY_OK(result)                                                                     \
    QVERIFY2((result).ok && (result).errors.isEmpty(),                                             \
             qPrintable(seedtest::describe((result).errors)))
