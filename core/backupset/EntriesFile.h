#pragma once
// `entries`: the file list of a format-2 set, one line per file, folder and
// link, sorted by the bytes of the path (FORMAT.md, "Format 2"). Written and
// read line by line, so neither side builds a document of the whole list;
// the manifest keeps its count, size and SHA-256.

#include "backupset/Manifest.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace lbw {

// Name bytes in a line: 0x00-0x20, '%', 0x7F and bytes that are not part of
// valid UTF-8 are written %XX; everything else as it is.
QByteArray encodeNameBytes(QByteArrayView bytes);
std::optional<QByteArray> decodeNameBytes(QByteArrayView text);

// The order of the entries file: the UTF-8 bytes of the paths, which is
// code point order (QString's own compare is UTF-16 order).
bool entryPathLess(const QString &a, const QString &b);

QByteArray formatEntryLine(const FileEntry &entry);
// One line without its '\n'; the item is left empty (the reader assigns it).
Result<FileEntry> parseEntryLine(QByteArrayView line);

// Writes `entries`, which must be sorted with entryPathLess, to `path` (a
// new file, owner-only) and describes what was written.
Result<EntriesSummary> writeEntriesFile(const QString &path, const std::vector<FileEntry> &entries);

// Reads the file at `path` (a regular file, never through a link) line by
// line and hands each entry to `onEntry`; an entry out of order or twice,
// a line that does not parse, or a file that does not match `expected`
// (count, size, SHA-256) is an error that says so.
Status readEntriesFile(const QString &path, const EntriesSummary &expected,
                       const std::function<Status(FileEntry &&)> &onEntry);

}  // namespace lbw
