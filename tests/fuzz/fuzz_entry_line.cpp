// One line of a format-2 `entries` file (backupset/EntriesFile.h,
// parseEntryLine). A line that parses must come back: formatEntryLine of
// the entry parses again to the same entry.

#include "FuzzSupport.h"

#include "backupset/EntriesFile.h"

using namespace lbw;

namespace {

bool sameEntry(const FileEntry &a, const FileEntry &b) {
    return a.path == b.path && a.type == b.type && a.size == b.size && a.mtime == b.mtime && a.mode == b.mode &&
           a.sha256 == b.sha256 && a.linkTarget == b.linkTarget && a.ctime == b.ctime;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray line = fuzzBytes(data, size);
    Result<FileEntry> entry = parseEntryLine(line);
    if (!entry)
        return 0;
    QByteArray written = formatEntryLine(*entry);
    LBW_FUZZ_CHECK(written.endsWith('\n'), QStringLiteral("a line without its end"));
    written.chop(1);
    LBW_FUZZ_CHECK(!written.contains('\n'), QStringLiteral("a line end inside a line: ") + QString::fromUtf8(written));
    Result<FileEntry> again = parseEntryLine(written);
    LBW_FUZZ_CHECK(again.ok(), QStringLiteral("the line written back is refused: ") + again.errorMessage() +
                                   QStringLiteral("\n") + QString::fromUtf8(written.toPercentEncoding()));
    LBW_FUZZ_CHECK(sameEntry(*entry, *again),
                   QStringLiteral("the round trip changed the entry: ") + QString::fromUtf8(written.toPercentEncoding()));
    return 0;
}
