#pragma once
// The entries of one item of a set, read from the set's file list in path
// order each time they are asked for: a restore goes over a store of
// millions of files a few times instead of holding its list.

#include "backupset/Manifest.h"
#include "util/Result.h"

#include <QString>

#include <functional>

namespace lbw {

class ItemEntries {
public:
    // `manifest` (from Manifest::loadHeader) must outlive this object.
    ItemEntries(QString setDir, const Manifest &manifest, const ManifestItem &item);

    const ManifestItem &item() const { return m_item; }
    // Hands each entry of the item to `onEntry`, in path order; stops at the
    // first error, onEntry's own or the file list's (a damaged set).
    Status forEach(const std::function<Status(const FileEntry &)> &onEntry) const;
    // The item's one file (a database, an export); an error naming the item
    // when the set lists anything else for it.
    Result<FileEntry> onlyFile() const;

private:
    QString m_setDir;
    const Manifest &m_manifest;
    const ManifestItem &m_item;
};

}  // namespace lbw
