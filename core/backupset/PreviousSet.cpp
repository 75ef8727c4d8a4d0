#include "backupset/PreviousSet.h"

#include "backupset/SetLayout.h"

#include <algorithm>

namespace lbw {

std::optional<PreviousSet> PreviousSet::open(const QString &setDir) {
    Result<Manifest> manifest = Manifest::loadHeader(setDir);
    if (!manifest)
        return std::nullopt;
    PreviousSet previous;
    previous.m_path = setDir;
    previous.m_name = manifest->setName;
    previous.m_manifest = std::move(manifest).value();
    if (previous.m_manifest.formatVersion == 1) {
        for (const FileEntry &file : previous.m_manifest.files)
            previous.m_sorted.push_back(&file);
        std::sort(previous.m_sorted.begin(), previous.m_sorted.end(),
                  [](const FileEntry *a, const FileEntry *b) { return entryPathLess(a->path, b->path); });
    } else if (!previous.restart()) {
        return std::nullopt;
    }
    return previous;
}

bool PreviousSet::restart() {
    m_entries = std::make_unique<EntriesReader>(m_path + QLatin1Char('/') + layout::kEntries, m_manifest.entries);
    m_current.reset();
    if (Status opened = m_entries->open(); !opened) {
        m_readError = opened.errorMessage();
        return false;
    }
    Result<std::optional<FileEntry>> first = m_entries->next();
    if (!first) {
        m_readError = first.errorMessage();
        return false;
    }
    m_current = std::move(*first);
    return true;
}

const FileEntry *PreviousSet::find(const QString &setPath) {
    const bool backwards = !m_lastAsked.isNull() && entryPathLess(setPath, m_lastAsked);
    m_lastAsked = setPath;
    if (m_manifest.formatVersion == 1) {
        if (backwards)
            m_next = 0;
        while (m_next < m_sorted.size() && entryPathLess(m_sorted[m_next]->path, setPath))
            ++m_next;
        return m_next < m_sorted.size() && m_sorted[m_next]->path == setPath ? m_sorted[m_next] : nullptr;
    }
    if (!m_readError.isEmpty() || (backwards && !restart()))
        return nullptr;
    while (m_current && entryPathLess(m_current->path, setPath)) {
        Result<std::optional<FileEntry>> next = m_entries->next();
        if (!next) {
            // A damaged list links nothing more: the rest is copied.
            m_readError = next.errorMessage();
            m_current.reset();
            return nullptr;
        }
        m_current = std::move(*next);
    }
    return m_current && m_current->path == setPath ? &*m_current : nullptr;
}

std::optional<FileEntry> PreviousSet::unchangedFile(const QString &setPath, const platform::EntryInfo &now) {
    const FileEntry *found = find(setPath);
    if (!found || found->type != FileEntry::Type::File || found->size != now.size || found->mtimeNs != now.mtimeNs ||
        found->mode != now.mode)
        return std::nullopt;
    if (found->ctimeNs != 0 && now.changeTimeNs != 0 && found->ctimeNs != now.changeTimeNs)
        return std::nullopt;
    return *found;
}

}  // namespace lbw
