// Windows implementation of the platform layer, kept next to the POSIX one
// so the product stays buildable where Lync runs. CI type-checks it against
// the Win32 headers (tests/windows/check.sh) but never runs it (README,
// "What is not exercised here"); its string logic lives in WindowsPaths.cpp,
// which is tested everywhere.
#include "platform/Platform.h"

#include "platform/WindowsPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <windows.h>
#include <io.h>

#include <string>

namespace lbw::platform {
namespace {

QString lastErrorText() {
    return qt_error_string(int(GetLastError()));
}

// The name a Win32 call is given for `path`: absolute, with backslashes,
// and in the \\?\ form once it is too long for MAX_PATH (WindowsPaths.h).
// The deep folders of a Lync file store below a location's own path pass
// 260 characters easily; QFile and QDir do the same for their own calls.
std::wstring apiPath(const QString &path) {
    return windowsApiPath(QFileInfo(path).absoluteFilePath()).toStdWString();
}

void (*g_onInterrupt)() = nullptr;

BOOL WINAPI consoleHandler(DWORD) {
    if (g_onInterrupt)
        g_onInterrupt();
    return TRUE;
}

HANDLE openForMetadata(const QString &path, DWORD access) {
    return CreateFileW(apiPath(path).c_str(), access, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                       OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
}

}  // namespace

Result<EntryInfo> statNoFollow(const QString &path) {
    WIN32_FILE_ATTRIBUTE_DATA data{};
    if (!GetFileAttributesExW(apiPath(path).c_str(), GetFileExInfoStandard, &data))
        return Error{
            QCoreApplication::translate("Platform", "Cannot read the properties of %1: %2").arg(path, lastErrorText())};
    EntryInfo info;
    if (data.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) {
        info.type = EntryType::Symlink;
        info.linkTarget = QFileInfo(path).symLinkTarget();
    } else if (data.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) {
        info.type = EntryType::Directory;
    } else {
        info.type = EntryType::File;
    }
    info.size = (qint64(data.nFileSizeHigh) << 32) | data.nFileSizeLow;
    const quint64 ticks = (quint64(data.ftLastWriteTime.dwHighDateTime) << 32) | data.ftLastWriteTime.dwLowDateTime;
    info.mtime = fileTimeFromWindowsTicks(ticks);
    info.mode = (data.dwFileAttributes & FILE_ATTRIBUTE_READONLY) ? 0444 : 0644;
    return info;
}

Result<std::vector<ListedEntry>> listDirectory(const QString &path, const QString &beneath) {
    Q_UNUSED(beneath);  // see copyRegularFile
    // FindFirstFile returns the attributes with each name; QDir passes them on.
    const QDir dir(path);
    if (!dir.isReadable())
        return Error{
            QCoreApplication::translate("Platform", "Cannot read the folder %1: %2").arg(path, lastErrorText())};
    std::vector<ListedEntry> entries;
    for (const QFileInfo &info :
         dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        const EntryType type = info.isSymLink() || info.isJunction() ? EntryType::Symlink
                               : info.isDir()                        ? EntryType::Directory
                               : info.isFile()                       ? EntryType::File
                                                                     : EntryType::Other;
        entries.push_back({info.fileName(), type});
    }
    return entries;
}

Status openRegularFileForReading(const QString &path, QFile &file) {
    // Windows has no O_NOFOLLOW: check for a reparse point, then open.
    const DWORD attributes = GetFileAttributesW(apiPath(path).c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES ||
        (attributes & (FILE_ATTRIBUTE_REPARSE_POINT | FILE_ATTRIBUTE_DIRECTORY)))
        return Error{QCoreApplication::translate("Platform", "%1 is no longer a regular file").arg(path)};
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error{QCoreApplication::translate("Platform", "Cannot read %1: %2").arg(path, file.errorString())};
    return {};
}

Status readFileBlocks(const QString &path, char *buffer, qint64 bufferSize,
                      const std::function<Status(const char *data, qint64 size)> &onBlock) {
    QFile file;
    if (Status opened = openRegularFileForReading(path, file); !opened)
        return opened;
    for (;;) {
        const qint64 n = file.read(buffer, bufferSize);
        if (n < 0)
            return Error{QCoreApplication::translate("Platform", "Cannot read %1: %2").arg(path, file.errorString())};
        if (n == 0)
            return {};
        if (Status taken = onBlock(buffer, n); !taken)
            return taken;
    }
}

Status applyLinkTime(const QString &path, const FileTime &mtime) {
    // FILE_FLAG_OPEN_REPARSE_POINT (in openForMetadata) opens a link itself,
    // so this serves files, folders and links alike.
    HANDLE h = openForMetadata(path, FILE_WRITE_ATTRIBUTES);
    if (h == INVALID_HANDLE_VALUE)
        return Error{QCoreApplication::translate("Platform", "Cannot set the modification time of %1: %2")
                         .arg(path, lastErrorText())};
    const quint64 ticks = windowsTicksFromFileTime(mtime);
    FILETIME ft{DWORD(ticks & 0xffffffff), DWORD(ticks >> 32)};
    const bool ok = SetFileTime(h, nullptr, nullptr, &ft);
    CloseHandle(h);
    if (!ok)
        return Error{QCoreApplication::translate("Platform", "Cannot set the modification time of %1: %2")
                         .arg(path, lastErrorText())};
    return {};
}

Status applyTimesAndMode(const QString &path, const FileTime &mtime, quint32 mode) {
    if (Status timed = applyLinkTime(path, mtime); !timed)
        return timed;
    // Windows keeps only "read-only" of the POSIX mode bits.
    QFile::setPermissions(path, (mode & 0200) ? QFile::permissions(path) | QFile::WriteOwner
                                              : QFile::permissions(path) & ~QFile::WriteOwner);
    return {};
}

std::optional<CopyFailure> copyRegularFile(const QString &source, const QString &target, quint32 mode,
                                           const FileTime &mtime, char *buffer, qint64 bufferSize,
                                           const std::function<Status(const char *data, qint64 size)> &onBlock,
                                           CopiedFile *copied, const QString &beneath) {
    // Windows: the reparse-point check of openRegularFileForReading covers
    // the file itself; its folders are not checked one by one (not built
    // or run by this project's CI).
    Q_UNUSED(beneath);
    using Side = CopyFailure::Side;
    *copied = CopiedFile{};
    QFile in;
    if (Status opened = openRegularFileForReading(source, in); !opened)
        return CopyFailure{Side::Source, opened.errorMessage()};
    const Result<EntryInfo> before = statNoFollow(source);
    if (before) {
        copied->sizeAtOpen = before->size;
        copied->mtimeAtOpen = before->mtime;
    }
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered))
        return CopyFailure{
            Side::Target,
            QCoreApplication::translate("Platform", "cannot create the copy %1: %2").arg(target, out.errorString())};
    auto failAtTarget = [&](const QString &why) {
        out.remove();
        return CopyFailure{Side::Target,
                           QCoreApplication::translate("Platform", "cannot write the copy %1: %2").arg(target, why)};
    };
    for (;;) {
        const qint64 n = in.read(buffer, bufferSize);
        if (n < 0) {
            out.remove();
            return CopyFailure{Side::Source,
                               QCoreApplication::translate("Platform", "reading failed after %1 bytes: %2")
                                   .arg(copied->bytes)
                                   .arg(in.errorString())};
        }
        if (n == 0)
            break;
        if (Status taken = onBlock(buffer, n); !taken) {
            out.remove();
            return CopyFailure{Side::Block, taken.errorMessage()};
        }
        if (out.write(buffer, n) != n)
            return failAtTarget(out.errorString());
        copied->bytes += n;
    }
    const Result<EntryInfo> after = statNoFollow(source);
    copied->changedWhileRead = !before || !after || after->size != before->size || after->size != copied->bytes ||
                               after->mtime != before->mtime;
    out.close();
    if (out.error() != QFileDevice::NoError)
        return failAtTarget(out.errorString());
    if (Status applied = applyTimesAndMode(target, mtime, mode); !applied) {
        QFile::remove(target);
        return CopyFailure{Side::Target, applied.errorMessage()};
    }
    return std::nullopt;
}

Status flushTree(const QString &root) {
    // Windows has no per-volume flush without administrator rights, so each
    // file is flushed in turn, after all of them have been written.
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        HANDLE h = openForMetadata(file, GENERIC_WRITE);
        const bool ok = h != INVALID_HANDLE_VALUE && FlushFileBuffers(h);
        if (h != INVALID_HANDLE_VALUE)
            CloseHandle(h);
        if (!ok)
            return Error{
                QCoreApplication::translate("Platform", "Writing %1 to disk failed: %2").arg(file, lastErrorText())};
    }
    return {};
}

Status syncDirectory(const QString &) {
    return {};  // NTFS journals directory changes itself
}

Status renameReplacing(const QString &from, const QString &to) {
    if (!MoveFileExW(apiPath(from).c_str(), apiPath(to).c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return Error{
            QCoreApplication::translate("Platform", "Cannot rename %1 to %2: %3").arg(from, to, lastErrorText())};
    return {};
}

Status writeFileAtomically(const QString &path, const QByteArray &contents) {
    const QString temp = path + QStringLiteral(".tmp");
    const std::wstring tempName = apiPath(temp);
    // As on POSIX: whatever a killed run (or anyone) left under the
    // temporary name, a link included, is removed, never opened (DeleteFile
    // removes a link itself), and CREATE_NEW then makes a new file, so
    // nothing is written through a link or a junction.
    (void)DeleteFileW(tempName.c_str());
    HANDLE h = CreateFileW(tempName.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW,
                           FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return Error{QCoreApplication::translate("Platform", "Cannot create %1: %2").arg(temp, lastErrorText())};
    // A failed write leaves no temporary file behind.
    const auto failed = [&](const QString &message) -> Status {
        const QString why = lastErrorText();
        CloseHandle(h);
        (void)DeleteFileW(tempName.c_str());
        return Error{message.arg(temp, why)};
    };
    qint64 written = 0;
    while (written < contents.size()) {
        DWORD n = 0;
        const DWORD chunk = DWORD(qMin<qint64>(contents.size() - written, qint64(1) << 30));
        if (!WriteFile(h, contents.constData() + written, chunk, &n, nullptr))
            return failed(QCoreApplication::translate("Platform", "Cannot write %1: %2"));
        written += n;
    }
    if (!FlushFileBuffers(h))
        return failed(QCoreApplication::translate("Platform", "Writing %1 to disk failed: %2"));
    CloseHandle(h);
    if (!MoveFileExW(tempName.c_str(), apiPath(path).c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        const QString why = lastErrorText();
        (void)DeleteFileW(tempName.c_str());
        return Error{QCoreApplication::translate("Platform", "Cannot rename %1 to %2: %3").arg(temp, path, why)};
    }
    return {};
}

// Windows names are UTF-16 already: Qt's own calls keep them as they are.
Status makeDirectory(const QString &path, quint32 mode) {
    if (!QDir().mkdir(path))
        return Error{
            QCoreApplication::translate("Platform", "Cannot create the folder %1: %2").arg(path, lastErrorText())};
    Q_UNUSED(mode);  // Windows keeps no POSIX mode on a folder
    return {};
}

Status makePath(const QString &path) {
    if (!QDir().mkpath(path))
        return Error{
            QCoreApplication::translate("Platform", "Cannot create the folder %1: %2").arg(path, lastErrorText())};
    return {};
}

Status createSymlink(const QString &linkTarget, const QString &path) {
    // A real symbolic link (not the shortcut QFile::link makes); needs the
    // privilege or Developer Mode, else the error says why.
    const DWORD flags = SYMBOLIC_LINK_FLAG_ALLOW_UNPRIVILEGED_CREATE;
    if (!CreateSymbolicLinkW(apiPath(path).c_str(),
                             reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(linkTarget).utf16()), flags))
        return Error{
            QCoreApplication::translate("Platform", "Cannot create the link %1: %2").arg(path, lastErrorText())};
    return {};
}

Status renameNoReplace(const QString &from, const QString &to) {
    // MoveFileEx without MOVEFILE_REPLACE_EXISTING never replaces.
    if (!MoveFileExW(apiPath(from).c_str(), apiPath(to).c_str(), 0))
        return Error{
            QCoreApplication::translate("Platform", "Cannot rename %1 to %2: %3").arg(from, to, lastErrorText())};
    return {};
}

Status removeFile(const QString &path) {
    QFile::setPermissions(path, QFile::permissions(path) | QFile::WriteOwner);
    if (!QFile::remove(path))
        return Error{QCoreApplication::translate("Platform", "Cannot remove %1: %2").arg(path, lastErrorText())};
    return {};
}

Status removeEmptyDirectory(const QString &path) {
    if (!QDir().rmdir(path))
        return Error{
            QCoreApplication::translate("Platform", "Cannot remove the folder %1: %2").arg(path, lastErrorText())};
    return {};
}

Status removeTree(const QString &path) {
    const QFileInfo info(path);
    if (info.isSymLink() || !info.isDir())
        return removeFile(path);
    if (!QDir(path).removeRecursively())
        return Error{
            QCoreApplication::translate("Platform", "Cannot remove the folder %1: %2").arg(path, lastErrorText())};
    return {};
}

Status createHardLink(const QString &existing, const QString &newName) {
    if (!CreateHardLinkW(apiPath(newName).c_str(), apiPath(existing).c_str(), nullptr))
        return Error{
            QCoreApplication::translate("Platform", "Cannot create a hard link %1: %2").arg(newName, lastErrorText())};
    return {};
}

qint64 availableBytes(const QString &path) {
    ULARGE_INTEGER available{};
    // The name of a share needs its closing backslash (\\server\share\); any folder takes one.
    std::wstring folder = apiPath(path);
    if (!folder.empty() && folder.back() != L'\\')
        folder += L'\\';
    if (!GetDiskFreeSpaceExW(folder.c_str(), &available, nullptr, nullptr))
        return -1;
    return qint64(available.QuadPart);
}

bool isProcessAlive(qint64 pid) {
    HANDLE h = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!h)
        return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool alive = GetExitCodeProcess(h, &code) && code == STILL_ACTIVE;
    CloseHandle(h);
    return alive;
}

bool isAdministrator() {
    BOOL member = FALSE;
    SID_IDENTIFIER_AUTHORITY authority = SECURITY_NT_AUTHORITY;
    PSID administrators = nullptr;
    if (AllocateAndInitializeSid(&authority, 2, SECURITY_BUILTIN_DOMAIN_RID, DOMAIN_ALIAS_RID_ADMINS, 0, 0, 0, 0, 0, 0,
                                 &administrators)) {
        CheckTokenMembership(nullptr, administrators, &member);
        FreeSid(administrators);
    }
    return member == TRUE;
}

void installInterruptHandler(void (*onInterrupt)()) {
    g_onInterrupt = onInterrupt;
    SetConsoleCtrlHandler(consoleHandler, TRUE);
}

bool stderrIsTerminal() {
    return _isatty(_fileno(stderr)) != 0;
}

int terminalColumns() {
    CONSOLE_SCREEN_BUFFER_INFO info{};
    if (GetConsoleScreenBufferInfo(GetStdHandle(STD_ERROR_HANDLE), &info))
        return info.srWindow.Right - info.srWindow.Left + 1;
    return 80;
}

QString standardLogDirectory() {
    QString programData = qEnvironmentVariable("ProgramData");
    if (programData.isEmpty())
        programData = QStringLiteral("C:/ProgramData");
    return QDir::fromNativeSeparators(programData) + QStringLiteral("/Lync Backup Wizard/Logs");
}

void writeSystemEvent(const QString &source, bool isError, const QString &text) {
    // Without a registered message file the Event Viewer prefixes the text
    // with a note that the description was not found; the text itself is
    // still there in full, which is what an administrator searches for.
    HANDLE log = RegisterEventSourceW(nullptr, reinterpret_cast<LPCWSTR>(source.utf16()));
    if (!log)
        return;
    const std::wstring message = text.toStdWString();
    LPCWSTR strings[] = {message.c_str()};
    ReportEventW(log, WORD(isError ? EVENTLOG_ERROR_TYPE : EVENTLOG_INFORMATION_TYPE), 0, 1000, nullptr, 1, 0, strings,
                 nullptr);
    DeregisterEventSource(log);
}

}  // namespace lbw::platform
