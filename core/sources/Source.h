#pragma once
// One kind of data the product can back up. A BackupJob asks each source of
// the plan, in turn, to write its item into the set folder being created.

#include "backupset/ItemEntries.h"
#include "backupset/Manifest.h"
#include "model/BackupPlan.h"
#include "util/Result.h"

#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace spdlog {
class logger;
}

namespace lbw {

class CancelToken;
class PreviousSet;
class ProgressMeter;

struct SourceEstimate {
    qint64 bytes = 0;
    qint64 files = 0;
};

// Takes the item's entries (files, folders, links) one at a time, in
// entryPathLess order; BackupJob writes them out as they come, so no list of
// a whole store is ever held. An error (a full disk, an entry out of order)
// means the item cannot be recorded: the source stops and fails the item.
using EntrySink = std::function<Status(FileEntry &&)>;

struct SourceContext {
    QString setDir;  // the set folder being written (still named *.partial)
    const CancelToken &cancel;
    ProgressMeter &progress;
    spdlog::logger &log;
    const EntrySink &addEntry;
    // Files unchanged since this set may be linked from it instead of
    // copied; nullptr for a full copy (the first run, --full). Asked in
    // path order by one thread.
    PreviousSet *previous = nullptr;
};

struct SourceOutput {
    ManifestItem item;  // with its totals; the entries went to addEntry
};

struct RestoreContext {
    QString setDir;  // the (verified) set being restored from
    const ManifestItem &item;
    const ItemEntries &entries;  // the item's entries, read from the set in path order
    QString target;              // where the item goes; checked clean
    const CancelToken &cancel;
    ProgressMeter &progress;
    spdlog::logger &log;
};

class Source {
public:
    explicit Source(PlanItem planItem) : m_planItem(std::move(planItem)) {}
    virtual ~Source() = default;
    Source(const Source &) = delete;
    Source &operator=(const Source &) = delete;

    const PlanItem &planItem() const { return m_planItem; }

    // Local paths this source reads, so the location can refuse to live
    // inside one of them.
    virtual QStringList sourcePaths() const { return {m_planItem.path}; }
    // Checks made before anything is written; the error says what to do.
    virtual Status checkReady() const = 0;
    virtual Result<SourceEstimate> estimate() = 0;
    virtual SourceOutput backup(SourceContext &context) = 0;

    // Restore goes onto new or clean targets only (the Lync documents do not
    // support restoring into an existing server state). The error names
    // what is in the way; nothing in the target is touched.
    virtual Status checkTargetIsClean(const QString &target) const = 0;
    // Writes the item into a hidden sibling of the target and moves it into
    // place when complete. Returns notes for the operator (links not
    // recreated, names that collide on Windows, ...).
    virtual Result<QStringList> restore(RestoreContext &context) = 0;
    // Where a file of the set lands when the item is restored to `target`.
    virtual QString restoredPath(const ManifestItem &item, const FileEntry &file, const QString &target) const = 0;
    // Reads back what restore() wrote and compares it with the manifest.
    // Returns the paths that differ (empty: verified). The default re-hashes
    // every file at restoredPath().
    virtual Result<QStringList> verifyRestored(const RestoreContext &context) const;

protected:
    ManifestItem newManifestItem(const QString &setPath) const;
    // Marks the item failed with `message` (logged too) and returns it.
    SourceOutput failed(SourceOutput output, SourceContext &context, const QString &message) const;
    // For sources that write one file into the set (databases, exports):
    // makes the file at output.item.setPath owner-only, hashes it (counted
    // as progress), records it with the source's `mode` and `mtime`
    // (-1: the written file's own time) and completes the item.
    SourceOutput withSetFile(SourceOutput output, SourceContext &context, quint32 mode,
                             std::optional<FileTime> mtime = std::nullopt) const;
    // For restores: copies `file` from the set to `target` (which must not
    // exist), checks the bytes against the manifest entry while copying,
    // and gives the copy the recorded time and `mode`. A failed or damaged
    // copy leaves no target behind.
    Status restoreSetFile(const RestoreContext &context, const FileEntry &file, const QString &target,
                          quint32 mode) const;
    // For databases: the tables of `expected` (name -> rows, as the backup
    // counted them) whose count in `actual` differs or is missing.
    static QStringList tablesWithOtherRowCounts(const QJsonObject &expected, const QJsonObject &actual);

private:
    PlanItem m_planItem;
};

std::unique_ptr<Source> makeSource(const PlanItem &item);

}  // namespace lbw
