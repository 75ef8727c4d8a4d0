#include "jobs/CopyJob.h"

#include "backupset/FileListReader.h"
#include "backupset/Manifest.h"
#include "backupset/PreviousSet.h"
#include "backupset/SetLayout.h"
#include "jobs/JobObserver.h"
#include "location/BackupLocation.h"
#include "location/LocationLock.h"
#include "platform/Platform.h"
#include "util/FileCopy.h"
#include "util/OrderedWork.h"
#include "util/Parallel.h"
#include "util/Progress.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <mutex>

namespace lbw {
namespace {

constexpr size_t kCopyWindow = 1024;  // files in flight, as a backup's copy of a store

struct PendingFile {
    FileEntry entry;
    std::optional<FileEntry> identical;  // the target's previous set holds the same file
    bool linked = false;
    QString error;  // translated, with the path
};

// Removes an unfinished copy unless it was committed: a copy that failed or
// was cancelled holds nothing the source set does not.
class PartialGuard {
public:
    explicit PartialGuard(QString path) : m_path(std::move(path)) {}
    ~PartialGuard() {
        if (!m_path.isEmpty())
            (void)platform::removeTree(m_path);
    }
    void release() { m_path.clear(); }

private:
    QString m_path;
};

bool anyItemFailed(const Manifest &manifest) {
    return std::any_of(manifest.items.begin(), manifest.items.end(),
                       [](const ManifestItem &item) { return item.status == ItemStatus::Failed; });
}

}  // namespace

CopyJob::CopyJob(QString setPath, QString targetLocation)
    : m_setPath(QDir::cleanPath(QDir(setPath).absolutePath())), m_targetLocation(std::move(targetLocation)) {}

CopyReport CopyJob::run(JobObserver *observer, const CancelToken &cancel) const {
    CopyReport report;
    report.sourceSetPath = m_setPath;
    auto fail = [&report](const QString &message) {
        report.outcome = CopyReport::Outcome::Failed;
        report.error = message;
        return report;
    };
    auto stage = [observer](const QString &text) {
        if (observer)
            observer->onStage(text);
    };

    const QString name = QFileInfo(m_setPath).fileName();
    if (!BackupLocation::isSetName(name))
        return fail(QCoreApplication::translate("CopyJob",
                                                "%1 is not a complete set. Give a set folder (named by its start "
                                                "time, without .partial) or a backup location.")
                        .arg(m_setPath));
    Result<Manifest> manifest = Manifest::loadHeader(m_setPath);
    if (!manifest)
        return fail(manifest.errorMessage());

    const BackupLocation target(m_targetLocation);
    const QString sourceRoot = QFileInfo(m_setPath).absolutePath();
    if (QFileInfo(sourceRoot).canonicalFilePath() == QFileInfo(target.root()).canonicalFilePath())
        return fail(QCoreApplication::translate("CopyJob", "%1 is already in %2. Give another location for the copy.")
                        .arg(name, target.root()));

    stage(QCoreApplication::translate("CopyJob", "Checking the location %1").arg(target.root()));
    const QList<SetSummary> targetSets = target.completeSets();
    // Space for the bytes the set added to its own location: about what the
    // copy adds to a location that holds the set before it.
    qint64 bytesNeeded = 0;
    for (const ManifestItem &item : manifest->items)
        bytesNeeded +=
            item.bytes - (targetSets.isEmpty() ? 0 : item.details.value(QLatin1String("linkedBytes")).toInteger());
    if (Status ok = BackupLocation::firstFailure(target.check({m_setPath}, bytesNeeded)); !ok)
        return fail(ok.errorMessage());
    if (Status created = target.createIfMissing(); !created)
        return fail(created.errorMessage());
    Result<std::unique_ptr<LocationLock>> lock = LocationLock::acquire(target.root());
    if (!lock)
        return fail(lock.errorMessage());

    const QString finalPath = target.root() + QLatin1Char('/') + name;
    if (QFileInfo::exists(finalPath)) {
        // Copied before (a scheduled copy runs again after a failure
        // elsewhere): the same set, or a different one with its name.
        Result<QByteArray> here = sha256OfFile(finalPath + QLatin1Char('/') + layout::kManifest, &cancel);
        Result<QByteArray> source = sha256OfFile(m_setPath + QLatin1Char('/') + layout::kManifest, &cancel);
        if (!here || !source || *here != *source)
            return fail(QCoreApplication::translate("CopyJob",
                                                    "%1 already holds a different set named %2. A complete set is "
                                                    "never replaced; give another location.")
                            .arg(target.root(), name));
        report.outcome = CopyReport::Outcome::AlreadyThere;
        report.copiedSetPath = finalPath;
        return report;
    }

    Result<QString> partial = target.createPartialCopy(name);
    if (!partial)
        return fail(partial.errorMessage());
    PartialGuard guard(*partial);

    std::optional<PreviousSet> previous;
    if (!targetSets.isEmpty()) {
        previous = PreviousSet::open(targetSets.last().path);
        if (previous)
            report.linkedFrom = previous->name();
    }

    FileListReader fileList(m_setPath, *manifest);
    if (Status opened = fileList.open(); !opened)
        return fail(opened.errorMessage());

    ProgressMeter progress([observer](const ProgressSnapshot &s) {
        if (observer)
            observer->onProgress(s);
    });
    qint64 bytesTotal = 0, filesTotal = 0;
    for (const ManifestItem &item : manifest->items) {
        bytesTotal += item.bytes;
        filesTotal += item.files;
    }
    progress.setTotals(bytesTotal, filesTotal);
    stage(QCoreApplication::translate("CopyJob", "Copying %1 to %2").arg(name, target.root()));

    std::atomic_bool stop{false};  // a file failed: the copy cannot be committed
    std::atomic_bool linksRefused{false};
    std::mutex noteMutex;
    const QString previousPath = previous ? previous->path() : QString();
    OrderedWork<PendingFile> copying(
        readWorkerCount(), kCopyWindow,
        [&](PendingFile &pending) {
            if (stop.load() || cancel.isCancelled())
                return;
            const QString from = m_setPath + QLatin1Char('/') + pending.entry.path;
            const QString to = *partial + QLatin1Char('/') + pending.entry.path;
            if (pending.identical && !linksRefused.load()) {
                Status made = platform::createHardLink(previousPath + QLatin1Char('/') + pending.entry.path, to);
                if (made) {
                    pending.linked = true;
                    progress.addBytes(pending.entry.size);
                    progress.addFiles(1);
                    progress.maybeReport();
                    return;
                }
                // No hard links on this file system (or this one refused):
                // every file is copied, which still makes a correct set.
                if (!linksRefused.exchange(true)) {
                    std::lock_guard noteLock(noteMutex);
                    report.linkNote = made.errorMessage();
                }
            }
            const CopyResult copied = copyAndHash(
                from, to, CopyMetadata{pending.entry.mtime, layout::kDataFileMode, m_setPath}, cancel, progress);
            if (!copied.ok)
                pending.error = QStringLiteral("%1: %2").arg(pending.entry.path, copied.error);
            else if (copied.size != pending.entry.size || copied.sha256 != pending.entry.sha256)
                pending.error = QCoreApplication::translate("CopyJob",
                                                            "%1 differs from the set's file list: the set is "
                                                            "damaged. Run lync-backup verify on it.")
                                    .arg(pending.entry.path);
            if (!pending.error.isEmpty())
                stop = true;
            progress.addFiles(1);
            progress.maybeReport();
        },
        [&](PendingFile &pending) {
            if (!pending.error.isEmpty()) {
                if (report.error.isEmpty())
                    report.error = pending.error;
                return;
            }
            if (stop.load() || cancel.isCancelled())
                return;
            ++report.files;
            report.bytes += pending.entry.size;
            if (pending.linked) {
                ++report.linkedFiles;
                report.linkedBytes += pending.entry.size;
            }
        });

    // Entries come parents first (path order), so a folder is made before
    // anything below it; links are recorded in a set, never stored.
    QString madeFolder;
    while (!stop.load() && !cancel.isCancelled()) {
        Result<std::optional<FileEntry>> next = fileList.next();
        if (!next) {
            stop = true;
            report.error = next.errorMessage();
            break;
        }
        if (!*next)
            break;
        FileEntry &entry = **next;
        const QString folder =
            entry.type == FileEntry::Type::Directory ? entry.path : entry.path.section(QLatin1Char('/'), 0, -2);
        if (folder != madeFolder) {
            if (!makeOwnerOnlyPath(*partial, folder)) {
                stop = true;
                report.error = QCoreApplication::translate("CopyJob", "Cannot create the folder %1.")
                                   .arg(*partial + QLatin1Char('/') + folder);
                break;
            }
            madeFolder = folder;
        }
        if (entry.type != FileEntry::Type::File)
            continue;
        PendingFile pending{std::move(entry), std::nullopt, false, {}};
        if (previous)
            pending.identical = previous->identicalFile(pending.entry);
        copying.submit(std::move(pending));
    }
    copying.finish();
    if (cancel.isCancelled()) {
        report.outcome = CopyReport::Outcome::Cancelled;
        return report;
    }
    if (!report.error.isEmpty())
        return fail(report.error);

    // The files that describe the set, byte for byte: its manifest and
    // SHA256SUMS still describe the copy.
    for (const QString &described : {layout::kManifest, layout::kEntries, layout::kSums, layout::kLog}) {
        const QString from = m_setPath + QLatin1Char('/') + described;
        Result<platform::EntryInfo> info = platform::statNoFollow(from);
        if (!info) {
            if (described == layout::kEntries && manifest->formatVersion < 2)
                continue;  // format 1 lists its files in the manifest
            return fail(info.errorMessage());
        }
        const CopyResult copied =
            copyAndHash(from, *partial + QLatin1Char('/') + described,
                        CopyMetadata{info->mtime, layout::kDataFileMode, m_setPath}, cancel, progress);
        if (!copied.ok)
            return fail(QStringLiteral("%1: %2").arg(described, copied.error));
    }

    stage(QCoreApplication::translate("CopyJob", "Flushing the copy to disk"));
    if (Status flushed = platform::flushTree(*partial); !flushed)
        return fail(flushed.errorMessage());
    stage(QCoreApplication::translate("CopyJob", "Verifying the copy"));
    report.verify = VerifyJob(*partial).run(observer, cancel);
    // A file linked to the location's previous set that does not verify was
    // damaged there: the copy gets its own file from the source set (the
    // damaged set is left as it is), or every later copy would link the same
    // bad file and fail.
    if (!report.verify->ok() && !report.verify->cancelled && report.verify->fatalError.isEmpty() &&
        report.linkedFiles > 0) {
        int copiedAgain = 0;
        for (const VerifyProblem &problem : report.verify->problems) {
            if (problem.kind != VerifyProblem::Kind::Changed && problem.kind != VerifyProblem::Kind::Missing)
                continue;
            const QString from = m_setPath + QLatin1Char('/') + problem.path;
            const QString to = *partial + QLatin1Char('/') + problem.path;
            Result<platform::EntryInfo> info = platform::statNoFollow(from);
            if (!info || !QFile::remove(to))
                continue;
            if (copyAndHash(from, to, CopyMetadata{info->mtime, layout::kDataFileMode, m_setPath}, cancel, progress).ok)
                ++copiedAgain;
        }
        if (copiedAgain > 0) {
            report.linkNote = QCoreApplication::translate("CopyJob",
                                                          "%Ln files of %1 did not verify there and were copied "
                                                          "again; verify that set.",
                                                          nullptr, copiedAgain)
                                  .arg(report.linkedFrom);
            report.verify = VerifyJob(*partial).run(observer, cancel);
        }
    }
    if (report.verify->cancelled) {
        report.outcome = CopyReport::Outcome::Cancelled;
        return report;
    }
    if (!report.verify->ok())
        return fail(!report.verify->fatalError.isEmpty()
                        ? report.verify->fatalError
                        : QCoreApplication::translate("CopyJob",
                                                      "The copy does not match the set (%n problems); it was "
                                                      "removed. Check the disk of %1.",
                                                      nullptr, int(report.verify->problems.size()))
                              .arg(target.root()));

    // LATEST of the target moves forward only, and only to a set in which
    // every item was backed up, as in the location the set came from.
    const QString targetLatest = target.latestSetPath();
    const bool updateLatest =
        !anyItemFailed(*manifest) && (targetLatest.isEmpty() || QFileInfo(targetLatest).fileName() < name);
    Result<QString> committed = target.commit(*partial, updateLatest);
    if (!committed)
        return fail(committed.errorMessage());
    guard.release();
    report.copiedSetPath = *committed;
    report.latestUpdated = updateLatest;
    report.outcome = CopyReport::Outcome::Copied;
    return report;
}

}  // namespace lbw
