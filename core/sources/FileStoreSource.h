#pragma once
// A Lync file store (or any folder tree) copied into filestores/<name>/.
// Each file is read once: hashed while it is copied. Symlinks are recorded,
// never followed; files named Meeting.Active (locked while a meeting runs)
// are skipped and reported as skipped, as the documents prescribe.
//
// A restore goes into a folder that does not exist or holds only empty
// folders (Lync setup creates its empty tree in the share before the data
// comes back). The tree is staged in a hidden sibling, then renamed into
// place; an existing target folder is kept and receives the staged entries.

#include "platform/Platform.h"
#include "sources/Source.h"

#include <QHash>

#include <vector>

namespace lbw {

class FileStoreSource final : public Source {
public:
    using Source::Source;

    Status checkReady() const override;
    Result<SourceEstimate> estimate() override;
    SourceOutput backup(SourceContext &context) override;

    Status checkTargetIsClean(const QString &target) const override;
    Result<QStringList> restore(RestoreContext &context) override;
    QString restoredPath(const ManifestItem &item, const FileEntry &file, const QString &target) const override;

    static bool isSkippedByDesign(const QString &fileName);
    // True when a link at `linkPath` (relative to the store root) pointing at
    // `linkTarget` stays inside the store when followed through the other
    // links of the tree (`links`: relative path -> target).
    static bool linkStaysInside(const QString &linkPath, const QString &linkTarget,
                                const QHash<QString, QString> &links = {});
    // The permission bits a restore gives an entry the set records with
    // `recorded`: never setuid, setgid or world-writable.
    static quint32 restoredMode(quint32 recorded);
};

}  // namespace lbw
