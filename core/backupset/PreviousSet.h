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

#include "backupset/FileListReader.h"
#include "backupset/Manifest.h"
#include "platform/Platform.h"

#include <QString>

#include <memory>
#include <optional>

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
    // For a copy of a set: the previous set's file at `wanted.path` when it
    // holds the same bytes (size and SHA-256) with the same modification
    // time. Asked in the same order as unchangedFile.
    std::optional<FileEntry> identicalFile(const FileEntry &wanted);
    // Why the previous file list stopped being read (a damaged set); empty
    // while it is read.
    const QString &readError() const { return m_readError; }

private:
    const FileEntry *find(const QString &setPath);
    bool restart();
    bool advance();

    QString m_path;
    QString m_name;
    // The header (format 1: with its files), where the reader can point at
    // it however this object is moved.
    std::unique_ptr<const Manifest> m_manifest;
    std::unique_ptr<FileListReader> m_list;  // read alongside the walk
    std::optional<FileEntry> m_current;      // the reader's position
    QString m_lastAsked;
    QString m_readError;
};

}  // namespace lbw
