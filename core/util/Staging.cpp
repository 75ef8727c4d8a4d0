#include "util/Staging.h"

#include "platform/Platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

namespace lbw::staging {
namespace {
const QString kMarker = QStringLiteral(".lbw-restore-");
}

QString pathFor(const QString &target) {
    const QFileInfo info(QDir::cleanPath(target));
    const QString random = QString::number(QRandomGenerator::global()->generate64(), 36);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + kMarker + random;
}

int removeLeftovers(const QString &target) {
    const QFileInfo info(QDir::cleanPath(target));
    QDir parent(info.absolutePath());
    int removed = 0;
    const QString pattern = QLatin1Char('.') + info.fileName() + kMarker + QLatin1Char('*');
    for (const QFileInfo &leftover :
         parent.entryInfoList({pattern}, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        // Not QDir::removeRecursively: it cannot name a file whose name is
        // not UTF-8, and would leave it behind.
        removed += platform::removeTree(leftover.filePath()).ok() ? 1 : 0;
    }
    return removed;
}

Status promote(const QString &staged, const QString &target) {
    if (Status flushed = platform::flushTree(QFileInfo(staged).isDir() ? staged : QFileInfo(staged).absolutePath());
        !flushed)
        return flushed;
    const QFileInfo existing(target);
    // rename() cannot replace a folder on every system: an empty target
    // folder (the only kind a clean-target check lets through) goes first.
    if (existing.isDir() && !existing.isSymLink() && !QDir().rmdir(target))
        return Error{QCoreApplication::translate("Staging", "Cannot replace the empty folder %1.").arg(target)};
    if (existing.isFile() && !QFileInfo(staged).isFile())
        return Error{QCoreApplication::translate("Staging", "%1 is in the way.").arg(target)};
    if (Status renamed = platform::renameReplacing(staged, target); !renamed)
        return renamed;
    return platform::syncDirectory(QFileInfo(target).absolutePath());
}

}  // namespace lbw::staging
