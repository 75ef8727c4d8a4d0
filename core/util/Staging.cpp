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
    const QString parent = info.absolutePath();
    // Names compared as text, never as a wildcard: a target named "a*" or
    // "[x" must not match (and remove) another target's leftovers.
    const QString prefix = QLatin1Char('.') + info.fileName() + kMarker;
    Result<std::vector<platform::ListedEntry>> listed = platform::listDirectory(parent);
    if (!listed)
        return 0;
    int removed = 0;
    for (const platform::ListedEntry &entry : *listed) {
        const QString random = entry.name.mid(prefix.size());
        if (!entry.name.startsWith(prefix) || random.isEmpty() || random.contains(QLatin1Char('.')))
            continue;
        // Not QDir::removeRecursively: it cannot name a file whose name is
        // not UTF-8, and would leave it behind.
        removed += platform::removeTree(parent + QLatin1Char('/') + entry.name).ok() ? 1 : 0;
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
