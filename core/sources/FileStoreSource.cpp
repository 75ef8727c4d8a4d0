#include "sources/FileStoreSource.h"

#include "backupset/PreviousSet.h"
#include "backupset/SetLayout.h"
#include "util/Progress.h"
#include "util/CancelToken.h"
#include "util/FileCopy.h"
#include "util/Staging.h"
#include "util/Parallel.h"
#include "util/Sha256.h"
#include "util/TreeWalk.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <spdlog/logger.h>

#include <atomic>

namespace lbw {
namespace {

constexpr quint32 kSetFileMode = 0600;  // sets hold user data: owner only
constexpr quint32 kSetDirMode = 0700;
constexpr int kObstaclesNamed = 5;  // in a refusal; one more tells that there are others

// What stands in the way of a restore into an existing folder: every entry
// below it that is not a folder (a file, a link, a pipe, ...) and every
// folder that cannot be read (it might hold anything). Folders alone are
// no data: Lync setup creates its empty tree in the share before the data
// comes back.
struct TargetScan {
    QStringList obstacles;  // relative paths, in walk order; at most kObstaclesNamed + 1
    QStringList folders;    // relative paths of the empty folders, parents before children
};

TargetScan scanTarget(const QString &root) {
    // The same traversal as a backup (never through a link). A target that
    // is not clean is walked to its end; only a few obstacles are named.
    TargetScan scan;
    qsizetype obstacles = 0;
    auto obstacle = [&](const QString &relativePath) {
        if (++obstacles <= kObstaclesNamed + 1)
            scan.obstacles << relativePath;
    };
    walkTree(
        root,
        [&](const WalkEntry &entry) {
            if (entry.info.type == platform::EntryType::Directory)
                scan.folders << entry.relativePath;
            else
                obstacle(entry.relativePath);  // a link is never followed, even to a folder
        },
        [&](const QString &relativePath, const QString &) {
            obstacle(QCoreApplication::translate("FileStoreSource", "%1 (a folder that cannot be read)")
                         .arg(relativePath.isEmpty() ? root : relativePath));
        });
    return scan;
}

Error notCleanError(const QString &target, const QStringList &obstacles) {
    return Error{QCoreApplication::translate("FileStoreSource",
                                             "The folder %1 is not empty: it holds %2. Restore goes onto "
                                             "new or clean targets only (a folder that holds only empty folders is "
                                             "clean): move these away or choose another target, and run the "
                                             "restore again.")
                     .arg(target, obstacles.mid(0, kObstaclesNamed).join(QStringLiteral(", ")) +
                                      (obstacles.size() > kObstaclesNamed ? QStringLiteral(", …") : QString()))};
}

// Moves the complete staged tree into `target`, an existing folder that
// holds only empty folders. The target folder itself is kept (it may be a
// share with its own permissions); its empty folders are removed with
// rmdir, deepest first (rmdir refuses a folder that holds anything, so
// this step can never delete data), and each top-level entry of the staged
// tree is renamed into it.
//
// Unlike the single rename used when the target does not exist, this is
// not one atomic step. A kill between the first and the last rename leaves
// a partly moved tree: some top-level entries in the target, the others in
// the hidden staging folder beside it. Such a target is no longer clean, so
// the next restore refuses it and names what is there; the operator moves
// it away (or empties it) and runs the restore again, which then also
// removes the staging leftover. A kill before the first rename leaves the
// target with fewer empty folders, which is still clean.
Status moveIntoExistingFolder(const QString &staged, const QString &target) {
    if (Status flushed = platform::flushTree(staged); !flushed)
        return flushed;
    // Judged clean before the restore began; judged again now, just before
    // anything in it changes.
    const TargetScan scan = scanTarget(target);
    if (!scan.obstacles.isEmpty())
        return notCleanError(target, scan.obstacles);
    for (auto it = scan.folders.crbegin(); it != scan.folders.crend(); ++it)
        if (!QDir().rmdir(target + QLatin1Char('/') + *it))
            return Error{QCoreApplication::translate("FileStoreSource",
                                                     "Cannot remove the empty folder %1 from %2 (something was "
                                                     "written into it during the restore, or this account may not "
                                                     "remove it). Nothing was restored into %2, though some of its "
                                                     "empty folders may be gone; check it and run the restore again.")
                             .arg(*it, target)};
    const QStringList entries =
        QDir(staged).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    QStringList moved;
    for (const QString &name : entries) {
        // QDir::rename never replaces an entry that appeared in the meantime.
        if (!QDir().rename(staged + QLatin1Char('/') + name, target + QLatin1Char('/') + name)) {
            // Put back what was moved, so the target is left clean.
            QStringList stuck;
            for (const QString &back : moved)
                if (!QDir().rename(target + QLatin1Char('/') + back, staged + QLatin1Char('/') + back))
                    stuck << back;
            if (!stuck.isEmpty())
                return Error{QCoreApplication::translate("FileStoreSource",
                                                         "Cannot move %1 into %2, and %3 could not be taken out "
                                                         "again: %2 now holds part of the restored tree. Move "
                                                         "everything out of %2 and run the restore again.")
                                 .arg(name, target, stuck.join(QStringLiteral(", ")))};
            return Error{QCoreApplication::translate("FileStoreSource",
                                                     "Cannot move %1 into %2 (is %2 on another file system than "
                                                     "the folder that holds it, or did something appear there?). "
                                                     "Nothing was restored into %2; check it and run the restore "
                                                     "again.")
                             .arg(name, target)};
        }
        moved << name;
    }
    if (Status synced = platform::syncDirectory(target); !synced)
        return synced;
    QDir().rmdir(staged);
    return platform::syncDirectory(QFileInfo(staged).absolutePath());
}

}  // namespace

bool FileStoreSource::isSkippedByDesign(const QString &fileName) {
    return fileName.compare(QLatin1String("Meeting.Active"), Qt::CaseInsensitive) == 0;
}

Status FileStoreSource::checkReady() const {
    const QFileInfo root(planItem().path);
    if (!root.exists())
        return Error{QCoreApplication::translate(
                         "FileStoreSource",
                         "The file store %1 (%2) does not exist or cannot be reached. Check the path and that "
                         "the share is online.")
                         .arg(planItem().name, planItem().path)};
    if (!root.isDir())
        return Error{QCoreApplication::translate("FileStoreSource", "The file store %1 (%2) is not a folder.")
                         .arg(planItem().name, planItem().path)};
    if (!root.isReadable() || !root.isExecutable())
        return Error{QCoreApplication::translate(
                         "FileStoreSource",
                         "The file store %1 (%2) cannot be read by this account. Run the backup as an account "
                         "that can read the share.")
                         .arg(planItem().name, planItem().path)};
    return {};
}

FileStoreSource::Scan FileStoreSource::scanTree() const {
    Scan scan;
    auto onEntry = [&](const WalkEntry &entry) {
        switch (entry.info.type) {
            case platform::EntryType::Directory:
            case platform::EntryType::Symlink:
                scan.entries.push_back({entry.relativePath, entry.info});
                break;
            case platform::EntryType::File:
                if (isSkippedByDesign(entry.name)) {
                    scan.skipped.append({entry.relativePath, QCoreApplication::translate(
                                                                 "FileStoreSource",
                                                                 "Meeting.Active is locked by a running meeting and "
                                                                 "is not backed up (by design)")});
                    break;
                }
                scan.entries.push_back({entry.relativePath, entry.info});
                scan.estimate.bytes += entry.info.size;
                ++scan.estimate.files;
                break;
            case platform::EntryType::Other:
                scan.errors.append({entry.relativePath,
                                    QCoreApplication::translate(
                                        "FileStoreSource", "not a regular file (device, pipe or socket); not copied")});
                break;
        }
    };
    auto onError = [&](const QString &relativePath, const QString &message) {
        scan.errors.append({relativePath, message});
    };
    walkTree(QDir::cleanPath(planItem().path), onEntry, onError);
    return scan;
}

Result<SourceEstimate> FileStoreSource::estimate() {
    if (Status ready = checkReady(); !ready)
        return ready.error();
    m_scan = scanTree();
    return m_scan->estimate;
}

SourceOutput FileStoreSource::backup(SourceContext &context) {
    const QString setPath = layout::kFileStores + QLatin1Char('/') + planItem().name;
    SourceOutput output{newManifestItem(setPath), {}};
    ManifestItem &item = output.item;
    auto fail = [&](const QString &message) { return failed(std::move(output), context, message); };

    if (!m_scan) {
        Result<SourceEstimate> estimated = estimate();
        if (!estimated)
            return fail(estimated.errorMessage());
    }
    Scan scan = std::move(*m_scan);
    m_scan.reset();
    item.skipped = scan.skipped;
    item.errors = scan.errors;

    const QString sourceRoot = QDir::cleanPath(planItem().path);
    // The store's own folder is not an entry of the manifest; its mode and
    // time are kept here so a restore can give them back.
    if (Result<platform::EntryInfo> root = platform::statNoFollow(sourceRoot); root) {
        item.details.insert(QStringLiteral("rootMode"), QStringLiteral("%1").arg(root->mode, 4, 8, QLatin1Char('0')));
        item.details.insert(QStringLiteral("rootMtime"), formatUtcNs(root->mtimeNs));
    }
    const QString targetRoot = context.setDir + QLatin1Char('/') + setPath;
    if (!makeOwnerOnlyPath(context.setDir, setPath))
        return fail(QCoreApplication::translate("FileStoreSource", "Cannot create the folder %1 in the backup set.")
                        .arg(targetRoot));

    // Folders first (parents precede children in the scan), then the files
    // in parallel: several files in flight keep both the disk and the
    // SHA-256 units busy, which one sequential loop cannot.
    std::vector<size_t> fileIndexes;
    for (size_t i = 0; i < scan.entries.size(); ++i) {
        const Entry &entry = scan.entries[i];
        if (entry.info.type == platform::EntryType::Directory) {
            const QString target = targetRoot + QLatin1Char('/') + entry.relativePath;
            if (!QDir().mkdir(target) ||
                !QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
                return fail(
                    QCoreApplication::translate("FileStoreSource", "Cannot create the folder %1 in the backup set.")
                        .arg(target));
        } else if (entry.info.type == platform::EntryType::File) {
            fileIndexes.push_back(i);
        }
    }

    std::vector<CopyResult> results(scan.entries.size());
    std::vector<char> linked(scan.entries.size(), 0);
    std::atomic_bool fatal{false};
    std::atomic_bool linksRefused{false};
    // An unchanged file becomes a second name of the previous set's file:
    // nothing of that set changes but its link count.
    auto linkUnchanged = [&](const Entry &entry, const QString &target, CopyResult &result) {
        const FileEntry *old = context.previous->unchangedFile(setPath + QLatin1Char('/') + entry.relativePath,
                                                               entry.info.size, entry.info.mtimeNs, entry.info.mode);
        if (!old)
            return false;
        // Only to a regular file of the recorded size: a previous set whose
        // file was swapped for a link or a device is copied from instead.
        const QString existing = context.previous->path() + QLatin1Char('/') + old->path;
        const Result<platform::EntryInfo> there = platform::statNoFollow(existing);
        if (!there || there->type != platform::EntryType::File || there->size != old->size)
            return false;
        Status made = platform::createHardLink(existing, target);
        if (!made) {
            // No hard links here (FAT, some shares), or this one refused
            // (EPERM, EMLINK): copy this file and every later one.
            if (!linksRefused.exchange(true))
                context.log.warn("{}: cannot link unchanged files to the previous set ({}); they are copied instead",
                                 planItem().name.toStdString(), made.errorMessage().toStdString());
            return false;
        }
        result.ok = true;
        result.size = old->size;
        result.sha256 = old->sha256;
        context.progress.addBytes(old->size);
        return true;
    };
    auto copyOne = [&](size_t k) {
        const Entry &entry = scan.entries[fileIndexes[k]];
        const QString target = targetRoot + QLatin1Char('/') + entry.relativePath;
        CopyResult &result = results[fileIndexes[k]];
        if (context.previous && !linksRefused.load() && linkUnchanged(entry, target, result)) {
            linked[fileIndexes[k]] = 1;
            context.progress.addFiles(1);
            context.progress.maybeReport();
            return;
        }
        result =
            copyAndHash(sourceRoot + QLatin1Char('/') + entry.relativePath, target, context.cancel, context.progress);
        if (result.ok) {
            if (Status metadata = platform::applyTimesAndMode(target, entry.info.mtimeNs, kSetFileMode); !metadata) {
                result.ok = false;
                result.fatal = true;
                result.error = metadata.errorMessage();
            }
        }
        if (result.fatal)
            fatal = true;
        context.progress.addFiles(1);
        context.progress.maybeReport();
    };
    parallelFor(fileIndexes.size(), ioWorkerCount(), copyOne,
                [&] { return fatal.load() || context.cancel.isCancelled(); });

    if (context.cancel.isCancelled()) {
        item.status = ItemStatus::Cancelled;
        return output;
    }

    qint64 linkedBytes = 0;
    qint64 linkedFiles = 0;
    output.files.reserve(scan.entries.size());
    for (size_t i = 0; i < scan.entries.size(); ++i) {
        const Entry &entry = scan.entries[i];
        FileEntry file;
        file.path = setPath + QLatin1Char('/') + entry.relativePath;
        file.item = planItem().name;
        file.mtimeNs = entry.info.mtimeNs;
        file.mode = entry.info.mode;
        switch (entry.info.type) {
            case platform::EntryType::Directory:
                file.type = FileEntry::Type::Directory;
                break;
            case platform::EntryType::Symlink:
                file.type = FileEntry::Type::Symlink;
                file.linkTarget = entry.info.linkTarget;
                break;
            default: {
                const CopyResult &result = results[i];
                if (!result.ok) {
                    if (!result.error.isEmpty()) {
                        item.errors.append({entry.relativePath, result.error});
                        context.log.warn("{}: {}: {}", planItem().name.toStdString(), entry.relativePath.toStdString(),
                                         result.error.toStdString());
                    }
                    continue;
                }
                file.type = FileEntry::Type::File;
                file.size = result.size;
                file.sha256 = result.sha256;
                item.bytes += result.size;
                ++item.files;
                if (linked[i]) {
                    linkedBytes += result.size;
                    ++linkedFiles;
                }
            }
        }
        output.files.push_back(std::move(file));
    }
    for (const ItemIssue &skip : item.skipped)
        context.log.info("{}: skipped {}", planItem().name.toStdString(), skip.path.toStdString());
    if (context.previous) {
        // What this set shares with the previous one: `list` shows the rest as the set's own.
        item.details.insert(QStringLiteral("linkedFiles"), linkedFiles);
        item.details.insert(QStringLiteral("linkedBytes"), linkedBytes);
        item.details.insert(QStringLiteral("linkedFrom"), context.previous->name());
        context.log.info("{}: {} unchanged files ({} bytes) linked to {}", planItem().name.toStdString(), linkedFiles,
                         linkedBytes, context.previous->name().toStdString());
    }

    // Folder times last: writing the files inside changed them.
    for (auto it = scan.entries.rbegin(); it != scan.entries.rend(); ++it)
        if (it->info.type == platform::EntryType::Directory)
            (void)platform::applyTimesAndMode(targetRoot + QLatin1Char('/') + it->relativePath, it->info.mtimeNs,
                                              kSetDirMode);

    if (fatal)
        item.status = ItemStatus::Failed;
    else
        item.status = item.errors.isEmpty() ? ItemStatus::Ok : ItemStatus::CompletedWithErrors;
    return output;
}

bool FileStoreSource::linkStaysInside(const QString &linkPath, const QString &linkTarget) {
    if (linkTarget.isEmpty() || linkTarget.startsWith(QLatin1Char('/')) || linkTarget.startsWith(QLatin1Char('\\')) ||
        (linkTarget.size() >= 2 && linkTarget.at(1) == QLatin1Char(':')))
        return false;
    QString joined = linkPath.section(QLatin1Char('/'), 0, -2) + QLatin1Char('/') + linkTarget;
    joined.replace(QLatin1Char('\\'), QLatin1Char('/'));
    QStringList stack;
    for (const QString &part : joined.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (stack.isEmpty())
                return false;
            stack.removeLast();
        } else {
            stack << part;
        }
    }
    return true;
}

Status FileStoreSource::checkTargetIsClean(const QString &target) const {
    const QFileInfo info(target);
    if (!info.exists() && !info.isSymLink())
        return {};
    if (info.isSymLink() || !info.isDir())
        return Error{QCoreApplication::translate("FileStoreSource",
                                                 "%1 exists and is not a folder. Restore goes onto new or clean "
                                                 "targets only: move it away and run the restore again.")
                         .arg(target)};
    const TargetScan scan = scanTarget(target);
    if (!scan.obstacles.isEmpty())
        return notCleanError(target, scan.obstacles);
    return {};
}

QString FileStoreSource::restoredPath(const ManifestItem &item, const FileEntry &file, const QString &target) const {
    return target + file.path.mid(item.setPath.size());
}

Result<QStringList> FileStoreSource::restore(RestoreContext &context) {
    const ManifestItem &item = context.item;
    const QString prefix = item.setPath + QLatin1Char('/');
    QStringList notes;

    // Judge the whole item before writing anything: every entry must lie
    // inside the item and never below a link (writing through a link could
    // land outside the target).
    QSet<QString> links;
    for (const FileEntry *file : context.files)
        if (file->type == FileEntry::Type::Symlink)
            links.insert(file->path);
    QHash<QString, QString> foldedNames;
    for (const FileEntry *file : context.files) {
        if (!file->path.startsWith(prefix))
            return Error{QCoreApplication::translate("FileStoreSource",
                                                     "The manifest places %1 outside its item %2; the set may have "
                                                     "been tampered with.")
                             .arg(file->path, item.name)};
        for (qsizetype slash = file->path.indexOf(QLatin1Char('/'), prefix.size()); slash > 0;
             slash = file->path.indexOf(QLatin1Char('/'), slash + 1))
            if (links.contains(file->path.left(slash)))
                return Error{QCoreApplication::translate("FileStoreSource",
                                                         "The manifest places %1 below the link %2; the set may have "
                                                         "been tampered with.")
                                 .arg(file->path, file->path.left(slash))};
        const QString folded = file->path.toCaseFolded();
        if (const auto other = foldedNames.constFind(folded); other != foldedNames.constEnd())
            notes << QCoreApplication::translate("FileStoreSource",
                                                 "%1 and %2 differ only in case: they collide on Windows and other "
                                                 "case-insensitive file systems.")
                         .arg(*other, file->path);
        else
            foldedNames.insert(folded, file->path);
    }

    const QFileInfo targetInfo(context.target);
    const bool intoExistingFolder = targetInfo.isDir() && !targetInfo.isSymLink();
    const int removed = staging::removeLeftovers(context.target);
    if (removed > 0)
        context.log.info("{}: removed {} leftovers of an interrupted restore", item.name.toStdString(), removed);
    const QString staged = staging::pathFor(context.target);
    if (!QDir().mkdir(staged))
        return Error{QCoreApplication::translate("FileStoreSource",
                                                 "Cannot create %1. Check that this account can write next to the "
                                                 "target %2.")
                         .arg(staged, context.target)};
    QFile::setPermissions(staged, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    auto abandon = [&](const QString &message) -> Result<QStringList> {
        QDir(staged).removeRecursively();
        return Error{message};
    };
    auto stagedPath = [&](const FileEntry &file) -> QString { return staged + file.path.mid(item.setPath.size()); };

    std::vector<const FileEntry *> files;
    for (const FileEntry *file : context.files) {
        if (file->type == FileEntry::Type::Directory && !QDir().mkpath(stagedPath(*file)))
            return abandon(
                QCoreApplication::translate("FileStoreSource", "Cannot create the folder %1.").arg(stagedPath(*file)));
        if (file->type == FileEntry::Type::File)
            files.push_back(file);
    }

    std::vector<QString> failures(files.size());
    std::atomic_bool stop{false};
    parallelFor(
        files.size(), ioWorkerCount(),
        [&](size_t i) {
            const FileEntry &file = *files[i];
            const QString target = stagedPath(file);
            QDir().mkpath(QFileInfo(target).absolutePath());
            if (Status restored = restoreSetFile(context, file, target, file.mode); !restored)
                failures[i] = restored.errorMessage();
            if (!failures[i].isEmpty())
                stop = true;
            context.progress.addFiles(1);
            context.progress.maybeReport();
        },
        [&] { return stop.load() || context.cancel.isCancelled(); });
    if (context.cancel.isCancelled())
        return abandon(QCoreApplication::translate("FileStoreSource", "Cancelled."));
    for (const QString &failure : failures)
        if (!failure.isEmpty())
            return abandon(failure);

    for (const FileEntry *file : context.files) {
        if (file->type != FileEntry::Type::Symlink)
            continue;
        const QString relative = file->path.mid(prefix.size());
        if (!linkStaysInside(relative, file->linkTarget)) {
            notes << QCoreApplication::translate("FileStoreSource",
                                                 "The link %1 points outside the restored folder (%2) and was not "
                                                 "recreated.")
                         .arg(relative, file->linkTarget);
            continue;
        }
        if (!QFile::link(file->linkTarget, stagedPath(*file)))
            return abandon(
                QCoreApplication::translate("FileStoreSource", "Cannot recreate the link %1.").arg(relative));
        (void)platform::applyLinkTime(stagedPath(*file), file->mtimeNs);
    }
    // Folder times last, deepest first: creating their contents changed them.
    for (auto it = context.files.rbegin(); it != context.files.rend(); ++it)
        if ((*it)->type == FileEntry::Type::Directory)
            (void)platform::applyTimesAndMode(stagedPath(**it), (*it)->mtimeNs, (*it)->mode);
    if (intoExistingFolder) {
        // The target folder stays, with its own mode and permissions.
        if (Status moved = moveIntoExistingFolder(staged, context.target); !moved)
            return abandon(moved.errorMessage());
        return notes;
    }
    bool modeOk = false;
    const quint32 rootMode = item.details.value(QStringLiteral("rootMode")).toString().toUInt(&modeOk, 8);
    const std::optional<qint64> rootMtime = parseUtcNs(item.details.value(QStringLiteral("rootMtime")).toString());
    (void)platform::applyTimesAndMode(staged, rootMtime.value_or(QDateTime::currentMSecsSinceEpoch() * 1'000'000),
                                      modeOk && rootMode <= 07777 ? rootMode : 0755);

    // The target did not exist: the complete tree appears in one rename.
    if (Status promoted = staging::promote(staged, context.target); !promoted)
        return abandon(promoted.errorMessage());
    return notes;
}

}  // namespace lbw
