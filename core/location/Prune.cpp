#include "location/Prune.h"

#include "backupset/SetLayout.h"
#include "location/LocationLock.h"
#include "platform/Platform.h"
#include "util/TreeWalk.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace lbw {
namespace {

// Deletes a folder tree (never through a link) and counts the bytes of the
// files whose last name it removed.
Status removeTree(const QString &root, qint64 &freedBytes) {
    QStringList folders;
    QStringList failures;
    walkTree(
        root,
        [&](const WalkEntry &entry) {
            const QString path = root + QLatin1Char('/') + entry.relativePath;
            if (entry.info.type == platform::EntryType::Directory) {
                folders << path;
                return;
            }
            if (!platform::removeFile(path)) {
                failures << entry.relativePath;
                return;
            }
            if (entry.info.type == platform::EntryType::File && entry.info.linkCount <= 1)
                freedBytes += entry.info.size;
        },
        [&](const QString &relativePath, const QString &message) {
            failures << QStringLiteral("%1 (%2)").arg(relativePath, message);
        });
    for (auto it = folders.crbegin(); it != folders.crend(); ++it)
        (void)platform::removeEmptyDirectory(*it);
    if (!platform::removeEmptyDirectory(root) || !failures.isEmpty())
        return Error{QCoreApplication::translate("Prune",
                                                 "%1 could not be removed completely (%2). It is left as an "
                                                 "unfinished run, never used for a restore; check the permissions "
                                                 "and run the prune again.")
                         .arg(root, failures.mid(0, 3).join(QStringLiteral(", ")))};
    return {};
}

}  // namespace

Result<PruneReport> pruneLocation(const BackupLocation &location, const RetentionPolicy &policy, bool dryRun,
                                  const QTimeZone &zone) {
    if (policy.isEmpty())
        return Error{QCoreApplication::translate("Prune",
                                                 "No retention rule given: name at least one of --keep-last, "
                                                 "--keep-daily, --keep-weekly or --keep-monthly.")};
    if (!QFileInfo(location.root()).isDir())
        return Error{QCoreApplication::translate("Prune", "%1 is not a folder.").arg(location.root())};
    // A backup running now holds the lock: its previous set (which it links
    // to) and its .partial folder must stay.
    std::unique_ptr<LocationLock> lock;
    if (!dryRun) {
        Result<std::unique_ptr<LocationLock>> acquired = LocationLock::acquire(location.root());
        if (!acquired)
            return acquired.error();
        lock = std::move(acquired).value();
    }

    PruneReport report;
    const QList<SetSummary> sets = location.completeSets();  // oldest first
    QList<RetentionCandidate> candidates;
    for (const SetSummary &set : sets)
        candidates << RetentionCandidate{set.name, set.startedUtc};
    report.decisions = applyRetention(candidates, policy, zone);

    const QString latest = QFileInfo(location.latestSetPath()).fileName();
    QString newestGood;
    for (auto it = sets.crbegin(); it != sets.crend() && newestGood.isEmpty(); ++it)
        if (!it->hasErrors)
            newestGood = it->name;
    for (RetentionDecision &decision : report.decisions) {
        if (decision.name == latest) {
            decision.keep = true;
            decision.reasons << QStringLiteral("latest");
        }
        if (decision.name == newestGood && decision.name != latest) {
            decision.keep = true;
            decision.reasons << QStringLiteral("newest-good");
        }
    }

    for (const RetentionDecision &decision : report.decisions) {
        if (decision.keep)
            continue;
        report.removedSets << decision.name;
        if (dryRun)
            continue;
        const QString setPath = location.root() + QLatin1Char('/') + decision.name;
        const QString partial = setPath + layout::kPartialSuffix;
        if (!QDir().rename(setPath, partial)) {
            report.removedSets.removeLast();
            report.problems << QCoreApplication::translate("Prune", "%1 could not be renamed for removal; it is kept.")
                                   .arg(decision.name);
            continue;
        }
        (void)platform::syncDirectory(location.root());
        if (Status removed = removeTree(partial, report.freedBytes); !removed)
            report.problems << removed.errorMessage();
    }

    // Runs that never finished and started before the newest complete set
    // can only be leftovers (a run still going is newer, and holds the lock).
    const QDateTime newestComplete = sets.isEmpty() ? QDateTime() : sets.last().startedUtc;
    for (const SetSummary &run : location.incompleteRuns()) {
        if (!run.name.endsWith(layout::kPartialSuffix) || !newestComplete.isValid())
            continue;
        if (!run.startedUtc.isValid() || run.startedUtc >= newestComplete)
            continue;
        report.removedRuns << run.name;
        if (dryRun)
            continue;
        if (Status removed = removeTree(location.root() + QLatin1Char('/') + run.name, report.freedBytes); !removed)
            report.problems << removed.errorMessage();
    }
    return report;
}

Result<qint64> removeIncompleteRun(const BackupLocation &location, const QString &runName) {
    if (!runName.endsWith(layout::kPartialSuffix) || runName.contains(QLatin1Char('/')) ||
        runName.contains(QLatin1Char('\\')) || runName == layout::kPartialSuffix)
        return Error{QCoreApplication::translate("Prune",
                                                 "%1 is not an unfinished run; only a .partial folder is "
                                                 "removed this way.")
                         .arg(runName)};
    const QString path = location.root() + QLatin1Char('/') + runName;
    if (!QFileInfo(path).isDir() || QFileInfo(path).isSymLink())
        return Error{QCoreApplication::translate("Prune", "%1 is no longer there.").arg(path)};
    Result<std::unique_ptr<LocationLock>> lock = LocationLock::acquire(location.root());
    if (!lock)
        return lock.error();
    qint64 freed = 0;
    if (Status removed = removeTree(path, freed); !removed)
        return removed.error();
    (void)platform::syncDirectory(location.root());
    return freed;
}

}  // namespace lbw
