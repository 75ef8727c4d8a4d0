#include "sources/Source.h"

#include "sources/CmdletSource.h"
#include "sources/FileStoreSource.h"
#include "sources/PostgresSource.h"
#include "sources/SqlServerSource.h"
#include "sources/SqliteSource.h"
#include "util/Progress.h"
#include "platform/Platform.h"
#include "util/CancelToken.h"
#include "util/FileCopy.h"
#include "util/OrderedWork.h"
#include "util/Parallel.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QFile>

#include <spdlog/logger.h>

namespace lbw {
namespace {

// Restored files being read back at once: a bounded window, so memory
// does not grow with the store.
constexpr size_t kRestoredChecksInFlight = 1024;

}  // namespace

ManifestItem Source::newManifestItem(const QString &setPath) const {
    ManifestItem item;
    item.kind = m_planItem.kind;
    item.name = m_planItem.name;
    item.source = m_planItem.path;
    item.setPath = setPath;
    return item;
}

SourceOutput Source::failed(SourceOutput output, SourceContext &context, const QString &message) const {
    output.item.status = ItemStatus::Failed;
    output.item.errors.append({QString(), message});
    context.log.error("{}", QStringLiteral("%1: %2").arg(m_planItem.displayName(), message).toStdString());
    return output;
}

SourceOutput Source::withSetFile(SourceOutput output, SourceContext &context, quint32 mode,
                                 std::optional<FileTime> mtime) const {
    const QString file = context.setDir + QLatin1Char('/') + output.item.setPath;
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    Result<QByteArray> digest = sha256OfFile(file, &context.cancel, [&](qint64 n) {
        context.progress.addBytes(n);
        context.progress.maybeReport();
    });
    if (!digest)
        return failed(std::move(output), context, digest.errorMessage());
    Result<platform::EntryInfo> written = platform::statNoFollow(file);
    if (!written)
        return failed(std::move(output), context, written.errorMessage());
    FileEntry entry;
    entry.path = output.item.setPath;
    entry.item = m_planItem.name;
    entry.size = written->size;
    entry.sha256 = *digest;
    entry.mode = mode;
    entry.mtime = mtime.value_or(written->mtime);
    if (Status added = context.addEntry(std::move(entry)); !added)
        return failed(std::move(output), context, added.errorMessage());
    context.progress.addFiles(1);
    output.item.bytes = written->size;
    output.item.files = 1;
    output.item.status = ItemStatus::Ok;
    return output;
}

Status Source::restoreSetFile(const RestoreContext &context, const FileEntry &file, const QString &target,
                              quint32 mode) const {
    const CopyResult copied =
        copyAndHash(context.setDir + QLatin1Char('/') + file.path, target,
                    CopyMetadata{file.mtime, mode, context.setDir}, context.cancel, context.progress);
    if (!copied.ok)
        return Error{QStringLiteral("%1: %2").arg(file.path, copied.error)};
    if (copied.sha256 != file.sha256 || copied.size != file.size) {
        (void)platform::removeFile(target);
        return Error{QCoreApplication::translate("Source",
                                                 "%1 in the set does not match its manifest entry; the set "
                                                 "is damaged.")
                         .arg(file.path)};
    }
    return {};
}

QStringList Source::tablesWithOtherRowCounts(const QJsonObject &expected, const QJsonObject &actual) {
    QStringList differing;
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
        if (actual.value(it.key()).toInteger(-1) != it.value().toInteger())
            differing << it.key();
    return differing;
}

Result<QStringList> Source::verifyRestored(const RestoreContext &context) const {
    struct Check {
        QString path;
        QByteArray expected;
        bool differs = false;
    };
    QStringList differing;
    OrderedWork<Check> checking(
        readWorkerCount(), kRestoredChecksInFlight,
        [&](Check &check) {
            Result<QByteArray> digest = sha256OfFile(check.path, &context.cancel);
            check.differs = !digest || *digest != check.expected;
        },
        [&](Check &check) {
            if (check.differs)
                differing << check.path;
        });
    Status read = context.entries.forEach([&](const FileEntry &file) -> Status {
        if (file.type == FileEntry::Type::File && !context.cancel.isCancelled())
            checking.submit({restoredPath(context.item, file, context.target), file.sha256});
        return {};
    });
    checking.finish();
    if (!read)
        return read.error();
    return differing;
}

std::unique_ptr<Source> makeSource(const PlanItem &item) {
    if (item.kind == QLatin1String("filestore"))
        return std::make_unique<FileStoreSource>(item);
    if (item.kind == QLatin1String("sqlite"))
        return std::make_unique<SqliteSource>(item);
    if (item.kind == QLatin1String("cmdlet"))
        return std::make_unique<CmdletSource>(item);
    if (item.kind == QLatin1String("sqlserver"))
        return std::make_unique<SqlServerSource>(item);
    if (item.kind == QLatin1String("postgresql"))
        return std::make_unique<PostgresSource>(item);
    return nullptr;
}

}  // namespace lbw
