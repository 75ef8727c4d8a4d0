#include "FormatOneSet.h"

#include "backupset/Manifest.h"
#include "backupset/SetLayout.h"
#include "backupset/Sha256Sums.h"

#include <QFile>

namespace lbw::test {

Status rewriteAsFormatOne(const QString &setDir) {
    Result<Manifest> manifest = Manifest::load(setDir);
    if (!manifest)
        return manifest.error();
    if (manifest->formatVersion == 1)
        return {};
    manifest->formatVersion = 1;
    const auto replace = [&](const QString &name, const QByteArray &contents) -> Status {
        QFile file(setDir + QLatin1Char('/') + name);
        QFile::remove(file.fileName());  // sets are owner-read-only
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            return Error{file.errorString()};
        return {};
    };
    if (Status written = replace(layout::kManifest, manifest->toJson()); !written)
        return written;
    if (Status written = replace(layout::kSums, formatSha256Sums(manifest->files)); !written)
        return written;
    QFile::remove(setDir + QLatin1Char('/') + layout::kEntries);
    return {};
}

}  // namespace lbw::test
