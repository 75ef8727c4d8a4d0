#include "backupset/ItemEntries.h"

#include "backupset/FileListReader.h"

#include <QCoreApplication>

namespace lbw {

ItemEntries::ItemEntries(QString setDir, const Manifest &manifest, const ManifestItem &item)
    : m_setDir(std::move(setDir)), m_manifest(manifest), m_item(item) {}

Status ItemEntries::forEach(const std::function<Status(const FileEntry &)> &onEntry) const {
    FileListReader reader(m_setDir, m_manifest);
    if (Status opened = reader.open(); !opened)
        return opened;
    for (;;) {
        Result<std::optional<FileEntry>> entry = reader.next();
        if (!entry)
            return entry.error();
        if (!*entry)
            return {};
        if ((*entry)->item != m_item.name)
            continue;
        if (Status taken = onEntry(**entry); !taken)
            return taken;
    }
}

Result<FileEntry> ItemEntries::onlyFile() const {
    std::optional<FileEntry> only;
    qint64 count = 0;
    Status read = forEach([&](const FileEntry &entry) -> Status {
        if (++count == 1)
            only = entry;
        return {};
    });
    if (!read)
        return read.error();
    if (count != 1 || only->type != FileEntry::Type::File)
        return Error{QCoreApplication::translate("ItemEntries",
                                                 "The set does not list exactly one file for %1 (it lists %2 "
                                                 "entries); the set may be damaged. Use another set.")
                         .arg(m_item.name)
                         .arg(count)};
    return *only;
}

}  // namespace lbw
