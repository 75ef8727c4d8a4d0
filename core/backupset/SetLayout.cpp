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
        if (!QDir(path).exists() && !QDir().mkdir(path))
            return false;
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    return true;
}

Result<QByteArray> readSetMetadataFile(const QString &path) {
    // A manifest of ten million files is about 3 GiB of JSON; anything
    // larger is not one of ours.
    constexpr qint64 kMaxMetadataBytes = qint64(4) << 30;
    Result<platform::EntryInfo> info = platform::statNoFollow(path);
    if (!info)
        return info.error();
    if (info->type != platform::EntryType::File)
        return Error{QCoreApplication::translate("SetLayout",
                                                 "%1 is not a regular file; the set may have been "
                                                 "tampered with.")
                         .arg(path)};
    if (info->size > kMaxMetadataBytes)
        return Error{QCoreApplication::translate("SetLayout",
                                                 "%1 is implausibly large (%2 bytes); the set may have "
                                                 "been tampered with.")
                         .arg(path)
                         .arg(info->size)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("SetLayout", "Cannot read %1: %2").arg(path, file.errorString())};
    return file.readAll();
}

}  // namespace lbw
