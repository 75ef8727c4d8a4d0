#include "sources/FileStoreSource.h"

#include "backupset/PreviousSet.h"
#include "backupset/SetLayout.h"
#include "backupset/SetPath.h"
#include "platform/WindowsPaths.h"
#include "util/Progress.h"
#include "util/CancelToken.h"
#include "util/FileCopy.h"
#include "util/Staging.h"
#include "util/OrderedWork.h"
#include "util/Parallel.h"
#include "util/Sha256.h"
#include "util/TreeWalk.h"
#include "util/DisplayText.h"
#include "util/NameBytes.h"
#include "util/SizeText.h"

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
        if (!platform::removeEmptyDirectory(target + QLatin1Char('/') + *it))
            return Error{QCoreApplication::translate("FileStoreSource",
                                                     "Cannot remove the empty folder %1 from %2 (something was "
                                                     "written into it during the restore, or this account may not "
                                                     "remove it). Nothing was restored into %2, though some of its "
                                                     "empty folders may be gone; check it and run the restore again.")
                             .arg(*it, target)};
    Result<std::vector<platform::ListedEntry>> listed = platform::listDirectory(staged);
    if (!listed)
        return listed.error();
    QStringList moved;
    for (const platform::ListedEntry &entry : *listed) {
        const QString &name = entry.name;
        // Never replaces an entry that appeared in the meantime.
        if (!platform::renameNoReplace(staged + QLatin1Char('/') + name, target + QLatin1Char('/') + name)) {
            // Put back what was moved, so the target is left clean.
            QStringList stuck;
            for (const QString &back : moved)
                if (!platform::renameNoReplace(target + QLatin1Char('/') + back, staged + QLatin1Char('/') + back))
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
                         "%1: the folder %2 does not exist or cannot be reached. Check the path and that the "
                         "share is online.")
                         .arg(planItem().displayName(), planItem().path)};
    if (!root.isDir())
        return Error{QCoreApplication::translate("FileStoreSource", "%1: %2 is not a folder.")
                         .arg(planItem().displayName(), planItem().path)};
    if (!root.isReadable() || !root.isExecutable())
        return Error{
            QCoreApplication::translate("FileStoreSource",
                                        "%1: this account cannot read %2. Run the backup as an account that can read "
                                        "the share.")
                .arg(planItem().displayName(), planItem().path)};
    return {};
}

Result<SourceEstimate> FileStoreSource::estimate() {
    if (Status ready = checkReady(); !ready)
        return ready.error();
    // Counted only: the backup walks the store again (from the cache by
    // then) and never holds a list of it.
    SourceEstimate estimate;
    walkTree(
        QDir::cleanPath(planItem().path),
        [&](const WalkEntry &entry) {
            if (entry.info.type == platform::EntryType::File && !isSkippedByDesign(entry.name)) {
                estimate.bytes += entry.info.size;
                ++estimate.files;
            }
        },
        [](const QString &, const QString &) {});
    return estimate;
}

namespace {

// Files being copied while the walk goes on: enough to keep the disk and
// the SHA-256 units busy, few enough that memory stays flat.
constexpr size_t kCopyWindow = 1024;

// One entry of the store on its way into the set, in walk order.
struct Pending {
    WalkEntry walked;
    std::optional<FileEntry> unchanged;  // the previous set's file, to link
    CopyResult result;
    bool linked = false;
};

}  // namespace

SourceOutput FileStoreSource::backup(SourceContext &context) {
    const QString setPath = layout::kFileStores + QLatin1Char('/') + planItem().name;
    SourceOutput output{newManifestItem(setPath)};
    ManifestItem &item = output.item;
    auto fail = [&](const QString &message) { return failed(std::move(output), context, message); };
    if (Status ready = checkReady(); !ready)
        return fail(ready.errorMessage());

    const QString sourceRoot = QDir::cleanPath(planItem().path);
    // The store's own folder is not an entry of the manifest; its mode and
    // time are kept here so a restore can give them back.
    if (Result<platform::EntryInfo> root = platform::statNoFollow(sourceRoot); root) {
        item.details.insert(QStringLiteral("rootMode"), QStringLiteral("%1").arg(root->mode, 4, 8, QLatin1Char('0')));
        item.details.insert(QStringLiteral("rootMtime"), formatUtcTime(root->mtime));
    }
    const QString targetRoot = context.setDir + QLatin1Char('/') + setPath;
    if (!makeOwnerOnlyPath(context.setDir, setPath))
        return fail(QCoreApplication::translate("FileStoreSource", "Cannot create the folder %1 in the backup set.")
                        .arg(targetRoot));

    std::atomic_bool fatal{false};
    std::atomic_bool linksRefused{false};
    // A name that fits in the store may not fit below the set folder, whose
    // path is longer: that entry is reported by name, the rest goes on.
    auto tooLongForTheSet = [](const QString &target) { return nameToBytes(target).size() > platform::kMaxPathBytes; };
    auto tooLong = [&](const QString &relativePath) {
        const QString message =
            QCoreApplication::translate("FileStoreSource",
                                        "the path is too long to be stored below the backup set folder %1; choose a "
                                        "backup location with a shorter path")
                .arg(context.setDir);
        item.errors.append({relativePath, message});
        context.log.warn("{}", QCoreApplication::translate("BackupLog", "%1: %2: %3")
                                   .arg(planItem().displayName(), displayText(relativePath), message)
                                   .toStdString());
    };
    QString fatalMessage;  // a folder that cannot be created, an entry that cannot be recorded
    qint64 linkedBytes = 0;
    qint64 linkedFiles = 0;
    // Folder times are set last (writing the files inside changes them);
    // only folders are kept for that, never the files.
    std::vector<std::pair<QString, FileTime>> folderTimes;

    // An unchanged file becomes a second name of the previous set's file:
    // nothing of that set changes but its link count.
    auto linkUnchanged = [&](Pending &pending, const QString &target) {
        const FileEntry &old = *pending.unchanged;
        // Only to a regular file of the recorded size: a previous set whose
        // file was swapped for a link or a device is copied from instead.
        const QString existing = context.previous->path() + QLatin1Char('/') + old.path;
        const Result<platform::EntryInfo> there = platform::statNoFollow(existing);
        if (!there || there->type != platform::EntryType::File || there->size != old.size)
            return false;
        Status made = platform::createHardLink(existing, target);
        if (!made) {
            // No hard links here (FAT, some shares), or this one refused
            // (EPERM, EMLINK): copy this file and every later one.
            if (!linksRefused.exchange(true))
                context.log.warn("{}", QCoreApplication::translate(
                                           "BackupLog",
                                           "%1: cannot link unchanged files to the previous set (%2); they are "
                                           "copied instead")
                                           .arg(planItem().displayName(), made.errorMessage())
                                           .toStdString());
            return false;
        }
        pending.result.ok = true;
        pending.result.size = old.size;
        pending.result.sha256 = old.sha256;
        context.progress.addBytes(old.size);
        return true;
    };
    // On a worker thread: several files in flight keep both the disk and
    // the SHA-256 units busy, which one sequential loop cannot.
    auto copyOne = [&](Pending &pending) {
        if (fatal.load() || context.cancel.isCancelled())
            return;
        const QString target = targetRoot + QLatin1Char('/') + pending.walked.relativePath;
        if (pending.unchanged && !linksRefused.load() && linkUnchanged(pending, target)) {
            pending.linked = true;
        } else {
            pending.result = copyAndHash(sourceRoot + QLatin1Char('/') + pending.walked.relativePath, target,
                                         CopyMetadata{pending.walked.info.mtime, layout::kDataFileMode, sourceRoot},
                                         context.cancel, context.progress);
            if (pending.result.fatal)
                fatal = true;
        }
        context.progress.addFiles(1);
        context.progress.maybeReport();
    };
    // On this thread, in walk order: the entry goes to the file list.
    auto record = [&](Pending &pending) {
        if (!fatalMessage.isEmpty() || context.cancel.isCancelled())
            return;
        const WalkEntry &walked = pending.walked;
        FileEntry file;
        file.path = setPath + QLatin1Char('/') + walked.relativePath;
        file.item = planItem().name;
        file.mtime = walked.info.mtime;
        file.mode = walked.info.mode;
        if (walked.info.type == platform::EntryType::Directory) {
            file.type = FileEntry::Type::Directory;
        } else if (walked.info.type == platform::EntryType::Symlink) {
            file.type = FileEntry::Type::Symlink;
            file.linkTarget = walked.info.linkTarget;
        } else {
            const CopyResult &result = pending.result;
            if (!result.ok) {
                if (!result.error.isEmpty()) {
                    item.errors.append({walked.relativePath, result.error});
                    context.log.warn("{}: {}: {}", planItem().displayName().toStdString(),
                                     displayText(walked.relativePath).toStdString(), result.error.toStdString());
                }
                return;
            }
            file.type = FileEntry::Type::File;
            file.size = result.size;
            file.sha256 = result.sha256;
            file.ctime = walked.info.changeTime;
            if (!pending.linked) {
                // The entry describes the copy: the file as it was opened,
                // which may be later than the walk saw it.
                file.mtime = result.sourceMtime;
                file.ctime = result.sourceChangeTime;
            }
            if (result.changedWhileRead) {
                const QString message =
                    QCoreApplication::translate("FileStoreSource",
                                                "changed while it was being copied: the set holds the %1 that were "
                                                "read (SHA-256 %2), which may mix old and new contents. Back it up "
                                                "again when nothing writes to it.")
                        .arg(sizeText(result.size), QString::fromLatin1(result.sha256));
                item.errors.append({walked.relativePath, message});
                context.log.warn("{}", QCoreApplication::translate("BackupLog", "%1: %2: %3")
                                           .arg(planItem().displayName(), displayText(walked.relativePath), message)
                                           .toStdString());
            }
            item.bytes += result.size;
            ++item.files;
            if (pending.linked) {
                linkedBytes += result.size;
                ++linkedFiles;
            }
        }
        if (Status added = context.addEntry(std::move(file)); !added) {
            fatalMessage = added.errorMessage();
            fatal = true;
        }
    };

    {
        OrderedWork<Pending> copying(readWorkerCount(), kCopyWindow, copyOne, record);
        TreeWalker walker(sourceRoot, [&](const QString &relativePath, const QString &message) {
            item.errors.append({relativePath, message});
        });
        while (!fatal.load() && !context.cancel.isCancelled()) {
            std::optional<WalkEntry> walked = walker.next();
            if (!walked)
                break;
            const platform::EntryInfo &info = walked->info;
            switch (info.type) {
                case platform::EntryType::Directory: {
                    // Parents come before children in the walk.
                    const QString target = targetRoot + QLatin1Char('/') + walked->relativePath;
                    if (tooLongForTheSet(target)) {
                        tooLong(walked->relativePath);
                        break;
                    }
                    if (Status made = platform::makeDirectory(target, kSetDirMode); !made) {
                        fatalMessage = QCoreApplication::translate("FileStoreSource",
                                                                   "Cannot create the folder %1 in the backup set: %2")
                                           .arg(target, made.errorMessage());
                        fatal = true;
                        break;
                    }
                    folderTimes.emplace_back(walked->relativePath, info.mtime);
                    copying.submit({std::move(*walked), {}, {}, false}, false);
                    break;
                }
                case platform::EntryType::Symlink:
                    copying.submit({std::move(*walked), {}, {}, false}, false);
                    break;
                case platform::EntryType::File: {
                    if (tooLongForTheSet(targetRoot + QLatin1Char('/') + walked->relativePath)) {
                        tooLong(walked->relativePath);
                        break;
                    }
                    if (isSkippedByDesign(walked->name)) {
                        item.skipped.append({walked->relativePath, QCoreApplication::translate(
                                                                       "FileStoreSource",
                                                                       "Meeting.Active is locked by a running meeting "
                                                                       "and is not backed up (by design)")});
                        context.log.info("{}", QCoreApplication::translate("BackupLog", "%1: skipped %2")
                                                   .arg(planItem().displayName(), walked->relativePath)
                                                   .toStdString());
                        break;
                    }
                    std::optional<FileEntry> unchanged;
                    if (context.previous && !linksRefused.load())
                        unchanged =
                            context.previous->unchangedFile(setPath + QLatin1Char('/') + walked->relativePath, info);
                    copying.submit({std::move(*walked), std::move(unchanged), {}, false});
                    break;
                }
                case platform::EntryType::Other:
                    item.errors.append(
                        {walked->relativePath,
                         QCoreApplication::translate("FileStoreSource",
                                                     "not a regular file (device, pipe or socket); not copied")});
                    break;
            }
        }
        copying.finish();
    }

    if (context.cancel.isCancelled()) {
        item.status = ItemStatus::Cancelled;
        return output;
    }
    if (!fatalMessage.isEmpty())
        return fail(fatalMessage);
    if (context.previous) {
        // What this set shares with the previous one: `list` shows the rest as the set's own.
        item.details.insert(QStringLiteral("linkedFiles"), linkedFiles);
        item.details.insert(QStringLiteral("linkedBytes"), linkedBytes);
        item.details.insert(QStringLiteral("linkedFrom"), context.previous->name());
        context.log.info("{}", QCoreApplication::translate("BackupLog", "%1: %2 unchanged files (%3) linked to %4")
                                   .arg(planItem().displayName(), countText(linkedFiles), sizeText(linkedBytes),
                                        context.previous->name())
                                   .toStdString());
    }

    // Folder times last, deepest first: writing the files inside changed them.
    for (auto it = folderTimes.rbegin(); it != folderTimes.rend(); ++it)
        (void)platform::applyTimesAndMode(targetRoot + QLatin1Char('/') + it->first, it->second, kSetDirMode);

    if (fatal)
        item.status = ItemStatus::Failed;
    else
        item.status = item.errors.isEmpty() ? ItemStatus::Ok : ItemStatus::CompletedWithErrors;
    return output;
}

quint32 FileStoreSource::restoredMode(quint32 recorded) {
    // Never set-user-ID, set-group-ID or writable by everyone, whatever the
    // set says: a file store holds data, not programs, and a hostile set
    // must not plant a setuid file or an open folder on the server.
    return recorded & 07777 & ~quint32(06002);
}

bool FileStoreSource::linkStaysInside(const QString &linkPath, const QString &linkTarget,
                                      const QHash<QString, QString> &links) {
    // Followed as the system would follow it, one component at a time: a
    // component that is itself a link of the tree is replaced by its target
    // (40 links at most, the kernel's own limit). A backslash counts as a
    // separator, as it would on Windows.
    constexpr int kMaxLinksFollowed = 40;
    auto isAbsolute = [](const QString &target) {
        return target.isEmpty() || target.startsWith(QLatin1Char('/')) || target.startsWith(QLatin1Char('\\')) ||
               (target.size() >= 2 && target.at(1) == QLatin1Char(':'));
    };
    auto components = [](QString text) {
        text.replace(QLatin1Char('\\'), QLatin1Char('/'));
        return text.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    };
    if (isAbsolute(linkTarget))
        return false;
    QStringList resolved = components(linkPath);
    if (!resolved.isEmpty())
        resolved.removeLast();  // the link's own folder
    QStringList pending = components(linkTarget);
    int followed = 0;
    while (!pending.isEmpty()) {
        const QString part = pending.takeFirst();
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (resolved.isEmpty())
                return false;
            resolved.removeLast();
            continue;
        }
        resolved << part;
        const auto link = links.constFind(resolved.join(QLatin1Char('/')));
        if (link == links.constEnd())
            continue;
        if (++followed > kMaxLinksFollowed || isAbsolute(*link))
            return false;
        resolved.removeLast();
        pending = components(*link) + pending;
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
    // land outside the target). The list is read from the set once per
    // pass, never held: only links and the case-folded names' hashes are.
    // A name this system cannot hold is left out and named; the rest comes back.
    auto unfitHere = [&](const FileEntry &file) -> QString {
#ifdef Q_OS_WIN
        const QString relative = file.path.mid(prefix.size());
        if (QString problem = windowsNameProblem(relative); !problem.isEmpty())
            return problem;
        return windowsDeviceNameProblem(relative);
#else
        Q_UNUSED(file);
        return {};
#endif
    };
    qint64 unfitCount = 0;
    qint64 modesNarrowed = 0;
    QSet<QString> links;
    QSet<size_t> foldedHashes;
    QSet<size_t> foldedTwice;  // hashes seen twice: the names are looked up in a second pass
    Status judged = context.entries.forEach([&](const FileEntry &file) -> Status {
        if (!file.path.startsWith(prefix))
            return Error{QCoreApplication::translate("FileStoreSource",
                                                     "The manifest places %1 outside its item %2; the set may have "
                                                     "been tampered with.")
                             .arg(file.path, item.name)};
        // Sorted by path, a link comes before anything listed below it.
        for (qsizetype slash = file.path.indexOf(QLatin1Char('/'), prefix.size()); slash > 0 && !links.isEmpty();
             slash = file.path.indexOf(QLatin1Char('/'), slash + 1))
            if (links.contains(file.path.left(slash)))
                return Error{QCoreApplication::translate("FileStoreSource",
                                                         "The manifest places %1 below the link %2; the set may have "
                                                         "been tampered with.")
                                 .arg(file.path, file.path.left(slash))};
        if (file.type == FileEntry::Type::Symlink)
            links.insert(file.path);
        if (const QString problem = unfitHere(file); !problem.isEmpty()) {
            if (++unfitCount <= kObstaclesNamed)
                notes << QCoreApplication::translate("FileStoreSource", "%1 was not restored: %2.")
                             .arg(displayText(file.path), problem);
            return {};
        }
        if (file.type != FileEntry::Type::Symlink && restoredMode(file.mode) != file.mode)
            ++modesNarrowed;
        const size_t folded = qHash(windowsCaseKey(file.path));
        if (foldedHashes.contains(folded))
            foldedTwice.insert(folded);
        else
            foldedHashes.insert(folded);
        return {};
    });
    if (!judged)
        return judged.error();
    if (unfitCount > kObstaclesNamed)
        notes << QCoreApplication::translate("FileStoreSource",
                                             "%Ln more entries were not restored: their names cannot be created on "
                                             "this system.",
                                             nullptr, int(unfitCount - kObstaclesNamed));
    if (modesNarrowed > 0)
        notes << QCoreApplication::translate("FileStoreSource",
                                             "%Ln entries were restored without the set-user-ID, set-group-ID or "
                                             "write-for-everyone permissions the set records (never restored).",
                                             nullptr, int(modesNarrowed));
    foldedHashes.clear();
    if (!foldedTwice.isEmpty()) {
        QHash<QString, QString> foldedNames;
        Status named = context.entries.forEach([&](const FileEntry &file) -> Status {
            const QString folded = windowsCaseKey(file.path);
            if (!foldedTwice.contains(qHash(folded)))
                return {};
            if (const auto other = foldedNames.constFind(folded); other != foldedNames.constEnd())
                notes << QCoreApplication::translate("FileStoreSource",
                                                     "%1 and %2 differ only in case: they collide on Windows and "
                                                     "other case-insensitive file systems.")
                             .arg(*other, file.path);
            else
                foldedNames.insert(folded, file.path);
            return {};
        });
        if (!named)
            return named.error();
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
        (void)platform::removeTree(staged);
        return Error{message};
    };
    auto stagedPath = [&](const FileEntry &file) -> QString { return staged + file.path.mid(item.setPath.size()); };

    // Folders as they come (parents first), files on several threads, links
    // and folder times at the end: only folders and links are kept for that.
    std::vector<FileEntry> folders;
    std::vector<FileEntry> linkEntries;
    struct Copy {
        FileEntry file;
        QString failure;
    };
    QString failure;
    std::atomic_bool stop{false};
    OrderedWork<Copy> copying(
        readWorkerCount(), kCopyWindow,
        [&](Copy &copy) {
            if (stop.load() || context.cancel.isCancelled())
                return;
            const QString target = stagedPath(copy.file);
            (void)platform::makePath(target.left(target.lastIndexOf(QLatin1Char('/'))));
            if (Status restored = restoreSetFile(context, copy.file, target, restoredMode(copy.file.mode)); !restored) {
                copy.failure = restored.errorMessage();
                stop = true;
            }
            context.progress.addFiles(1);
            context.progress.maybeReport();
        },
        [&](Copy &copy) {
            if (failure.isEmpty() && !copy.failure.isEmpty())
                failure = copy.failure;
        });
    Status written = context.entries.forEach([&](const FileEntry &file) -> Status {
        if (stop.load() || context.cancel.isCancelled())
            return Error{};  // stops the pass; what stopped it is told below
        if (!unfitHere(file).isEmpty())
            return {};
        switch (file.type) {
            case FileEntry::Type::Directory:
                if (Status made = platform::makePath(stagedPath(file)); !made)
                    return made.error();
                folders.push_back(file);
                break;
            case FileEntry::Type::Symlink:
                linkEntries.push_back(file);
                break;
            case FileEntry::Type::File:
                copying.submit({file, {}});
                break;
        }
        return {};
    });
    copying.finish();
    if (context.cancel.isCancelled())
        return abandon(QCoreApplication::translate("FileStoreSource", "Cancelled."));
    if (!failure.isEmpty())
        return abandon(failure);
    if (!written)
        return abandon(written.errorMessage());

    // Judged through the other links of the tree: "t -> ." and
    // "s -> t/t/../../.." each look inside, but s leads out through t.
    QHash<QString, QString> linkTargets;
    for (const FileEntry &file : linkEntries)
        linkTargets.insert(file.path.mid(prefix.size()), file.linkTarget);
    for (const FileEntry &file : linkEntries) {
        const QString relative = file.path.mid(prefix.size());
        if (!linkStaysInside(relative, file.linkTarget, linkTargets)) {
            notes << QCoreApplication::translate("FileStoreSource",
                                                 "The link %1 points outside the restored folder (%2) and was not "
                                                 "recreated.")
                         .arg(displayText(relative), displayText(file.linkTarget));
            continue;
        }
        if (Status linked = platform::createSymlink(file.linkTarget, stagedPath(file)); !linked)
            return abandon(QCoreApplication::translate("FileStoreSource", "Cannot recreate the link %1: %2")
                               .arg(displayText(relative), linked.errorMessage()));
        (void)platform::applyLinkTime(stagedPath(file), file.mtime);
    }
    // Folder times last, deepest first: creating their contents changed them.
    for (auto it = folders.rbegin(); it != folders.rend(); ++it)
        (void)platform::applyTimesAndMode(stagedPath(*it), it->mtime, restoredMode(it->mode));
    if (intoExistingFolder) {
        // The target folder stays, with its own mode and permissions.
        if (Status moved = moveIntoExistingFolder(staged, context.target); !moved)
            return abandon(moved.errorMessage());
        return notes;
    }
    bool modeOk = false;
    const quint32 rootMode = item.details.value(QStringLiteral("rootMode")).toString().toUInt(&modeOk, 8);
    const std::optional<FileTime> rootMtime = parseUtcTime(item.details.value(QStringLiteral("rootMtime")).toString());
    (void)platform::applyTimesAndMode(
        staged, rootMtime.value_or(FileTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch())),
        modeOk && rootMode <= 07777 ? restoredMode(rootMode) : 0755);

    // The target did not exist: the complete tree appears in one rename.
    if (Status promoted = staging::promote(staged, context.target); !promoted)
        return abandon(promoted.errorMessage());
    return notes;
}

}  // namespace lbw
