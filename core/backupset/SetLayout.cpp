#include "backupset/SetLayout.h"

#include "platform/Platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringList>

namespace lbw {

bool makeOwnerOnlyPath(const QString &setDir, const QString &relativePath) {
    QString path = setDir;
    for (const QString &part : relativePath.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        path += QLatin1Char('/') + part;
        // Through the platform layer: a folder name that is not UTF-8 keeps its bytes.
        const Result<platform::EntryInfo> existing = platform::statNoFollow(path);
        if (existing && existing->type == platform::EntryType::Directory)
            continue;
        if (existing || !platform::makeDirectory(path, 0700))
            return false;
    }
    return true;
}

Result<QByteArray> readSetMetadataFile(const QString &path, qint64 maxBytes) {
    Result<platform::EntryInfo> info = platform::statNoFollow(path);
    if (!info)
        return info.error();
    if (info->type != platform::EntryType::File)
        return Error{QCoreApplication::translate("SetLayout",
                                                 "%1 is not a regular file; the set may have been "
                                                 "tampered with.")
                         .arg(path)};
    if (info->size > maxBytes)
        return Error{QCoreApplication::translate("SetLayout",
                                                 "%1 is implausibly large (%2 bytes); the set may have "
                                                 "been tampered with.")
                         .arg(path)
                         .arg(info->size)};
    QFile file;
    if (Status opened = platform::openRegularFileForReading(path, file); !opened)
        return opened.error();
    // Text, as every metadata file of a set is: a file of zeros (or any
    // binary) is refused after one small read, not after reading it all.
    QByteArray contents = file.read(4096);
    if (contents.contains('\0'))
        return Error{QCoreApplication::translate("SetLayout",
                                                 "%1 is not a text file; the set may have been damaged or "
                                                 "tampered with.")
                         .arg(path)};
    contents += file.readAll();
    return contents;
}

}  // namespace lbw
