#include "sources/FileStoreSource.h"

#include "backupset/SetLayout.h"
#include "jobs/Progress.h"
#include "util/CancelToken.h"
#include "util/IoBuffer.h"
#include "util/Parallel.h"
#include "util/Sha256.h"
#include "util/TreeWalk.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spdlog/logger.h>

#include <atomic>

namespace lbw {
namespace {

constexpr quint32 kSetFileMode = 0600;  // sets hold user data: owner only
constexpr quint32 kSetDirMode = 0700;

struct CopyResult {
    bool ok = false;
    bool fatal = false;  // the set cannot be written: stop the item
    qint64 size = 0;
    QByteArray sha256;
    QString error;
};

// Copies one file, hashing exactly the bytes written, so the digest always
// describes the copy even if the source changes while it is read.
CopyResult copyAndHash(const QString &source, const QString &target, const CancelToken &cancel,
                       ProgressMeter &progress) {
    CopyResult result;
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        result.error = QCoreApplication::translate("FileStoreSource", "cannot be read: %1").arg(in.errorString());
        return result;
    }
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
        result.error = QCoreApplication::translate("FileStoreSource", "cannot create the copy %1: %2")
                           .arg(target, out.errorString());
        result.fatal = true;
        return result;
    }
    Sha256 hash;
    IoBuffer &buffer = IoBuffer::forThisThread();
    for (;;) {
        if (cancel.isCancelled()) {
            result.error = QCoreApplication::translate("FileStoreSource", "cancelled");
            return result;
        }
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0) {
            result.error = QCoreApplication::translate("FileStoreSource", "reading failed after %1 bytes: %2")
                               .arg(result.size)
                               .arg(in.errorString());
            out.remove();
            return result;
        }
        if (n == 0)
            break;
        if (out.write(buffer.data(), n) != n) {
            result.error = QCoreApplication::translate("FileStoreSource", "cannot write the copy %1: %2")
                               .arg(target, out.errorString());
            result.fatal = true;
            out.remove();
            return result;
        }
        hash.update(buffer.data(), n);
        result.size += n;
        progress.addBytes(n);
        progress.maybeReport();
    }
    out.close();
    if (out.error() != QFileDevice::NoError) {
        result.error = QCoreApplication::translate("FileStoreSource", "cannot write the copy %1: %2")
                           .arg(target, out.errorString());
        result.fatal = true;
        return result;
    }
    result.sha256 = hash.finalHex();
    result.ok = true;
    return result;
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

Result<FileStoreSource::Scan> FileStoreSource::scanTree() const {
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
    Result<Scan> scan = scanTree();
    if (!scan)
        return scan.error();
    m_scan = std::move(scan).value();
    return m_scan->estimate;
}

SourceOutput FileStoreSource::backup(SourceContext &context) {
    const QString setPath = layout::kFileStores + QLatin1Char('/') + planItem().name;
    SourceOutput output{newManifestItem(setPath), {}};
    ManifestItem &item = output.item;
    auto fail = [&](const QString &message) {
        item.status = ItemStatus::Failed;
        item.errors.append({QString(), message});
        context.log.error("{}: {}", planItem().name.toStdString(), message.toStdString());
        return output;
    };

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
    std::atomic_bool fatal{false};
    auto copyOne = [&](size_t k) {
        const Entry &entry = scan.entries[fileIndexes[k]];
        const QString target = targetRoot + QLatin1Char('/') + entry.relativePath;
        CopyResult &result = results[fileIndexes[k]];
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
            }
        }
        output.files.push_back(std::move(file));
    }
    for (const ItemIssue &skip : item.skipped)
        context.log.info("{}: skipped {}", planItem().name.toStdString(), skip.path.toStdString());

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

}  // namespace lbw
