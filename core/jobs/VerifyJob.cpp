#include "jobs/VerifyJob.h"

#include "backupset/FileListReader.h"
#include "backupset/Manifest.h"
#include "backupset/SetLayout.h"
#include "backupset/Sha256Sums.h"
#include "jobs/JobObserver.h"
#include "location/VerifyLog.h"
#include "util/DisplayText.h"
#include "util/OrderedWork.h"
#include "util/Parallel.h"
#include "util/PathOrder.h"
#include "util/Progress.h"
#include "util/Sha256.h"
#include "util/TreeWalk.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>

namespace lbw {
namespace {

// True when a parent folder of `path` is one of `symlinks`: reading it would
// leave the set.
bool passesThroughSymlink(const QString &path, const QSet<QString> &symlinks) {
    if (symlinks.isEmpty())
        return false;
    for (qsizetype slash = path.indexOf(QLatin1Char('/')); slash > 0; slash = path.indexOf(QLatin1Char('/'), slash + 1))
        if (symlinks.contains(path.left(slash)))
            return true;
    return false;
}

bool isInside(const QString &path, const QString &folder) {
    return path.size() > folder.size() && path.startsWith(folder) && path.at(folder.size()) == QLatin1Char('/');
}

// SHA256SUMS, looked up in the order of the file list. A set writes it in
// that order, so it is read alongside, a line at a time; one that is not
// (format 1, or edited by hand) is held in a table instead.
class SumsIndex {
public:
    using Unlisted = std::function<void(const SumLine &)>;

    explicit SumsIndex(const QString &path) : m_path(path) {}

    // Reads the file once to learn whether its lines are in order and to
    // keep the lines of the set's own metadata files.
    Status open() {
        bool sorted = true;
        QString previous;
        Status read = forEachLine([&](SumLine &&line) {
            if (layout::isMetadataFile(line.path)) {
                m_metadata.insert(line.path, line.sha256);
            } else {
                if (!previous.isNull() && !entryPathLess(previous, line.path))
                    sorted = false;
                previous = line.path;
                if (!sorted)
                    return false;
            }
            return true;
        });
        if (!read)
            return read;
        if (sorted) {
            m_reader.emplace(m_path);
            if (Status opened = m_reader->open(); !opened)
                return opened;
            return pull();
        }
        m_table.emplace();
        return forEachLine([&](SumLine &&line) {
            if (!layout::isMetadataFile(line.path))
                m_table->insert(line.path, line.sha256);
            return true;
        });
    }

    const QHash<QString, QByteArray> &metadata() const { return m_metadata; }

    // The digest SHA256SUMS gives `path`; lines passed over on the way
    // (listed in SHA256SUMS, not in the file list) go to `unlisted`.
    Result<std::optional<QByteArray>> take(const QString &path, const Unlisted &unlisted) {
        if (m_table) {
            const auto found = m_table->constFind(path);
            if (found == m_table->constEnd())
                return std::optional<QByteArray>();
            std::optional<QByteArray> digest = *found;
            m_table->erase(found);
            return digest;
        }
        while (m_current && entryPathLess(m_current->path, path)) {
            unlisted(*m_current);
            if (Status pulled = pull(); !pulled)
                return pulled.error();
        }
        if (!m_current || m_current->path != path)
            return std::optional<QByteArray>();
        std::optional<QByteArray> digest = m_current->sha256;
        if (Status pulled = pull(); !pulled)
            return pulled.error();
        return digest;
    }

    // Every line not taken.
    Status finish(const Unlisted &unlisted) {
        if (m_table) {
            for (auto it = m_table->constBegin(); it != m_table->constEnd(); ++it)
                unlisted({it.value(), it.key()});
            return {};
        }
        while (m_current) {
            unlisted(*m_current);
            if (Status pulled = pull(); !pulled)
                return pulled;
        }
        return {};
    }

private:
    Status forEachLine(const std::function<bool(SumLine &&)> &onLine) {
        Sha256SumsReader reader(m_path);
        if (Status opened = reader.open(); !opened)
            return opened;
        for (;;) {
            Result<std::optional<SumLine>> line = reader.next();
            if (!line)
                return line.error();
            if (!*line || !onLine(std::move(**line)))
                return {};
        }
    }

    // The next data line (metadata lines were kept by open()).
    Status pull() {
        for (;;) {
            Result<std::optional<SumLine>> line = m_reader->next();
            if (!line)
                return line.error();
            m_current = std::move(*line);
            if (!m_current || !layout::isMetadataFile(m_current->path))
                return {};
        }
    }

    QString m_path;
    QHash<QString, QByteArray> m_metadata;
    std::optional<Sha256SumsReader> m_reader;  // in order: read alongside
    std::optional<SumLine> m_current;
    std::optional<QHash<QString, QByteArray>> m_table;  // out of order: held whole
};

// Folders in the set that the file list does not name ("filestores", an
// item's folder, or one that should not be there). Each is judged when the
// merge has passed everything it could hold: it belongs if something listed
// is inside it. Only the chain of such folders around the current path is
// held.
class UnlistedFolders {
public:
    using Judge = std::function<void(const QString &folder, bool holdsListed)>;
    explicit UnlistedFolders(Judge judge) : m_judge(std::move(judge)) {}

    // The merge has reached `path` (nullopt: the end).
    void reach(const std::optional<QString> &path) {
        while (!m_open.empty() && (!path || !isInside(*path, m_open.back().path))) {
            m_judge(m_open.back().path, m_open.back().holdsListed);
            m_open.pop_back();
        }
    }
    void add(const QString &folder) { m_open.push_back({folder, false}); }
    // Something listed was found at the current path: every open folder holds it.
    void listedHere() {
        for (Open &open : m_open)
            open.holdsListed = true;
    }

private:
    struct Open {
        QString path;
        bool holdsListed;
    };
    Judge m_judge;
    std::vector<Open> m_open;
};

// Files in flight: enough for the read threads to keep the disk busy, few
// enough that memory stays flat.
constexpr size_t kHashWindow = 1024;

struct HashJob {
    QString path;
    QByteArray expected;
    qint64 size = 0;
    QString failure;
};

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

Status recordVerification(const VerifyReport &report) {
    if (report.cancelled)
        return {};
    VerifyRecord record;
    record.finishedUtc = QDateTime::currentDateTimeUtc();
    record.result = report.ok() ? QStringLiteral("passed") : QStringLiteral("failed");
    record.files = report.filesChecked;
    record.bytes = report.bytesChecked;
    record.problems = report.problems.size() + (report.fatalError.isEmpty() ? 0 : 1);
    return appendVerifyRecord(report.setPath, record);
}

VerifyJob::VerifyJob(const QString &setPath, const QStringList &items)
    : m_setPath(QDir::cleanPath(setPath)), m_items(items) {}

VerifyReport VerifyJob::run(JobObserver *observer, const CancelToken &cancel) const {
    VerifyReport report;
    report.setPath = m_setPath;
    auto problem = [&](VerifyProblem::Kind kind, const QString &path, const QString &detail) {
        report.problems.append({kind, path, detail});
    };
    if (observer)
        observer->onStage(QCoreApplication::translate("VerifyJob", "Reading the manifest of %1").arg(m_setPath));
    // Format 2: the header only; the file list is read alongside the set.
    Result<Manifest> manifest = Manifest::loadHeader(m_setPath);
    if (!manifest) {
        report.fatalError = manifest.errorMessage();
        return report;
    }
    FileListReader fileList(m_setPath, *manifest);
    if (Status opened = fileList.open(); !opened) {
        report.fatalError = opened.errorMessage();
        return report;
    }

    // When only some items are checked, the rest of the set is out of scope.
    QStringList scopes;
    qint64 bytesExpected = 0;
    qint64 filesExpected = 0;
    // The folders that hold the items ("filestores", "databases", an
    // item's root) are part of the layout, not of the data.
    QSet<QString> layoutFolders;
    for (const ManifestItem &item : manifest->items) {
        if (!m_items.isEmpty() && !m_items.contains(item.name))
            continue;
        scopes << item.setPath;
        bytesExpected += item.bytes;
        filesExpected += item.files;
        if (item.kind == QLatin1String("filestore"))
            layoutFolders.insert(item.setPath);
        for (qsizetype slash = item.setPath.lastIndexOf(QLatin1Char('/')); slash > 0;
             slash = item.setPath.lastIndexOf(QLatin1Char('/'), slash - 1))
            layoutFolders.insert(item.setPath.left(slash));
    }
    auto inScope = [&](const QString &path) {
        if (m_items.isEmpty())
            return true;
        for (const QString &scope : scopes)
            if (path == scope || isInside(path, scope))
                return true;
        return false;
    };

    // SHA256SUMS must say the same as the manifest: an administrator may
    // check the set with sha256sum alone, and both must agree.
    std::optional<SumsIndex> sums(std::in_place, m_setPath + QLatin1Char('/') + layout::kSums);
    if (Status opened = sums->open(); !opened) {
        // Not there, not a regular file, or not readable: as good as missing.
        const Result<platform::EntryInfo> info = platform::statNoFollow(m_setPath + QLatin1Char('/') + layout::kSums);
        const bool missing = !info || info->type != platform::EntryType::File;
        problem(missing ? VerifyProblem::Kind::Missing : VerifyProblem::Kind::Inconsistent, layout::kSums,
                opened.errorMessage());
        sums.reset();
    }
    auto unlistedSum = [&](const SumLine &line) {
        if (inScope(line.path))
            problem(VerifyProblem::Kind::Inconsistent, line.path,
                    QCoreApplication::translate("VerifyJob", "listed in SHA256SUMS but not in the manifest"));
    };
    auto sumsFailed = [&](const Error &error) {
        problem(VerifyProblem::Kind::Inconsistent, layout::kSums, error.message);
        sums.reset();
    };

    ProgressMeter progress([observer](const ProgressSnapshot &s) {
        if (observer)
            observer->onProgress(s);
    });
    progress.setTotals(bytesExpected, filesExpected);
    if (observer)
        observer->onStage(QCoreApplication::translate("VerifyJob", "Checking %1 files").arg(filesExpected));
    // Files are hashed on several threads while the file list and the set
    // are still being read; their results come back in path order.
    OrderedWork<HashJob> hashing(
        readWorkerCount(), kHashWindow,
        [&](HashJob &job) {
            if (cancel.isCancelled())
                return;
            qint64 read = 0;
            Result<QByteArray> digest = sha256OfFile(m_setPath + QLatin1Char('/') + job.path, &cancel, [&](qint64 n) {
                read += n;
                progress.addBytes(n);
                progress.maybeReport();
            });
            if (!digest)
                job.failure = digest.errorMessage();
            else if (read != job.size)  // the walk did not stat the file (WalkDetail::TypesOnly)
                job.failure = QCoreApplication::translate("VerifyJob", "size is %1 bytes, the manifest says %2")
                                  .arg(read)
                                  .arg(job.size);
            else if (*digest != job.expected)
                job.failure =
                    QCoreApplication::translate("VerifyJob",
                                                "content differs from the backup (SHA-256 %1, expected %2)")
                        .arg(QString::fromLatin1(digest->left(16)), QString::fromLatin1(job.expected.left(16)));
            progress.addFiles(1);
        },
        [&](HashJob &job) {
            if (cancel.isCancelled())
                return;
            if (!job.failure.isEmpty())
                problem(VerifyProblem::Kind::Changed, job.path, job.failure);
            ++report.filesChecked;
            report.bytesChecked += job.size;
        });

    // The set on disk (never through a link) and its file list come in the
    // same order and are merged a path at a time.
    TreeWalker walker(
        m_setPath,
        [&](const QString &path, const QString &message) { problem(VerifyProblem::Kind::Changed, path, message); },
        WalkDetail::TypesOnly);
    QSet<QString> diskLinks;  // links found in the set (a set stores none)
    UnlistedFolders unlistedFolders([&](const QString &folder, bool holdsListed) {
        if (!holdsListed && !layoutFolders.contains(folder) && inScope(folder))
            problem(VerifyProblem::Kind::Unexpected, folder,
                    QCoreApplication::translate("VerifyJob", "not listed in the manifest"));
    });
    std::optional<WalkEntry> disk = walker.next();
    std::optional<FileEntry> listed;
    QHash<QString, qint64> filesPerItem;
    // The deployment and the runbook are the set's own, of no item.
    auto isSetLevelFile = [&](const QString &path) {
        return (manifest->deployment.hasTopology() && path == manifest->deployment.topologyPath) ||
               path == layout::kRunbook;
    };
    auto nextListed = [&]() -> bool {
        Result<std::optional<FileEntry>> file = fileList.next();
        if (!file) {
            report.fatalError = file.errorMessage();
            return false;
        }
        listed = std::move(*file);
        if (listed && listed->type == FileEntry::Type::File && inScope(listed->path)) {
            // Every data file belongs to an item: one outside them all was
            // moved there by an edited item name or setPath.
            if (!listed->item.isEmpty())
                ++filesPerItem[listed->item];
            else if (!isSetLevelFile(listed->path))
                problem(VerifyProblem::Kind::Inconsistent, listed->path,
                        QCoreApplication::translate("VerifyJob", "belongs to no item of the manifest"));
        }
        return true;
    };
    bool readable = nextListed();
    while (readable && (disk || listed) && !cancel.isCancelled()) {
        const bool onDiskOnly = disk && (!listed || entryPathLess(disk->relativePath, listed->path));
        const bool listedOnly = listed && (!disk || entryPathLess(listed->path, disk->relativePath));
        unlistedFolders.reach(onDiskOnly ? disk->relativePath : listed->path);
        if (disk && disk->info.type == platform::EntryType::Symlink && !listedOnly)
            diskLinks.insert(disk->relativePath);
        if (onDiskOnly) {
            if (disk->info.type == platform::EntryType::Directory)
                unlistedFolders.add(disk->relativePath);
            else if (!layout::isMetadataFile(disk->relativePath) && inScope(disk->relativePath))
                problem(VerifyProblem::Kind::Unexpected, disk->relativePath,
                        QCoreApplication::translate("VerifyJob", "not listed in the manifest"));
            disk = walker.next();
            continue;
        }
        unlistedFolders.listedHere();
        const FileEntry &file = *listed;
        std::optional<QByteArray> sum;
        if (sums && file.type == FileEntry::Type::File) {
            Result<std::optional<QByteArray>> taken = sums->take(file.path, unlistedSum);
            if (taken)
                sum = *taken;
            else
                sumsFailed(taken.error());
        }
        // Links are recorded only, never stored as links in the set.
        if (inScope(file.path) && file.type != FileEntry::Type::Symlink) {
            if (listedOnly) {
                if (passesThroughSymlink(file.path, diskLinks))
                    problem(VerifyProblem::Kind::Changed, file.path,
                            QCoreApplication::translate("VerifyJob", "reached through a symbolic link"));
                else
                    problem(VerifyProblem::Kind::Missing, file.path,
                            QCoreApplication::translate("VerifyJob", "not in the set"));
            } else if (file.type == FileEntry::Type::Directory) {
                if (disk->info.type != platform::EntryType::Directory)
                    problem(VerifyProblem::Kind::Changed, file.path,
                            QCoreApplication::translate("VerifyJob", "is no longer a folder"));
            } else if (disk->info.type != platform::EntryType::File) {
                problem(VerifyProblem::Kind::Changed, file.path,
                        QCoreApplication::translate("VerifyJob", "is no longer a regular file"));
            } else {
                if (sums && !sum)
                    problem(VerifyProblem::Kind::Inconsistent, file.path,
                            QCoreApplication::translate("VerifyJob", "listed in the manifest but not in SHA256SUMS"));
                else if (sums && *sum != file.sha256)
                    problem(
                        VerifyProblem::Kind::Inconsistent, file.path,
                        QCoreApplication::translate("VerifyJob", "SHA256SUMS and the manifest give different digests"));
                if (disk->info.size >= 0 && disk->info.size != file.size)
                    problem(VerifyProblem::Kind::Changed, file.path,
                            QCoreApplication::translate("VerifyJob", "size is %1 bytes, the manifest says %2")
                                .arg(disk->info.size)
                                .arg(file.size));
                else
                    hashing.submit({file.path, file.sha256, file.size, {}});
            }
        }
        if (!listedOnly)
            disk = walker.next();
        readable = nextListed();
    }
    unlistedFolders.reach(std::nullopt);
    hashing.finish();
    progress.reportNow();
    if (cancel.isCancelled()) {
        report.cancelled = true;
        return report;
    }
    if (!report.fatalError.isEmpty())
        return report;
    if (sums)
        if (Status finished = sums->finish(unlistedSum); !finished)
            sumsFailed(finished.error());

    // Each item has the files its manifest counts: an item whose entries
    // went elsewhere would otherwise be restored empty.
    for (const ManifestItem &item : manifest->items) {
        if ((!m_items.isEmpty() && !m_items.contains(item.name)) || item.status == ItemStatus::Failed)
            continue;
        if (filesPerItem.value(item.name) != item.files)
            problem(VerifyProblem::Kind::Inconsistent, item.setPath,
                    QCoreApplication::translate("VerifyJob",
                                                "the file list holds %1 files for the item %2, its manifest counts %3")
                        .arg(filesPerItem.value(item.name))
                        .arg(displayText(item.name))
                        .arg(item.files));
    }

    // Format 2: SHA256SUMS also covers the file list, the manifest (which
    // the file list was matched with as it was read) and the log.
    for (const QString &described : {layout::kEntries, layout::kManifest, layout::kLog}) {
        if (!sums)
            break;
        const auto sum = sums->metadata().constFind(described);
        if (sum == sums->metadata().constEnd()) {
            if (manifest->formatVersion >= 2)
                problem(VerifyProblem::Kind::Inconsistent, described,
                        QCoreApplication::translate("VerifyJob", "not listed in SHA256SUMS"));
            continue;
        }
        // The file list was hashed whole while it was read and matched with
        // the manifest: its digest is known, no second read of it is needed.
        Result<QByteArray> digest = described == layout::kEntries && manifest->formatVersion >= 2
                                        ? Result<QByteArray>(manifest->entries.sha256)
                                        : sha256OfFile(m_setPath + QLatin1Char('/') + described, &cancel);
        if (!digest)
            problem(VerifyProblem::Kind::Missing, described, digest.errorMessage());
        else if (*digest != *sum)
            problem(VerifyProblem::Kind::Changed, described,
                    QCoreApplication::translate("VerifyJob", "does not match SHA256SUMS"));
    }
    std::sort(report.problems.begin(), report.problems.end(),
              [](const VerifyProblem &a, const VerifyProblem &b) { return entryPathLess(a.path, b.path); });
    return report;
}

}  // namespace lbw
