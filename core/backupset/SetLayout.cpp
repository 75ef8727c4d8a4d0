#include "backupset/SetLayout.h"

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

}  // namespace lbw
