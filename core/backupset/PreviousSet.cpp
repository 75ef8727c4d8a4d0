#include "backupset/PreviousSet.h"

namespace lbw {

std::optional<PreviousSet> PreviousSet::open(const QString &setDir) {
    Result<Manifest> manifest = Manifest::loadHeader(setDir);
    if (!manifest)
        return std::nullopt;
    PreviousSet previous;
    previous.m_path = setDir;
    previous.m_name = manifest->setName;
    previous.m_manifest = std::make_unique<const Manifest>(std::move(manifest).value());
    if (!previous.restart())
        return std::nullopt;
    return previous;
}

bool PreviousSet::restart() {
    m_list = std::make_unique<FileListReader>(m_path, *m_manifest);
    m_current.reset();
    if (Status opened = m_list->open(); !opened) {
        m_readError = opened.errorMessage();
        return false;
    }
    return advance();
}

bool PreviousSet::advance() {
    Result<std::optional<FileEntry>> next = m_list->next();
    if (!next) {
        // A damaged list links nothing more: the rest is copied.
        m_readError = next.errorMessage();
        m_current.reset();
        return false;
    }
    m_current = std::move(*next);
    return true;
}

const FileEntry *PreviousSet::find(const QString &setPath) {
    const bool backwards = !m_lastAsked.isNull() && entryPathLess(setPath, m_lastAsked);
    m_lastAsked = setPath;
    if (!m_readError.isEmpty() || (backwards && !restart()))
        return nullptr;
    while (m_current && entryPathLess(m_current->path, setPath))
        if (!advance())
            return nullptr;
    return m_current && m_current->path == setPath ? &*m_current : nullptr;
}

std::optional<FileEntry> PreviousSet::unchangedFile(const QString &setPath, const platform::EntryInfo &now) {
    const FileEntry *found = find(setPath);
    if (!found || found->type != FileEntry::Type::File || found->size != now.size || found->mtime != now.mtime ||
        found->mode != now.mode)
        return std::nullopt;
    if (!found->ctime.isNull() && !now.changeTime.isNull() && found->ctime != now.changeTime)
        return std::nullopt;
    return *found;
}

std::optional<FileEntry> PreviousSet::identicalFile(const FileEntry &wanted) {
    const FileEntry *found = find(wanted.path);
    if (!found || found->type != FileEntry::Type::File || wanted.type != FileEntry::Type::File ||
        found->size != wanted.size || found->sha256 != wanted.sha256 || found->mtime != wanted.mtime)
        return std::nullopt;
    return *found;
}

}  // namespace lbw
