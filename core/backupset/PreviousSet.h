#pragma once
// The newest complete set of the location, as the next run sees it: a file
// of a store that has the same path, size, modification time and mode as it
// had there is linked into the new set instead of copied (as rsync
// --link-dest and Back In Time do). The new set's entry keeps the digest, so
// no set ever depends on another's manifest, and deleting one set leaves
// the others whole.

#include "backupset/Manifest.h"

#include <QString>

#include <optional>
#include <vector>

namespace lbw {

class PreviousSet {
public:
    // Reads the set's file list; nullopt when it cannot be read (then
    // every file is copied, as in a first run).
    static std::optional<PreviousSet> open(const QString &setDir);

    const QString &path() const { return m_path; }
    const QString &name() const { return m_name; }
    // The previous set's file at `setPath` when it was recorded with this
    // size, time and mode; nullptr otherwise. Safe from several threads.
    const FileEntry *unchangedFile(const QString &setPath, qint64 size, qint64 mtimeNs, quint32 mode) const;

private:
    QString m_path;
    QString m_name;
    std::vector<FileEntry> m_files;  // sorted by entryPathLess, for binary search
};

}  // namespace lbw
