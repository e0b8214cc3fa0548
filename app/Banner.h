#pragma once

#include "FixedToken.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace foundry {

// The lines printed once the emulator listens: the URL (the first line, which scripts wait for),
// the seed's fixed tokens, and a curl line that works as printed.
QString startupBanner(const QUrl &url, const QList<FixedToken> &tokens, const QString &curlPath);

} // namespace foundry
