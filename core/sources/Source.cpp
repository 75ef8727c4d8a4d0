#include "sources/Source.h"

#include "sources/FileStoreSource.h"
#include "sources/SqliteSource.h"

namespace lbw {

ManifestItem Source::newManifestItem(const QString &setPath) const {
    ManifestItem item;
    item.kind = m_planItem.kind;
    item.name = m_planItem.name;
    item.source = m_planItem.path;
    item.setPath = setPath;
    return item;
}

std::unique_ptr<Source> makeSource(const PlanItem &item) {
    if (item.kind == QLatin1String("filestore"))
        return std::make_unique<FileStoreSource>(item);
    if (item.kind == QLatin1String("sqlite"))
        return std::make_unique<SqliteSource>(item);
    return nullptr;
}

}  // namespace lbw
