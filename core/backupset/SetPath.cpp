#include "backupset/SetPath.h"

#include "util/DisplayText.h"

#include <QCoreApplication>
#include <QStringList>
#include <QStringView>

namespace lbw {
namespace {
constexpr int kMaxPathLength = 4096;
}  // namespace

QString unsafeSetPathReason(const QString &path) {
    if (path.isEmpty())
        return QCoreApplication::translate("SetPath", "the path is empty");
    if (path.size() > kMaxPathLength)
        return QCoreApplication::translate("SetPath", "the path is longer than %1 characters").arg(kMaxPathLength);
    // A set's paths start with its own folder names (filestores/, ...):
    // never with a backslash (a UNC or rooted Windows path) or a drive.
    if (path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1Char('\\')))
        return QCoreApplication::translate("SetPath", "the path is absolute");
    if (path.size() >= 2 && path.at(1) == QLatin1Char(':'))
        return QCoreApplication::translate("SetPath", "the path names a drive");
    if (path.contains(QChar(0)))
        return QCoreApplication::translate("SetPath", "the path contains a NUL character");
    // Paths of a set are POSIX names: '/' separates, and every other byte
    // (a backslash, a colon, a control character) is part of a name, as a
    // Linux file store may hold it. Where a target system reads such a name
    // differently (a backslash on Windows), the restore leaves that entry
    // out by name: see windowsNameProblem().
    for (const QStringView part : QStringView(path).split(QLatin1Char('/'))) {
        if (part.isEmpty())
            return QCoreApplication::translate("SetPath", "the path has an empty component");
        if (part == QLatin1String(".") || part == QLatin1String(".."))
            return QCoreApplication::translate("SetPath", "the path contains \"%1\"").arg(part.toString());
    }
    return {};
}

QString windowsNameProblem(const QString &relativePath) {
    for (const QStringView part : QStringView(relativePath).split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        for (const QChar c : part) {
            if (c.unicode() < 0x20 || QStringView(u"\\:*?\"<>|").contains(c))
                return QCoreApplication::translate("SetPath",
                                                   "the name %1 holds a character Windows does not allow "
                                                   "in names")
                    .arg(displayText(part.toString()));
        }
        if (part.endsWith(QLatin1Char('.')) || part.endsWith(QLatin1Char(' ')))
            return QCoreApplication::translate("SetPath",
                                               "the name %1 ends with a dot or a space, which Windows "
                                               "drops")
                .arg(displayText(part.toString()));
    }
    return {};
}

}  // namespace lbw
