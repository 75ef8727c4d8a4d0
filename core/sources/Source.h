#pragma once
// One kind of data the product can back up. A BackupJob asks each source of
// the plan, in turn, to write its item into the set folder being created.

#include "backupset/Manifest.h"
#include "model/BackupPlan.h"
#include "util/Result.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace spdlog {
class logger;
}

namespace lbw {

class CancelToken;
class ProgressMeter;

struct SourceEstimate {
    qint64 bytes = 0;
    qint64 files = 0;
};

struct SourceContext {
    QString setDir;  // the set folder being written (still named *.partial)
    const CancelToken &cancel;
    ProgressMeter &progress;
    spdlog::logger &log;
};

struct SourceOutput {
    ManifestItem item;
    std::vector<FileEntry> files;
};

class Source {
public:
    explicit Source(PlanItem planItem) : m_planItem(std::move(planItem)) {}
    virtual ~Source() = default;
    Source(const Source &) = delete;
    Source &operator=(const Source &) = delete;

    const PlanItem &planItem() const { return m_planItem; }

    // Local paths this source reads, so the location can refuse to live
    // inside one of them.
    virtual QStringList sourcePaths() const { return {m_planItem.path}; }
    // Checks made before anything is written; the error says what to do.
    virtual Status checkReady() const = 0;
    virtual Result<SourceEstimate> estimate() = 0;
    virtual SourceOutput backup(SourceContext &context) = 0;

protected:
    ManifestItem newManifestItem(const QString &setPath) const;

private:
    PlanItem m_planItem;
};

std::unique_ptr<Source> makeSource(const PlanItem &item);

}  // namespace lbw
