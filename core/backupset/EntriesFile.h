#pragma once
// `entries`: the file list of a format-2 set, one line per file, folder and
// link, sorted by the bytes of the path (FORMAT.md, "Format 2"). Written and
// read line by line, so neither side builds a document of the whole list;
// the manifest keeps its count, size and SHA-256.

#include "backupset/Manifest.h"
#include "util/LineReader.h"
#include "util/PathOrder.h"
#include "util/Result.h"
#include "util/Sha256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace lbw {

// Name bytes in a line: 0x00-0x20, '%', 0x7F and bytes that are not part of
// valid UTF-8 are written %XX; everything else as it is.
QByteArray encodeNameBytes(QByteArrayView bytes);
std::optional<QByteArray> decodeNameBytes(QByteArrayView text);

QByteArray formatEntryLine(const FileEntry &entry);
// One line without its '\n'; the item is left empty (the reader assigns it).
Result<FileEntry> parseEntryLine(QByteArrayView line);

// Writes an entries file line by line: a new file, owner-only. Entries
// must come in entryPathLess order; one out of order (or twice) is refused.
class EntriesWriter {
public:
    explicit EntriesWriter(QString path);
    Status open();
    Status add(const FileEntry &entry);
    // Flushes what is buffered and describes what was written.
    Result<EntriesSummary> finish();

private:
    Status flushBuffer();
    Error writeError() const;

    QString m_path;
    QFile m_file;
    Sha256 m_digest;
    EntriesSummary m_summary;
    QByteArray m_buffer;
    QString m_previous;
};

// Reads an entries file (a regular file, never through a link) an entry at
// a time. An entry out of order or twice, a line that does not parse, or
// (with `expected`) a file that does not match the manifest's count, size
// and SHA-256 is an error that says so; the digest is checked when the
// last entry has been read.
class EntriesReader {
public:
    EntriesReader(QString path, std::optional<EntriesSummary> expected);
    Status open();
    // The next entry; nullopt at the end (then the file has been checked
    // whole against `expected`).
    Result<std::optional<FileEntry>> next();
    // The digest of the whole file, known once next() has returned nullopt.
    QByteArray sha256() { return m_lines.sha256(); }

private:
    QString m_path;
    std::optional<EntriesSummary> m_expected;
    LineReader m_lines;
    QString m_previous;
};

// Writes `entries`, which must be sorted with entryPathLess, to `path`.
Result<EntriesSummary> writeEntriesFile(const QString &path, const std::vector<FileEntry> &entries);

}  // namespace lbw
