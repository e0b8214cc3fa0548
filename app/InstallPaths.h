#pragma once

#include <QString>

namespace foundry {

// Where the installed program finds its data: <prefix>/share/foundry-console/, found from the
// executable's own location (<prefix>/bin/foundry-console), so the package works under any
// prefix and from a `dpkg -x` root. The build tree mirrors that layout (build/share/...), so the
// lookup also works for build/app/foundry-console.
QString installedDataDir();

// <data dir>/demo-seed.yaml: the bundled demo seed that --demo starts from.
QString bundledDemoSeedPath();

} // namespace foundry
