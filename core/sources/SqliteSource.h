#pragma once
// An SQLite database (the embedded default) copied with SQLite's online
// backup API into databases/<name>.sqlite. The copy is consistent even while
// another process writes, and is checked with PRAGMA integrity_check before
// it is accepted into the set. A restore goes onto a missing or empty file
// or a database whose tables hold no rows, which the checked copy then
// replaces in one rename.

#include "sources/Source.h"

namespace lbw {

class SqliteSource final : public Source {
public:
    using Source::Source;

    Status checkReady() const override;
    Result<SourceEstimate> estimate() override;
    SourceOutput backup(SourceContext &context) override;

    Status checkTargetIsClean(const QString &target) const override;
    Result<QStringList> restore(RestoreContext &context) override;
    QString restoredPath(const ManifestItem &item, const FileEntry &file, const QString &target) const override;
    // The file's digest, and the rows of each table as the backup counted them.
    Result<QStringList> verifyRestored(const RestoreContext &context) const override;

    // Copies `sourceFile` into `targetFile` (which must not exist) and checks
    // the copy. Shared with restore, which runs the same copy the other way.
    static Result<QJsonObject> copyDatabase(const QString &sourceFile, const QString &targetFile,
                                            const CancelToken &cancel);
};

}  // namespace lbw
