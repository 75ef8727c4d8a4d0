#pragma once
// The newest complete set of the location, as the next run sees it: a file
// of a store that has the same path, size, modification time and mode as it
// had there is linked into the new set instead of copied (as rsync
// --link-dest and Back In Time do). The new set's entry keeps the digest, so
// no set ever depends on another's manifest, and deleting one set leaves
// the others whole.
//
// The previous file list is read alongside the walk of the store (both come
// in path order), never held whole, except for a format-1 set, whose list
// is in its manifest anyway.

#include "backupset/EntriesFile.h"
#include "backupset/Manifest.h"
#include "platform/Platform.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace lbw {

class PreviousSet {
public:
    // Reads the set's manifest; nullopt when it cannot be read (then every
    // file is copied, as in a first run).
    static std::optional<PreviousSet> open(const QString &setDir);

    const QString &path() const { return m_path; }
    const QString &name() const { return m_name; }
    // The previous set's file at `setPath` when it was recorded with the
    // size, modification time and mode of `now`, and its change time where
    // both recorded one (restic's rule: a file rewritten with the same size
    // and its old mtime put back still has a new ctime); nullopt otherwise.
    // Asked in entryPathLess order (one thread); a path before the last one
    // starts the list again.
    std::optional<FileEntry> unchangedFile(const QString &setPath, const platform::EntryInfo &now);
    // Why the previous file list stopped being read (a damaged set); empty
    // while it is read.
    const QString &readError() const { return m_readError; }

private:
    const FileEntry *find(const QString &setPath);
    bool restart();

    QString m_path;
    QString m_name;
    Manifest m_manifest;                       // the header; format 1: with its files
    std::unique_ptr<EntriesReader> m_entries;  // format 2
    std::optional<FileEntry> m_current;        // format 2: the reader's position
    std::vector<const FileEntry *> m_sorted;   // format 1
    size_t m_next = 0;                         // format 1: the position
    QString m_lastAsked;
    QString m_readError;
};

}  // namespace lbw
