#pragma once
// A backup run from plan to committed set: checks the location, takes its
// lock, writes each item into "<UTC time>.partial", writes manifest.json and
// SHA256SUMS, flushes everything to disk, renames the folder to its final
// name and points LATEST at it. Optionally verifies the new set.

#include "backupset/Manifest.h"
#include "jobs/CopyJob.h"
#include "jobs/VerifyJob.h"
#include "location/Prune.h"
#include "model/BackupPlan.h"
#include "sources/Source.h"
#include "util/CancelToken.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace spdlog {
class logger;
}
namespace spdlog::sinks {
class sink;
}

namespace lbw {

class BackupLocation;
class JobObserver;

enum class BackupOutcome { Succeeded, CompletedWithErrors, Failed, Cancelled };
// "succeeded", "completed-with-errors", "failed", "cancelled": for logs and scripts.
QString backupOutcomeKey(BackupOutcome outcome);

struct BackupReport {
    BackupOutcome outcome = BackupOutcome::Failed;
    QString error;      // translated; why the run failed, when it did
    QString setPath;    // the committed set ($backup), or the .partial left behind
    QStringList notes;  // translated remarks (a stale lock taken over, ...)
    Manifest manifest;
    bool latestUpdated = false;
    // Translated; why LATEST was not moved to the committed set although no
    // item failed (a full disk, ...). The set is complete and usable; the
    // outcome is then CompletedWithErrors, never Failed.
    QString latestProblem;
    // A cancel (Ctrl+C, SIGTERM, the wizard's Cancel) came after the commit
    // and cut short or skipped what follows it (the verification, the second
    // copy, the removal of old sets). The set is complete all the same: a
    // cancel only ever leaves a .partial when it comes before the commit.
    bool stoppedAfterCommit = false;
    std::optional<VerifyReport> verify;
    std::optional<PruneReport> prune;  // when the plan has a retention policy and the run was good
    // The copy to the plan's secondary location, when it names one and the
    // run was good. A failed copy leaves the set good where it was written
    // and the run CompletedWithErrors.
    std::optional<CopyReport> secondCopy;

    // The set was renamed from .partial: it is complete, whatever came after.
    bool committed() const {
        return outcome == BackupOutcome::Succeeded || outcome == BackupOutcome::CompletedWithErrors;
    }
};

class BackupJob {
public:
    // Extra log sinks (the CLI's console, the wizard's log view) receive the
    // run's log besides the set's own backup.log.
    using SinkList = std::vector<std::shared_ptr<spdlog::sinks::sink>>;

    explicit BackupJob(BackupPlan plan, SinkList extraSinks = {});
    // Sizes the front end measured moments ago (by item name): those items
    // are only asked whether they can run, not walked once more before the
    // walk that copies them. The sizes serve progress and the free-space
    // check; a store that changed since is still copied as it is now.
    void useKnownEstimates(QHash<QString, SourceEstimate> byItemName) { m_known = std::move(byItemName); }
    BackupReport run(JobObserver *observer, const CancelToken &cancel);

private:
    // Removes the sets the plan's retention policy does not keep from
    // `location`; problems become notes.
    std::optional<PruneReport> applyRetention(const BackupLocation &location, QStringList &notes,
                                              spdlog::logger &log) const;

    BackupPlan m_plan;
    SinkList m_extraSinks;
    QHash<QString, SourceEstimate> m_known;
};

}  // namespace lbw
