#pragma once
// Implemented in Manifest.cpp, beside the checks it shares with load().

#include "backupset/EntriesFile.h"
#include "backupset/Manifest.h"

#include <optional>
#include <vector>

namespace lbw {

// A set's file list an entry at a time, in entryPathLess order, each entry
// checked as load() checks it. Format 2 reads `entries` as it goes (never
// whole); format 1 goes through the list its manifest holds, sorted.
// `manifest` (from loadHeader) must outlive the reader.
class FileListReader {
public:
    FileListReader(const QString &setDir, const Manifest &manifest);
    Status open();
    // nullopt at the end, when format 2's file list has been matched with
    // the manifest (count, size, SHA-256, the topology's entry).
    Result<std::optional<FileEntry>> next();

private:
    const Manifest &m_manifest;
    std::optional<EntriesReader> m_entries;
    std::vector<const FileEntry *> m_sorted;  // format 1
    size_t m_next = 0;
    bool m_topologySeen = false;
};

}  // namespace lbw
