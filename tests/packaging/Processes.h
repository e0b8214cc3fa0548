#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace foundry::packaging {

struct Finished final
{
    int exitCode = -1; // -1: did not finish in time, -2: crashed
    QString out;
    QString err;
};

// Runs a program to its end (bounded: killed after timeoutMs).
inline Finished runToEnd(const QString &program, const QStringList &arguments,
                         int timeoutMs = 30000, const QString &workingDir = QString())
{
    QProcess process;
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program, arguments);
    Finished result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = process.errorString();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace foundry::packaging
