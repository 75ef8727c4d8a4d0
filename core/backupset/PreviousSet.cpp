#include "backupset/PreviousSet.h"

#include "backupset/EntriesFile.h"

#include <algorithm>

namespace lbw {

std::optional<PreviousSet> PreviousSet::open(const QString &setDir) {
    Result<Manifest> manifest = Manifest::load(setDir);
    if (!manifest)
        return std::nullopt;
    PreviousSet previous;
    previous.m_path = setDir;
    previous.m_name = manifest->setName;
    previous.m_files = std::move(manifest->files);
    // Format 2 lists its files sorted already; format 1 in walk order.
    if (manifest->formatVersion == 1)
        std::sort(previous.m_files.begin(), previous.m_files.end(),
                  [](const FileEntry &a, const FileEntry &b) { return entryPathLess(a.path, b.path); });
    return previous;
}

const FileEntry *PreviousSet::unchangedFile(const QString &setPath, qint64 size, qint64 mtimeNs, quint32 mode) const {
    const auto found =
        std::lower_bound(m_files.begin(), m_files.end(), setPath,
                         [](const FileEntry &entry, const QString &path) { return entryPathLess(entry.path, path); });
    if (found == m_files.end() || found->path != setPath || found->type != FileEntry::Type::File ||
        found->size != size || found->mtimeNs != mtimeNs || found->mode != mode)
        return nullptr;
    return &*found;
}

}  // namespace lbw
