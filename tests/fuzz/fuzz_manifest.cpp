// manifest.json (backupset/Manifest.h, Manifest::fromJson: what loadHeader
// and load parse), format 1 and 2. A manifest that parses must survive a
// round trip: fromJson(m.toJson()) parses again and writes the same bytes.

#include "FuzzSupport.h"

#include "backupset/Manifest.h"

using namespace lbw;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Result<Manifest> manifest = Manifest::fromJson(fuzzBytes(data, size));
    if (!manifest)
        return 0;
    (void)manifest->hasErrors();
    const QByteArray written = manifest->toJson();
    Result<Manifest> again = Manifest::fromJson(written);
    LBW_FUZZ_CHECK(again.ok(), QStringLiteral("the manifest written back is refused: ") + again.errorMessage() +
                                   QStringLiteral("\n") + QString::fromUtf8(written));
    const QByteArray rewritten = again->toJson();
    LBW_FUZZ_CHECK(rewritten == written, QStringLiteral("the round trip changed the manifest:\n") +
                                             QString::fromUtf8(written) + QStringLiteral("\n---\n") +
                                             QString::fromUtf8(rewritten));
    return 0;
}
