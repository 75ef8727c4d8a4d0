#include "jobs/VerifyJob.h"

#include "backupset/Manifest.h"
#include "backupset/SetLayout.h"
#include "backupset/Sha256Sums.h"
#include "jobs/JobObserver.h"
#include "util/Parallel.h"
#include "util/Sha256.h"
#include "util/TreeWalk.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace lbw {
namespace {

// True when a parent folder of `path` is one of `symlinks`: reading it would
// leave the set.
bool passesThroughSymlink(const QString &path, const QSet<QString> &symlinks) {
    for (qsizetype slash = path.indexOf(QLatin1Char('/')); slash > 0; slash = path.indexOf(QLatin1Char('/'), slash + 1))
        if (symlinks.contains(path.left(slash)))
            return true;
    return false;
}

}  // namespace

QString verifyProblemKindText(VerifyProblem::Kind kind) {
    switch (kind) {
        case VerifyProblem::Kind::Missing:
            return QCoreApplication::translate("VerifyJob", "missing");
        case VerifyProblem::Kind::Changed:
            return QCoreApplication::translate("VerifyJob", "changed");
        case VerifyProblem::Kind::Unexpected:
            return QCoreApplication::translate("VerifyJob", "unexpected");
        case VerifyProblem::Kind::Inconsistent:
            return QCoreApplication::translate("VerifyJob", "inconsistent");
    }
    return {};
}

VerifyJob::VerifyJob(const QString &setPath, const QStringList &items)
    : m_setPath(QDir::cleanPath(setPath)), m_items(items) {}

VerifyReport VerifyJob::run(JobObserver *observer, const CancelToken &cancel) const {
    VerifyReport report;
    report.setPath = m_setPath;
    if (observer)
        observer->onStage(QCoreApplication::translate("VerifyJob", "Reading the manifest of %1").arg(m_setPath));
    Result<Manifest> manifest = Manifest::load(m_setPath);
    if (!manifest) {
        report.fatalError = manifest.errorMessage();
        return report;
    }

    // SHA256SUMS must say the same as the manifest: an administrator may
    // check the set with sha256sum alone, and both must agree.
    QHash<QString, QByteArray> sums;
    Result<QByteArray> sumsText = readSetMetadataFile(m_setPath + QLatin1Char('/') + layout::kSums);
    if (!sumsText) {
        report.problems.append({VerifyProblem::Kind::Missing, layout::kSums, sumsText.errorMessage()});
    } else if (Result<QList<SumLine>> lines = parseSha256Sums(*sumsText); !lines) {
        report.problems.append({VerifyProblem::Kind::Inconsistent, layout::kSums, lines.errorMessage()});
    } else {
        for (const SumLine &line : *lines)
            sums.insert(line.path, line.sha256);
    }

    // What is on disk, without following any link.
    QHash<QString, platform::EntryInfo> onDisk;
    QSet<QString> symlinks;
    walkTree(
        m_setPath,
        [&](const WalkEntry &entry) {
            if (entry.info.type == platform::EntryType::Symlink)
                symlinks.insert(entry.relativePath);
            onDisk.insert(entry.relativePath, entry.info);
        },
        [&](const QString &path, const QString &message) {
            report.problems.append({VerifyProblem::Kind::Changed, path, message});
        });

    std::vector<const FileEntry *> toHash;
    qint64 bytesTotal = 0;
    QSet<QString> expected;
    // When only some items are checked, the rest of the set is out of scope.
    QStringList scopes;
    for (const ManifestItem &item : manifest->items)
        if (!m_items.isEmpty() && m_items.contains(item.name))
            scopes << item.setPath;
    auto inScope = [&](const QString &path) {
        if (m_items.isEmpty())
            return true;
        for (const QString &scope : scopes)
            if (path == scope || path.startsWith(scope + QLatin1Char('/')))
                return true;
        return false;
    };
    for (const FileEntry &file : manifest->files) {
        expected.insert(file.path);
        if (!inScope(file.path))
            continue;
        const auto found = onDisk.constFind(file.path);
        if (file.type == FileEntry::Type::Symlink)
            continue;  // recorded only, never stored as a link in the set
        if (passesThroughSymlink(file.path, symlinks)) {
            report.problems.append({VerifyProblem::Kind::Changed, file.path,
                                    QCoreApplication::translate("VerifyJob", "reached through a symbolic link")});
            continue;
        }
        if (found == onDisk.constEnd()) {
            report.problems.append(
                {VerifyProblem::Kind::Missing, file.path, QCoreApplication::translate("VerifyJob", "not in the set")});
            continue;
        }
        if (file.type == FileEntry::Type::Directory) {
            if (found->type != platform::EntryType::Directory)
                report.problems.append({VerifyProblem::Kind::Changed, file.path,
                                        QCoreApplication::translate("VerifyJob", "is no longer a folder")});
            continue;
        }
        if (found->type != platform::EntryType::File) {
            report.problems.append({VerifyProblem::Kind::Changed, file.path,
                                    QCoreApplication::translate("VerifyJob", "is no longer a regular file")});
            continue;
        }
        const auto sum = sums.constFind(file.path);
        if (sum == sums.constEnd())
            report.problems.append(
                {VerifyProblem::Kind::Inconsistent, file.path,
                 QCoreApplication::translate("VerifyJob", "listed in the manifest but not in SHA256SUMS")});
        else if (*sum != file.sha256)
            report.problems.append(
                {VerifyProblem::Kind::Inconsistent, file.path,
                 QCoreApplication::translate("VerifyJob", "SHA256SUMS and the manifest give different digests")});
        if (found->size != file.size) {
            report.problems.append({VerifyProblem::Kind::Changed, file.path,
                                    QCoreApplication::translate("VerifyJob", "size is %1 bytes, the manifest says %2")
                                        .arg(found->size)
                                        .arg(file.size)});
            continue;
        }
        toHash.push_back(&file);
        bytesTotal += file.size;
    }
    // Format 2: SHA256SUMS also covers the file list, the manifest (which
    // load() already checked against each other) and the log.
    for (const QString &described : {layout::kEntries, layout::kManifest, layout::kLog}) {
        const auto sum = sums.constFind(described);
        if (sum == sums.constEnd()) {
            if (manifest->formatVersion >= 2 && sumsText)
                report.problems.append({VerifyProblem::Kind::Inconsistent, described,
                                        QCoreApplication::translate("VerifyJob", "not listed in SHA256SUMS")});
            continue;
        }
        // load() already hashed the file list whole and matched it with the
        // manifest: its digest is known, no second read of it is needed.
        Result<QByteArray> digest = described == layout::kEntries && manifest->formatVersion >= 2
                                        ? Result<QByteArray>(manifest->entries.sha256)
                                        : sha256OfFile(m_setPath + QLatin1Char('/') + described, &cancel);
        if (!digest)
            report.problems.append({VerifyProblem::Kind::Missing, described, digest.errorMessage()});
        else if (*digest != *sum)
            report.problems.append({VerifyProblem::Kind::Changed, described,
                                    QCoreApplication::translate("VerifyJob", "does not match SHA256SUMS")});
    }
    for (auto it = sums.constBegin(); it != sums.constEnd(); ++it)
        if (!expected.contains(it.key()) && !layout::isMetadataFile(it.key()) && inScope(it.key()))
            report.problems.append(
                {VerifyProblem::Kind::Inconsistent, it.key(),
                 QCoreApplication::translate("VerifyJob", "listed in SHA256SUMS but not in the manifest")});
    // The folders that hold the items ("filestores", "databases", an item's
    // root) are part of the layout, not of the data.
    auto expectParents = [&expected](const QString &path) {
        for (qsizetype slash = path.lastIndexOf(QLatin1Char('/')); slash > 0;
             slash = path.lastIndexOf(QLatin1Char('/'), slash - 1))
            expected.insert(path.left(slash));
    };
    for (const ManifestItem &item : manifest->items) {
        if (item.kind == QLatin1String("filestore"))
            expected.insert(item.setPath);
        expectParents(item.setPath);
    }
    for (const FileEntry &file : manifest->files)
        expectParents(file.path);
    for (auto it = onDisk.constBegin(); it != onDisk.constEnd(); ++it)
        if (!expected.contains(it.key()) && !layout::isMetadataFile(it.key()) && inScope(it.key()))
            report.problems.append({VerifyProblem::Kind::Unexpected, it.key(),
                                    QCoreApplication::translate("VerifyJob", "not listed in the manifest")});

    // Largest first, so the last file to finish is a small one and both
    // cores stay busy to the end.
    std::sort(toHash.begin(), toHash.end(), [](const FileEntry *a, const FileEntry *b) { return a->size > b->size; });
    ProgressMeter progress([observer](const ProgressSnapshot &s) {
        if (observer)
            observer->onProgress(s);
    });
    progress.setTotals(bytesTotal, qint64(toHash.size()));
    if (observer)
        observer->onStage(QCoreApplication::translate("VerifyJob", "Checking %1 files").arg(toHash.size()));
    std::vector<QString> failures(toHash.size());
    parallelFor(
        toHash.size(), readWorkerCount(),
        [&](size_t i) {
            Result<QByteArray> digest =
                sha256OfFile(m_setPath + QLatin1Char('/') + toHash[i]->path, &cancel, [&](qint64 n) {
                    progress.addBytes(n);
                    progress.maybeReport();
                });
            if (!digest)
                failures[i] = digest.errorMessage();
            else if (*digest != toHash[i]->sha256)
                failures[i] =
                    QCoreApplication::translate("VerifyJob",
                                                "content differs from the backup (SHA-256 %1, expected %2)")
                        .arg(QString::fromLatin1(digest->left(16)), QString::fromLatin1(toHash[i]->sha256.left(16)));
            progress.addFiles(1);
        },
        [&] { return cancel.isCancelled(); });
    progress.reportNow();
    if (cancel.isCancelled()) {
        report.cancelled = true;
        return report;
    }
    for (size_t i = 0; i < toHash.size(); ++i) {
        if (!failures[i].isEmpty())
            report.problems.append({VerifyProblem::Kind::Changed, toHash[i]->path, failures[i]});
        ++report.filesChecked;
        report.bytesChecked += toHash[i]->size;
    }
    std::sort(report.problems.begin(), report.problems.end(),
              [](const VerifyProblem &a, const VerifyProblem &b) { return a.path < b.path; });
    return report;
}

}  // namespace lbw
