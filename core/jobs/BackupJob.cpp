#include "jobs/BackupJob.h"

#include "backupset/PreviousSet.h"
#include "backupset/SetLayout.h"
#include "backupset/Sha256Sums.h"
#include "jobs/DeploymentCapture.h"
#include "jobs/JobObserver.h"
#include "jobs/SetFileList.h"
#include "util/Progress.h"
#include "util/SizeText.h"
#include "location/BackupLocation.h"
#include "location/LocationLock.h"
#include "platform/Platform.h"
#include "sources/Source.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <spdlog/logger.h>
#include <spdlog/sinks/basic_file_sink.h>

#include <algorithm>
#include <numeric>

namespace lbw {
namespace {

std::string utf8(const QString &text) {
    return text.toStdString();
}

// The newest complete set's header, or nothing (a first run, a location not
// reachable yet: the location check says why later).
std::optional<Manifest> newestCompleteSet(const BackupLocation &location) {
    const QList<SetSummary> complete = location.completeSets();
    if (complete.isEmpty())
        return std::nullopt;
    Result<Manifest> header = Manifest::loadHeader(complete.last().path);
    return header ? std::optional<Manifest>(std::move(header).value()) : std::nullopt;
}

// A file store's size as the newest complete set recorded it, when that set
// backed up the same folder whole: the run then walks the store once, while
// it copies it, instead of once more to size it first. The figure paces the
// progress bar and the free-space check only; whatever the store holds now
// is copied.
std::optional<SourceEstimate> sizeFromSet(const std::optional<Manifest> &set, const PlanItem &planItem) {
    if (!set || planItem.kind != QLatin1String("filestore"))
        return std::nullopt;
    for (const ManifestItem &item : set->items)
        if (item.kind == planItem.kind && item.name == planItem.name && item.source == planItem.path &&
            item.status == ItemStatus::Ok)
            return SourceEstimate{item.bytes, item.files};
    return std::nullopt;
}

}  // namespace

BackupJob::BackupJob(BackupPlan plan, SinkList extraSinks)
    : m_plan(std::move(plan)), m_extraSinks(std::move(extraSinks)) {}

BackupReport BackupJob::run(JobObserver *observer, const CancelToken &cancel) {
    BackupReport report;
    auto stage = [&](const QString &text) {
        if (observer)
            observer->onStage(text);
    };
    spdlog::logger log("backup", m_extraSinks.begin(), m_extraSinks.end());
    log.set_level(spdlog::level::info);
    // Written through at once: after a crash or a SIGKILL the .partial
    // folder still tells how far the run got.
    log.flush_on(spdlog::level::info);
    auto fail = [&](const QString &message) {
        report.outcome = BackupOutcome::Failed;
        report.error = message;
        log.error("{}", utf8(message));
        return report;
    };

    stage(QCoreApplication::translate("BackupJob", "Checking the plan"));
    if (const QStringList problems = m_plan.problems(); !problems.isEmpty())
        return fail(problems.join(QLatin1Char('\n')));
    std::optional<PlanTopology> topology;
    if (!m_plan.topology.isEmpty()) {
        Result<PlanTopology> read = readPlanTopology(m_plan.topology);
        if (!read)
            return fail(read.errorMessage());
        topology = std::move(read).value();
    }

    // Every source is asked first, so nothing is written when the location
    // is wrong, and each item that cannot run says why before the run starts.
    stage(QCoreApplication::translate("BackupJob", "Looking at the data to back up"));
    std::vector<std::unique_ptr<Source>> sources;
    std::vector<std::optional<Error>> notReady;
    QStringList sourcePaths;
    qint64 bytesTotal = 0;
    qint64 filesTotal = 0;
    std::vector<qint64> itemBytes;
    const std::optional<Manifest> lastSet = newestCompleteSet(BackupLocation(m_plan.location));
    QStringList sizedFromSet;  // stores not walked before the copy
    for (const PlanItem &item : m_plan.items) {
        sources.push_back(makeSource(item));
        Result<SourceEstimate> estimate = [&]() -> Result<SourceEstimate> {
            std::optional<SourceEstimate> known = m_known.contains(item.name)
                                                      ? std::optional<SourceEstimate>(m_known.value(item.name))
                                                      : sizeFromSet(lastSet, item);
            if (!known)
                return sources.back()->estimate();
            if (Status ready = sources.back()->checkReady(); !ready)
                return ready.error();
            if (!m_known.contains(item.name))
                sizedFromSet << item.name;
            return *known;
        }();
        notReady.push_back(estimate ? std::nullopt : std::optional<Error>(estimate.error()));
        itemBytes.push_back(estimate ? estimate->bytes : 0);
        if (estimate) {
            bytesTotal += estimate->bytes;
            filesTotal += estimate->files;
        } else {
            log.error("{}", utf8(QStringLiteral("%1: %2").arg(item.displayName(), estimate.errorMessage())));
        }
        sourcePaths << sources.back()->sourcePaths();
        if (cancel.isCancelled()) {
            report.outcome = BackupOutcome::Cancelled;
            return report;
        }
    }
    if (std::all_of(notReady.begin(), notReady.end(), [](const auto &e) { return e.has_value(); }))
        return fail(
            QCoreApplication::translate("BackupJob", "None of the items can be backed up:\n%1")
                .arg(std::accumulate(notReady.begin(), notReady.end(), QString(), [](QString all, const auto &e) {
                    return all.isEmpty() ? e->message : all + QLatin1Char('\n') + e->message;
                })));

    stage(QCoreApplication::translate("BackupJob", "Checking the backup location"));
    const BackupLocation location(m_plan.location);
    if (Status ok = BackupLocation::firstFailure(location.check(sourcePaths, bytesTotal)); !ok)
        return fail(ok.errorMessage());
    if (Status created = location.createIfMissing(); !created)
        return fail(created.errorMessage());
    QString takeover;
    Result<std::unique_ptr<LocationLock>> lock = LocationLock::acquire(location.root(), &takeover);
    if (!lock)
        return fail(lock.errorMessage());
    if (!takeover.isEmpty()) {
        report.notes << takeover;
        log.warn("{}", utf8(takeover));
    }

    Manifest &manifest = report.manifest;
    manifest.toolVersion = QStringLiteral(LBW_VERSION);
    manifest.startedUtc = QDateTime::currentDateTimeUtc();
    manifest.host = HostFacts::ofThisMachine();
    manifest.plan = m_plan.toJson();
    Result<QString> setDir = location.createPartialSet(manifest.startedUtc);
    if (!setDir)
        return fail(setDir.errorMessage());
    report.setPath = *setDir;
    manifest.setName = QFileInfo(setDir->chopped(layout::kPartialSuffix.size())).fileName();

    // Before the commit, a cancel leaves only the .partial folder.
    auto cancelled = [&]() {
        report.outcome = BackupOutcome::Cancelled;
        log.warn("{}", utf8(QCoreApplication::translate(
                                "BackupLog", "Cancelled. %1 is left incomplete and will never be used for a restore.")
                                .arg(*setDir)));
        return report;
    };

    const QString logPath = *setDir + QLatin1Char('/') + layout::kLog;
    std::shared_ptr<spdlog::sinks::basic_file_sink_mt> fileSink;
    try {
        fileSink = std::make_shared<spdlog::sinks::basic_file_sink_mt>(utf8(logPath));
    } catch (const spdlog::spdlog_ex &e) {
        return fail(QCoreApplication::translate("BackupJob", "Cannot create the log %1: %2")
                        .arg(logPath, QString::fromLocal8Bit(e.what())));
    }
    QFile::setPermissions(logPath, QFile::ReadOwner | QFile::WriteOwner);
    log.sinks().push_back(fileSink);
    log.info("{}",
             utf8(QCoreApplication::translate("BackupLog", "Lync Backup Wizard %1 on %2: backup of \"%3\" into %4")
                      .arg(QStringLiteral(LBW_VERSION), manifest.host.fqdn, m_plan.name, *setDir)));
    log.info("{}", utf8(QCoreApplication::translate("BackupLog", "%1 items, about %2 files and %3")
                            .arg(countText(m_plan.items.size()), countText(filesTotal), sizeText(bytesTotal))));
    if (!sizedFromSet.isEmpty())
        log.info("{}", utf8(QCoreApplication::translate("BackupLog", "Sized as in %1 (walked once, while copied): %2")
                                .arg(lastSet->setName, sizedFromSet.join(QStringLiteral(", ")))));

    if (topology) {
        stage(QCoreApplication::translate("BackupJob", "Keeping the topology and the DNS records of its servers"));
        Result<Deployment> deployment = keepDeployment(*setDir, *topology, manifest.files, cancel);
        if (!deployment)
            return cancel.isCancelled() ? cancelled() : fail(deployment.errorMessage());
        manifest.deployment = *deployment;
        for (const ResolvedName &name : manifest.deployment.names)
            log.info("{}", utf8(name.addresses.isEmpty()
                                    ? QCoreApplication::translate("BackupLog", "%1 resolves to nothing (%2)")
                                          .arg(name.fqdn, name.error)
                                    : QCoreApplication::translate("BackupLog", "%1 resolves to %2")
                                          .arg(name.fqdn, name.addresses.join(QStringLiteral(", ")))));
    }

    // Unchanged files of the stores are linked to the newest complete set
    // (as rsync --link-dest) unless the plan asks for a full copy.
    std::optional<PreviousSet> previous;  // read alongside each store's walk
    const bool anyStore = std::any_of(m_plan.items.begin(), m_plan.items.end(),
                                      [](const PlanItem &item) { return item.kind == QLatin1String("filestore"); });
    if (anyStore && !m_plan.fullCopy) {
        const QList<SetSummary> complete = location.completeSets();
        if (!complete.isEmpty()) {
            previous = PreviousSet::open(complete.last().path);
            if (previous)
                log.info("{}", utf8(QCoreApplication::translate(
                                        "BackupLog", "Files unchanged since %1 are linked to it instead of copied")
                                        .arg(previous->name())));
            else
                log.warn("{}", utf8(QCoreApplication::translate(
                                        "BackupLog", "The previous set %1 cannot be read: every file is copied")
                                        .arg(complete.last().path)));
        }
    } else if (anyStore) {
        log.info("{}", utf8(QCoreApplication::translate("BackupLog", "Full copy: every file is copied and hashed")));
    }

    ProgressMeter progress([observer](const ProgressSnapshot &s) {
        if (observer)
            observer->onProgress(s);
    });
    progress.setTotals(bytesTotal, filesTotal);
    SetFileList fileList(*setDir);
    const EntrySink addEntry = [&fileList](FileEntry &&entry) { return fileList.add(std::move(entry)); };
    for (size_t i = 0; i < sources.size(); ++i) {
        Source &source = *sources[i];
        const int index = int(i);
        if (observer)
            observer->onItemStarted(index, source.planItem().name);
        stage(QCoreApplication::translate("BackupJob", "Backing up: %1").arg(source.planItem().displayName()));
        log.info("{}", utf8(QCoreApplication::translate("BackupLog", "%1: %2 from %3")
                                .arg(source.planItem().displayName(), source.planItem().kind, source.planItem().path)));
        progress.startItem(index, itemBytes[i]);
        SourceOutput output;
        if (Status begun = fileList.beginItem(); !begun)
            return fail(begun.errorMessage());
        if (notReady[i]) {
            output.item.kind = source.planItem().kind;
            output.item.name = source.planItem().name;
            output.item.source = source.planItem().path;
            output.item.status = ItemStatus::Failed;
            output.item.errors.append({QString(), notReady[i]->message});
        } else {
            SourceContext context{*setDir, cancel, progress, log, addEntry, previous ? &*previous : nullptr};
            output = source.backup(context);
        }
        log.info("{}", utf8(QCoreApplication::translate("BackupLog", "%1: %2 (%3 files, %4, %5 errors, %6 skipped)")
                                .arg(source.planItem().displayName(), itemStatusText(output.item.status),
                                     countText(output.item.files), sizeText(output.item.bytes),
                                     countText(output.item.errors.size()), countText(output.item.skipped.size()))));
        if (observer)
            observer->onItemFinished(index, output.item);
        manifest.items.append(output.item);
        if (cancel.isCancelled())
            break;
    }
    progress.reportNow();
    if (previous && !previous->readError().isEmpty())
        log.warn("{}", utf8(QCoreApplication::translate(
                                "BackupLog",
                                "The file list of %1 could not be read to its end (%2): the files after that point "
                                "were copied")
                                .arg(previous->name(), previous->readError())));
    if (cancel.isCancelled())
        return cancelled();

    const bool anyFailed = std::any_of(manifest.items.begin(), manifest.items.end(),
                                       [](const ManifestItem &item) { return item.status == ItemStatus::Failed; });
    const bool allFailed = std::all_of(manifest.items.begin(), manifest.items.end(),
                                       [](const ManifestItem &item) { return item.status == ItemStatus::Failed; });
    if (allFailed)
        return fail(QCoreApplication::translate(
                        "BackupJob", "Every item failed; the run is left incomplete in %1. See backup.log there.")
                        .arg(*setDir));

    if (topology) {
        stage(QCoreApplication::translate("BackupJob", "Writing the recovery runbook"));
        const QString finalPath = QFileInfo(setDir->chopped(layout::kPartialSuffix.size())).absoluteFilePath();
        if (Status written = keepRunbook(*setDir, finalPath, manifest, topology->topology); !written)
            return fail(written.errorMessage());
    }
    stage(QCoreApplication::translate("BackupJob", "Writing the manifest and checksums"));
    manifest.finishedUtc = QDateTime::currentDateTimeUtc();
    log.info("{}", utf8(QCoreApplication::translate("BackupLog", "Writing %1, %2 and %3")
                            .arg(layout::kEntries, layout::kManifest, layout::kSums)));
    const QString sumsPath = *setDir + QLatin1Char('/') + layout::kSums;
    QFile sums(sumsPath);
    if (!sums.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(QCoreApplication::translate("BackupJob", "Cannot write %1: %2").arg(sumsPath, sums.errorString()));
    sums.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    Result<EntriesSummary> entries = fileList.finish(std::move(manifest.files), sums);
    manifest.files.clear();
    if (!entries)
        return fail(entries.errorMessage());
    manifest.entries = *entries;
    if (Status saved = manifest.saveHeader(*setDir); !saved)
        return fail(saved.errorMessage());
    // The log ends here: SHA256SUMS, written last, covers the data, the file
    // list, the manifest and the log, so `sha256sum -c` checks every byte of
    // the set. What follows (the flush, the commit, the verification) is
    // reported to the caller, not written into the set.
    log.info("{}", utf8(QCoreApplication::translate(
                       "BackupLog", "Closing the log; SHA256SUMS covers every file of the set, this log included")));
    log.flush();
    log.sinks().pop_back();
    fileSink.reset();
    QByteArray describedSums;
    for (const QString &described : {layout::kEntries, layout::kManifest, layout::kLog}) {
        Result<QByteArray> digest = described == layout::kEntries
                                        ? Result<QByteArray>(manifest.entries.sha256)
                                        : sha256OfFile(*setDir + QLatin1Char('/') + described, &cancel);
        if (!digest)
            return cancel.isCancelled() ? cancelled() : fail(digest.errorMessage());
        describedSums += formatSha256SumLine(*digest, described);
    }
    if (sums.write(describedSums) != describedSums.size() || !sums.flush())
        return fail(QCoreApplication::translate("BackupJob", "Cannot write %1: %2").arg(sumsPath, sums.errorString()));
    sums.close();

    stage(QCoreApplication::translate("BackupJob", "Flushing the set to disk"));
    if (Status flushed = platform::flushTree(*setDir); !flushed)
        return fail(flushed.errorMessage());
    // The commit point is the rename below. A cancel that came before it
    // leaves the .partial folder; one that comes after it only stops what
    // follows, and the run reports the set it committed.
    if (cancel.isCancelled())
        return cancelled();
    // LATEST ($backup) only moves to a set in which every item was backed
    // up, at least in part: a set missing a whole item must not replace the
    // previous one as the restore source.
    QString latestProblem;
    Result<QString> committed = location.commit(*setDir, !anyFailed, &latestProblem);
    if (!committed)
        return fail(committed.errorMessage());
    report.setPath = *committed;
    report.latestUpdated = !anyFailed && latestProblem.isEmpty();
    report.latestProblem = latestProblem;
    // A LATEST that could not be moved is an error of the run (scripts and
    // the location's commands still find the previous set through it), not
    // a failure: the set is complete.
    report.outcome = manifest.hasErrors() || !latestProblem.isEmpty() ? BackupOutcome::CompletedWithErrors
                                                                      : BackupOutcome::Succeeded;
    if (!latestProblem.isEmpty())
        log.error("{}", utf8(latestProblem));
    else
        log.info(
            "{}",
            utf8(report.latestUpdated
                     ? QCoreApplication::translate("BackupLog", "Committed %1; LATEST points at it").arg(*committed)
                     : QCoreApplication::translate("BackupLog", "Committed %1; LATEST still points at the previous set")
                           .arg(*committed)));
    lock->reset();

    if (m_plan.verifyAfterBackup) {
        stage(QCoreApplication::translate("BackupJob", "Verifying the new set"));
        if (observer)
            observer->onPhaseStarted(JobPhase::Verification);
        report.verify = VerifyJob(*committed).run(observer, cancel);
        if (Status recorded = recordVerification(*report.verify); !recorded)
            log.warn("{}", utf8(recorded.errorMessage()));
        if (report.verify->cancelled) {
            report.stoppedAfterCommit = true;
            log.warn("{}", utf8(QCoreApplication::translate(
                                    "BackupLog", "Stopped after the commit: %1 is complete, but it was not verified")
                                    .arg(*committed)));
        } else if (!report.verify->ok())
            log.error("{}", utf8(QCoreApplication::translate("BackupLog", "Verification of %1 found %2 problems")
                                     .arg(*committed, countText(report.verify->problems.size()))));
    }

    // The second copy and the removal of old sets happen only once a good
    // set is committed (and verified, when the plan verifies): never
    // before the run, never after a failure.
    const bool good = report.latestUpdated && (!report.verify || report.verify->ok());
    // What a cancel after the commit leaves undone is said, never skipped
    // silently: the plan asked for it. (A verification that was stopped
    // found nothing wrong: what would have followed it is said too.)
    const bool wouldFollow =
        report.latestUpdated && (!report.verify || report.verify->ok() || report.verify->cancelled);
    auto notDone = [&](const QString &note) {
        report.stoppedAfterCommit = true;
        report.notes << note;
        log.warn("{}", utf8(note));
    };
    if (wouldFollow && cancel.isCancelled() && !m_plan.secondaryLocation.isEmpty()) {
        notDone(QCoreApplication::translate("BackupJob",
                                            "The run was stopped before the copy to %1; the set is only in %2.")
                    .arg(m_plan.secondaryLocation, location.root()));
        if (report.outcome == BackupOutcome::Succeeded)
            report.outcome = BackupOutcome::CompletedWithErrors;
    } else if (good && !m_plan.secondaryLocation.isEmpty()) {
        stage(QCoreApplication::translate("BackupJob", "Copying the set to the secondary location"));
        if (observer)
            observer->onPhaseStarted(JobPhase::SecondCopy);
        report.secondCopy = CopyJob(*committed, m_plan.secondaryLocation).run(observer, cancel);
        const CopyReport &copy = *report.secondCopy;
        if (copy.ok()) {
            log.info("{}", utf8(QCoreApplication::translate("BackupLog", "Copied to %1: %2 files, %3 (%4 linked to %5)")
                                    .arg(copy.copiedSetPath, countText(copy.files), sizeText(copy.bytes),
                                         countText(copy.linkedFiles), copy.linkedFrom)));
        } else if (copy.outcome == CopyReport::Outcome::Cancelled) {
            report.stoppedAfterCommit = true;
            report.notes << QCoreApplication::translate("BackupJob",
                                                        "The copy to %1 was cancelled; the set is only in %2.")
                                .arg(m_plan.secondaryLocation, location.root());
            log.warn("{}", utf8(QCoreApplication::translate("BackupLog", "The copy to %1 was cancelled")
                                    .arg(m_plan.secondaryLocation)));
            if (report.outcome == BackupOutcome::Succeeded)
                report.outcome = BackupOutcome::CompletedWithErrors;
        } else if (copy.outcome == CopyReport::Outcome::Failed) {
            report.notes << QCoreApplication::translate("BackupJob", "The copy to %1 failed: %2")
                                .arg(m_plan.secondaryLocation, copy.error);
            // The set is good where it was written, but the plan's second copy
            // is missing: what a monitoring system must hear about.
            if (report.outcome == BackupOutcome::Succeeded)
                report.outcome = BackupOutcome::CompletedWithErrors;
            log.error("{}", utf8(QCoreApplication::translate("BackupLog", "The copy to %1 failed: %2")
                                     .arg(m_plan.secondaryLocation, copy.error)));
        }
    }
    if (wouldFollow && cancel.isCancelled() && !m_plan.retention.isEmpty()) {
        notDone(QCoreApplication::translate("BackupJob",
                                            "The run was stopped before old sets were removed; the next good run "
                                            "removes them."));
    } else if (good && !m_plan.retention.isEmpty()) {
        stage(QCoreApplication::translate("BackupJob", "Removing the sets the retention policy does not keep"));
        report.prune = applyRetention(location, report.notes, log);
        // The secondary location keeps sets by the same rules, once it
        // holds this one.
        if (report.secondCopy && report.secondCopy->ok())
            applyRetention(BackupLocation(m_plan.secondaryLocation), report.notes, log);
    }
    return report;
}

std::optional<PruneReport> BackupJob::applyRetention(const BackupLocation &location, QStringList &notes,
                                                     spdlog::logger &log) const {
    Result<PruneReport> pruned = pruneLocation(location, m_plan.retention, false);
    if (!pruned) {
        notes << QCoreApplication::translate("BackupJob", "Old sets were not removed from %1: %2")
                     .arg(location.root(), pruned.errorMessage());
        log.warn("{}", utf8(QCoreApplication::translate("BackupLog", "Old sets were not removed from %1: %2")
                                .arg(location.root(), pruned.errorMessage())));
        return std::nullopt;
    }
    log.info("{}", utf8(QCoreApplication::translate(
                            "BackupLog", "Retention (%1) in %2: removed %3 sets and %4 unfinished runs, %5 freed")
                            .arg(m_plan.retention.describe(), location.root(), countText(pruned->removedSets.size()),
                                 countText(pruned->removedRuns.size()), sizeText(pruned->freedBytes))));
    for (const QString &problem : pruned->problems) {
        notes << problem;
        log.warn("{}", utf8(problem));
    }
    return std::move(pruned).value();
}

QString backupOutcomeKey(BackupOutcome outcome) {
    switch (outcome) {
        case BackupOutcome::Succeeded:
            return QStringLiteral("succeeded");
        case BackupOutcome::CompletedWithErrors:
            return QStringLiteral("completed-with-errors");
        case BackupOutcome::Cancelled:
            return QStringLiteral("cancelled");
        case BackupOutcome::Failed:
            break;
    }
    return QStringLiteral("failed");
}

}  // namespace lbw
