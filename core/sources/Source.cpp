#include "sources/Source.h"

#include "sources/CmdletSource.h"
#include "sources/FileStoreSource.h"
#include "sources/PostgresSource.h"
#include "sources/SqlServerSource.h"
#include "sources/SqliteSource.h"
#include "util/CancelToken.h"
#include "util/Parallel.h"
#include "util/Sha256.h"

namespace lbw {

ManifestItem Source::newManifestItem(const QString &setPath) const {
    ManifestItem item;
    item.kind = m_planItem.kind;
    item.name = m_planItem.name;
    item.source = m_planItem.path;
    item.setPath = setPath;
    return item;
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
