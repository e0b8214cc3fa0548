#include "InstallPaths.h"

#include <QDir>
#include <QFileInfo>

namespace foundry {

QString installedDataDir()
{
    // /proc/self/exe rather than QCoreApplication::applicationDirPath(): the command line is
    // parsed before any application object exists.
    const QFileInfo executable(QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget());
    return QDir::cleanPath(executable.absolutePath() +
                           QStringLiteral("/../share/foundry-console"));
}

QString bundledDemoSeedPath()
{
    return installedDataDir() + QStringLiteral("/demo-seed.yaml");
}

} // namespace foundry
