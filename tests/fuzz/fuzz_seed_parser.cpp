// Seed YAML: any bytes must give either a state or errors, never a crash. A state that loads
// must also write, and what it writes must read back and write again to the same bytes (the
// round trip the README promises).

#include "FuzzTargets.h"
#include "SeedReader.h"
#include "SeedWriter.h"

#include <cstdio>
#include <cstdlib>

void foundry::fuzz::seedParser(QByteArrayView data)
{
    const SeedLoadResult loaded = loadSeedText(data.toByteArray(), QStringLiteral("fuzz.yaml"));
    if (!loaded.ok)
        return;
    const QByteArray written = writeSeed(loaded.state);
    const SeedLoadResult reread = loadSeedText(written, QStringLiteral("written.yaml"));
    if (!reread.ok) {
        std::fprintf(stderr, "a written seed does not read back:\n%s\n", written.constData());
        std::abort();
    }
    if (writeSeed(reread.state) != written) {
        std::fprintf(stderr, "writing is not stable:\n%s\n", written.constData());
        std::abort();
    }
}

#ifdef FOUNDRY_FUZZ_MAIN
FOUNDRY_FUZZ_ENTRY_POINT(foundry::fuzz::seedParser)
#endif
