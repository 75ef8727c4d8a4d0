#pragma once
// Windows' rules for paths and names, as plain functions of strings: which
// paths are full, the \\?\ form that long paths need, device names, and how
// NTFS compares names. Platform_win.cpp and the restore use them on
// Windows; they are compiled and unit-tested on every system
// (tests/core/tst_windowslogic.cpp), since no Windows runs this project's CI.

#include <QString>
#include <QStringView>

namespace lbw {

// How a Windows path is rooted. '/' and '\' are both separators.
enum class WindowsPathKind {
    Relative,       // "a\b": below the current folder
    DriveRelative,  // "C:a": below drive C's current folder
    RootRelative,   // "\a": below the root of the current drive
    Drive,          // "C:\a"
    Unc,            // "\\server\share\a"
    Device,         // "\\?\C:\a", "\\?\UNC\server\share", "\\.\pipe\x": the system's own form
};

WindowsPathKind windowsPathKind(QStringView path);

// A path that names the same place whatever the current drive and folder:
// a drive path, a share or a device path ("C:\x", "\\server\share\x").
// "\x" and "C:x" are not: they depend on the current drive or folder.
bool isWindowsFullPath(QStringView path);

// A path this long or longer is handed to Win32 in the \\?\ form: MAX_PATH
// (260) less the room of an 8.3 name, the limit CreateDirectory has.
constexpr qsizetype kWindowsShortPathLimit = 248;

// The name to give a Win32 call for `path`: backslashes only and, for a
// drive or share path of kWindowsShortPathLimit characters or more, the
// extended-length form ("\\?\C:\...", "\\?\UNC\server\share\...") with "."
// and ".." resolved, since that form switches the system's own resolution
// off (".." never climbs above the drive or the share). Shorter paths keep
// their usual form, so they behave as they always did; relative and device
// paths only get backslashes. As Qt's own file calls do for QFile and QDir.
QString windowsApiPath(const QString &path);

// Whether one name opens a device instead of a file on Windows: CON, PRN,
// AUX, NUL, COM1-COM9, LPT1-LPT9 (and COM¹²³, LPT¹²³), CONIN$, CONOUT$, in
// any case, alone or before an extension ("nul.txt", "Com1.tar.gz"),
// trailing spaces ignored ("con ").
bool isWindowsDeviceName(QStringView name);

// Empty when no name of `relativePath` ('/'-separated, as a set spells it)
// is a device name; otherwise why, translated.
QString windowsDeviceNameProblem(const QString &relativePath);

// The key under which NTFS compares names: every UTF-16 unit upper-cased by
// its simple Unicode mapping, as a volume's $UpCase table does. Two paths
// with the same key are one file on Windows. Not full case folding: there
// "straße" and "STRASSE" are two names, and so are "k" and the Kelvin sign.
QString windowsCaseKey(QStringView path);

}  // namespace lbw
