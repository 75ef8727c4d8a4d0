#pragma once
// Removes the sets a retention policy does not keep, and the runs that
// never finished before the newest complete set. Never removed: the set
// LATEST names, the newest set without errors, and anything while another
// operation holds the location's lock (a backup running now). Each set is
// first renamed back to "<name>.partial" (one atomic step), then deleted:
// a prune that is killed half-way leaves an incomplete run, never a set
// with files missing, and the next prune finishes it.

#include "location/BackupLocation.h"
#include "location/Retention.h"
#include "util/Result.h"

#include <QStringList>

namespace lbw {

struct PruneReport {
    QList<RetentionDecision> decisions;  // every complete set, newest first
    QStringList removedSets;             // names (in a dry run: those that would go)
    QStringList removedRuns;             // unfinished runs' folder names
    // What the removal gave back: the bytes of files no kept set still
    // links (a file shared with a kept set costs nothing to remove).
    // Measured while deleting; 0 in a dry run.
    qint64 freedBytes = 0;
    QStringList problems;  // translated: what could not be removed, and why
};

Result<PruneReport> pruneLocation(const BackupLocation &location, const RetentionPolicy &policy, bool dryRun,
                                  const QTimeZone &zone = QTimeZone::systemTimeZone());

// Deletes one unfinished run ("<name>.partial" directly in the location),
// say the one a failed or cancelled backup just left, under the location's
// lock so a run writing it now is never touched. Returns the bytes freed.
// A complete set is refused: only a name ending in .partial is removed.
Result<qint64> removeIncompleteRun(const BackupLocation &location, const QString &runName);

}  // namespace lbw
