#include "backupset/SetPath.h"

#include <QCoreApplication>
#include <QStringList>

namespace lbw {
namespace {
constexpr int kMaxPathLength = 4096;
}  // namespace

QString unsafeSetPathReason(const QString &path) {
    if (path.isEmpty())
        return QCoreApplication::translate("SetPath", "the path is empty");
    if (path.size() > kMaxPathLength)
        return QCoreApplication::translate("SetPath", "the path is longer than %1 characters").arg(kMaxPathLength);
    if (path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1Char('\\')))
        return QCoreApplication::translate("SetPath", "the path is absolute");
    if (path.size() >= 2 && path.at(1) == QLatin1Char(':'))
        return QCoreApplication::translate("SetPath", "the path names a drive");
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return QCoreApplication::translate("SetPath", "the path contains a control character");
    }
    // A backslash is an ordinary character on POSIX but a separator on
    // Windows, so components are checked with both as separators: a name
    // such as "a\\..\\b" must not climb out of a target on either system.
    QString normalized = path;
    normalized.replace(QLatin1Char('\\'), QLatin1Char('/'));
    const QStringList parts = normalized.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty())
            return QCoreApplication::translate("SetPath", "the path has an empty component");
        if (part == QLatin1String(".") || part == QLatin1String(".."))
            return QCoreApplication::translate("SetPath", "the path contains \"%1\"").arg(part);
    }
    return {};
}

}  // namespace lbw
