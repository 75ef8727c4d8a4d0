#include "jobs/SetFileList.h"

#include "backupset/SetLayout.h"
#include "backupset/Sha256Sums.h"
#include "util/PathOrder.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace lbw {
namespace {

// One sorted input of the merge: a part file, or the description files.
class MergeInput {
public:
    virtual ~MergeInput() = default;
    virtual Result<std::optional<FileEntry>> next() = 0;
};

class PartInput final : public MergeInput {
public:
    explicit PartInput(const QString &path) : m_reader(path, std::nullopt) {}
    Status open() { return m_reader.open(); }
    Result<std::optional<FileEntry>> next() override { return m_reader.next(); }

private:
    EntriesReader m_reader;
};

class ListInput final : public MergeInput {
public:
    explicit ListInput(std::vector<FileEntry> files) : m_files(std::move(files)) {
        std::sort(m_files.begin(), m_files.end(),
                  [](const FileEntry &a, const FileEntry &b) { return entryPathLess(a.path, b.path); });
    }
    Result<std::optional<FileEntry>> next() override {
        if (m_next == m_files.size())
            return std::optional<FileEntry>();
        return std::optional<FileEntry>(std::move(m_files[m_next++]));
    }

private:
    std::vector<FileEntry> m_files;
    size_t m_next = 0;
};

}  // namespace

SetFileList::SetFileList(QString setDir) : m_setDir(std::move(setDir)) {}

SetFileList::~SetFileList() = default;

QString SetFileList::partPath(size_t index) const {
    return m_setDir + QStringLiteral("/.entries-part-%1").arg(index);
}

Status SetFileList::beginItem() {
    if (!m_parts.empty() && m_closed < m_parts.size()) {
        if (Result<EntriesSummary> closed = m_parts.back()->finish(); !closed)
            return closed.error();
        ++m_closed;
    }
    m_parts.push_back(std::make_unique<EntriesWriter>(partPath(m_parts.size())));
    return m_parts.back()->open();
}

Status SetFileList::add(FileEntry &&entry) {
    return m_parts.back()->add(entry);
}

Result<EntriesSummary> SetFileList::finish(std::vector<FileEntry> described, QFile &sums) {
    if (!m_parts.empty() && m_closed < m_parts.size()) {
        if (Result<EntriesSummary> closed = m_parts.back()->finish(); !closed)
            return closed.error();
        ++m_closed;
    }
    std::vector<std::unique_ptr<MergeInput>> inputs;
    for (size_t i = 0; i < m_parts.size(); ++i) {
        auto part = std::make_unique<PartInput>(partPath(i));
        if (Status opened = part->open(); !opened)
            return opened.error();
        inputs.push_back(std::move(part));
    }
    inputs.push_back(std::make_unique<ListInput>(std::move(described)));

    // A handful of inputs (one per item): the smallest head is found by
    // looking at each.
    std::vector<std::optional<FileEntry>> heads(inputs.size());
    for (size_t i = 0; i < inputs.size(); ++i) {
        Result<std::optional<FileEntry>> head = inputs[i]->next();
        if (!head)
            return head.error();
        heads[i] = std::move(*head);
    }
    EntriesWriter entries(m_setDir + QLatin1Char('/') + layout::kEntries);
    if (Status opened = entries.open(); !opened)
        return opened.error();
    QByteArray sumLines;
    auto writeSumLines = [&]() -> Status {
        if (sums.write(sumLines) != sumLines.size())
            return Error{QCoreApplication::translate("BackupJob", "Cannot write %1: %2")
                             .arg(sums.fileName(), sums.errorString())};
        sumLines.clear();
        return {};
    };
    for (;;) {
        std::optional<size_t> smallest;
        for (size_t i = 0; i < heads.size(); ++i)
            if (heads[i] && (!smallest || entryPathLess(heads[i]->path, heads[*smallest]->path)))
                smallest = i;
        if (!smallest)
            break;
        const FileEntry &entry = *heads[*smallest];
        // Two items that list the same path are refused here (out of order).
        if (Status added = entries.add(entry); !added)
            return added.error();
        if (entry.type == FileEntry::Type::File) {
            sumLines += formatSha256SumLine(entry.sha256, entry.path);
            if (sumLines.size() >= (1 << 20))
                if (Status written = writeSumLines(); !written)
                    return written.error();
        }
        Result<std::optional<FileEntry>> head = inputs[*smallest]->next();
        if (!head)
            return head.error();
        heads[*smallest] = std::move(*head);
    }
    if (Status flushed = writeSumLines(); !flushed)
        return flushed.error();
    Result<EntriesSummary> written = entries.finish();
    if (!written)
        return written;
    inputs.clear();
    for (size_t i = 0; i < m_parts.size(); ++i)
        QFile::remove(partPath(i));
    return written;
}

}  // namespace lbw
