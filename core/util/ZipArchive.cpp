#include "util/ZipArchive.h"

#include <QCoreApplication>
#include <QFile>

#include <zip.h>

namespace lbw {

Result<qint64> zipEntryCount(const QString &path) {
    int errorCode = 0;
    // ZIP_CHECKCONS compares the central directory with the local headers.
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &errorCode);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, errorCode);
        const QString reason = QString::fromLocal8Bit(zip_error_strerror(&error));
        zip_error_fini(&error);
        return Error{
            QCoreApplication::translate("ZipArchive", "%1 is not a readable ZIP file (%2).").arg(path, reason)};
    }
    const zip_int64_t entries = zip_get_num_entries(archive, 0);
    zip_discard(archive);
    return qint64(entries);
}

}  // namespace lbw
