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
#include "util/Parallel.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QFile>

#include <spdlog/logger.h>

namespace lbw {

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
    context.log.error("{}: {}", m_planItem.name.toStdString(), message.toStdString());
    return output;
}

SourceOutput Source::withSetFile(SourceOutput output, SourceContext &context, quint32 mode, qint64 mtimeNs) const {
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
    entry.mtimeNs = mtimeNs >= 0 ? mtimeNs : written->mtimeNs;
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
        copyAndHash(context.setDir + QLatin1Char('/') + file.path, target, context.cancel, context.progress);
    if (!copied.ok)
        return Error{QStringLiteral("%1: %2").arg(file.path, copied.error)};
    if (copied.sha256 != file.sha256 || copied.size != file.size) {
        QFile::remove(target);
        return Error{QCoreApplication::translate("Source",
                                                 "%1 in the set does not match its manifest entry; the set "
                                                 "is damaged.")
                         .arg(file.path)};
    }
    return platform::applyTimesAndMode(target, file.mtimeNs, mode);
}

Result<QStringList> Source::verifyRestored(const RestoreContext &context) const {
    std::vector<QString> wrong(context.files.size());
    parallelFor(context.files.size(), ioWorkerCount(), [&](size_t k) {
        const FileEntry &file = *context.files[k];
        if (file.type != FileEntry::Type::File)
            return;
        const QString path = restoredPath(context.item, file, context.target);
        Result<QByteArray> digest = sha256OfFile(path, &context.cancel);
        if (!digest || *digest != file.sha256)
            wrong[k] = path;
    });
    QStringList differing;
    for (const QString &path : wrong)
        if (!path.isEmpty())
            differing << path;
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
