#include "platform/WindowsPaths.h"

#include "util/DisplayText.h"

#include <QCoreApplication>
#include <QStringList>

namespace lbw {
namespace {

bool isSeparator(QChar c) {
    return c == QLatin1Char('/') || c == QLatin1Char('\\');
}

// Drive letters are ASCII: "é:" is a name with a colon, not a drive.
bool isDriveLetter(QChar c) {
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
}

// "a\.\b\..\c" -> "a\c"; ".." stops at the start (the root of a drive or share).
QString resolveDots(QStringView rest) {
    QStringList parts;
    for (const QStringView part : rest.split(QLatin1Char('\\'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
            continue;
        }
        parts << part.toString();
    }
    return parts.join(QLatin1Char('\\'));
}

}  // namespace

WindowsPathKind windowsPathKind(QStringView path) {
    if (path.size() >= 2 && isSeparator(path[0]) && isSeparator(path[1])) {
        // "\\?\" and "\\.\" are the system's own namespaces; "\??\" is the
        // NT form some tools print.
        if (path.size() >= 4 && (path[2] == QLatin1Char('?') || path[2] == QLatin1Char('.')) && isSeparator(path[3]))
            return WindowsPathKind::Device;
        return WindowsPathKind::Unc;
    }
    if (path.startsWith(QLatin1String("\\??\\")))
        return WindowsPathKind::Device;
    if (!path.isEmpty() && isSeparator(path[0]))
        return WindowsPathKind::RootRelative;
    if (path.size() >= 2 && isDriveLetter(path[0]) && path[1] == QLatin1Char(':'))
        return path.size() >= 3 && isSeparator(path[2]) ? WindowsPathKind::Drive : WindowsPathKind::DriveRelative;
    return WindowsPathKind::Relative;
}

bool isWindowsFullPath(QStringView path) {
    switch (windowsPathKind(path)) {
        case WindowsPathKind::Drive:
        case WindowsPathKind::Unc:
        case WindowsPathKind::Device:
            return true;
        case WindowsPathKind::Relative:
        case WindowsPathKind::DriveRelative:
        case WindowsPathKind::RootRelative:
            break;
    }
    return false;
}

QString windowsApiPath(const QString &path) {
    QString native = path;
    native.replace(QLatin1Char('/'), QLatin1Char('\\'));
    if (native.size() < kWindowsShortPathLimit)
        return native;
    switch (windowsPathKind(native)) {
        case WindowsPathKind::Drive:
            // "C:\rest" -> "\\?\C:\rest"
            return QStringLiteral("\\\\?\\") + native.left(2) + QLatin1Char('\\') +
                   resolveDots(QStringView(native).mid(3));
        case WindowsPathKind::Unc: {
            // "\\server\share\rest" -> "\\?\UNC\server\share\rest": the
            // server and the share are the root.
            const qsizetype serverEnd = native.indexOf(QLatin1Char('\\'), 2);
            const qsizetype shareEnd = serverEnd < 0 ? -1 : native.indexOf(QLatin1Char('\\'), serverEnd + 1);
            const qsizetype rootEnd = shareEnd < 0 ? native.size() : shareEnd;
            if (serverEnd <= 2 || rootEnd == serverEnd + 1)
                return native;  // no server or no share: nothing Windows would open
            const QString rest = resolveDots(QStringView(native).mid(rootEnd));
            return QStringLiteral("\\\\?\\UNC\\") + native.mid(2, rootEnd - 2) +
                   (rest.isEmpty() ? QString() : QLatin1Char('\\') + rest);
        }
        case WindowsPathKind::Device:
        case WindowsPathKind::Relative:
        case WindowsPathKind::DriveRelative:
        case WindowsPathKind::RootRelative:
            break;
    }
    return native;
}

bool isWindowsDeviceName(QStringView name) {
    // "nul.tar.gz" is NUL too, and so is "nul " (Win32 drops trailing spaces).
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    QStringView base = dot < 0 ? name : name.left(dot);
    while (base.endsWith(QLatin1Char(' ')))
        base.chop(1);
    for (const char *device : {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"})
        if (base.compare(QLatin1String(device), Qt::CaseInsensitive) == 0)
            return true;
    if (base.size() != 4)
        return false;
    if (base.left(3).compare(QLatin1String("COM"), Qt::CaseInsensitive) != 0 &&
        base.left(3).compare(QLatin1String("LPT"), Qt::CaseInsensitive) != 0)
        return false;
    const QChar digit = base[3];
    // ¹ ² ³ count as the digits 1 to 3 in these names.
    return (digit >= QLatin1Char('1') && digit <= QLatin1Char('9')) || digit == QChar(0x00B9) ||
           digit == QChar(0x00B2) || digit == QChar(0x00B3);
}

QString windowsDeviceNameProblem(const QString &relativePath) {
    for (const QStringView part : QStringView(relativePath).split(QLatin1Char('/'), Qt::SkipEmptyParts))
        if (isWindowsDeviceName(part))
            return QCoreApplication::translate("WindowsPaths",
                                               "the name %1 is a device name on Windows (such as CON, NUL or COM1), "
                                               "which opens the device instead of a file")
                .arg(displayText(part.toString()));
    return {};
}

QString windowsCaseKey(QStringView path) {
    QString key;
    key.reserve(path.size());
    for (const QChar c : path) {
        // Per UTF-16 unit, as $UpCase is indexed: a surrogate stays as it is.
        const char32_t upper = c.isSurrogate() ? c.unicode() : QChar::toUpper(char32_t(c.unicode()));
        key += upper > 0xFFFF ? c : QChar(char16_t(upper));
    }
    return key;
}

}  // namespace lbw
