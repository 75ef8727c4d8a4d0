#include "platform/Platform.h"

#include "util/NameBytes.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <dirent.h>
#include <cstring>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <linux/openat2.h>
#include <unistd.h>

#include <utility>

namespace lbw::platform {
namespace {

QString errnoText(int err) {
    return QString::fromLocal8Bit(std::strerror(err));
}

class Fd {
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    int release() { return std::exchange(m_fd, -1); }

private:
    int m_fd;
};

// Opens `path`; below `beneath` (when it names a folder above it) without
// following any symbolic link, in the last component or any folder.
int openNoLinkBeneath(const QString &path, const QString &beneath, int flags) {
    if (beneath.isEmpty() || !path.startsWith(beneath + QLatin1Char('/')))
        return ::open(nameToBytes(path).constData(), flags);
    Fd root(::open(nameToBytes(beneath).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC));
    if (root.get() < 0)
        return -1;
    const QByteArray relative = nameToBytes(path.mid(beneath.size() + 1));
#ifdef SYS_openat2
    struct open_how how {};
    how.flags = quint64(flags);
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
    const long opened = ::syscall(SYS_openat2, root.get(), relative.constData(), &how, sizeof how);
    // ENOSYS: a kernel before 5.6; EPERM: a sandbox that filters the call.
    if (opened >= 0 || (errno != ENOSYS && errno != EPERM))
        return int(opened);
#endif
    const QList<QByteArray> parts = relative.split('/');
    int dir = ::dup(root.get());
    for (qsizetype i = 0; i + 1 < parts.size() && dir >= 0; ++i) {
        const int next = ::openat(dir, parts[i].constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        const int err = errno;
        ::close(dir);
        errno = err;
        dir = next;
    }
    if (dir < 0)
        return -1;
    const int fd = ::openat(dir, parts.last().constData(), flags);
    const int err = errno;
    ::close(dir);
    errno = err;
    return fd;
}

void (*g_onInterrupt)() = nullptr;

extern "C" void handleSignal(int) {
    if (g_onInterrupt)
        g_onInterrupt();
}

}  // namespace

Result<EntryInfo> statNoFollow(const QString &path) {
    struct stat st {};
    if (::lstat(nameToBytes(path).constData(), &st) != 0)
        return Error{QCoreApplication::translate("Platform", "Cannot read the properties of %1: %2")
                         .arg(path, errnoText(errno))};
    EntryInfo info;
    if (S_ISREG(st.st_mode))
        info.type = EntryType::File;
    else if (S_ISDIR(st.st_mode))
        info.type = EntryType::Directory;
    else if (S_ISLNK(st.st_mode))
        info.type = EntryType::Symlink;
    info.size = st.st_size;
    info.mtime = FileTime{qint64(st.st_mtim.tv_sec), qint32(st.st_mtim.tv_nsec)};
    info.changeTime = FileTime{qint64(st.st_ctim.tv_sec), qint32(st.st_ctim.tv_nsec)};
    info.linkCount = qint64(st.st_nlink);
    info.mode = st.st_mode & 07777;
    if (info.type == EntryType::Symlink) {
        QByteArray buffer(qMax<qint64>(st.st_size, 255) + 1, '\0');
        const ssize_t n = ::readlink(nameToBytes(path).constData(), buffer.data(), size_t(buffer.size()));
        if (n < 0)
            return Error{
                QCoreApplication::translate("Platform", "Cannot read the link %1: %2").arg(path, errnoText(errno))};
        info.linkTarget = nameFromBytes(buffer.left(n));
    }
    return info;
}

Result<std::vector<ListedEntry>> listDirectory(const QString &path, const QString &beneath) {
    DIR *dir = nullptr;
    if (beneath.isEmpty() || path == beneath) {
        dir = ::opendir(nameToBytes(path).constData());
    } else if (const int fd = openNoLinkBeneath(path, beneath, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
               fd >= 0) {
        dir = ::fdopendir(fd);
        if (!dir)
            ::close(fd);
    }
    if (!dir)
        return Error{
            QCoreApplication::translate("Platform", "Cannot read the folder %1: %2").arg(path, errnoText(errno))};
    std::vector<ListedEntry> entries;
    errno = 0;
    while (const dirent *entry = ::readdir(dir)) {
        const char *name = entry->d_name;
        if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
            continue;
        EntryType type = EntryType::Other;
        if (entry->d_type == DT_REG)
            type = EntryType::File;
        else if (entry->d_type == DT_DIR)
            type = EntryType::Directory;
        else if (entry->d_type == DT_LNK)
            type = EntryType::Symlink;
        entries.push_back({nameFromBytes(name), type});
    }
    const int err = errno;
    ::closedir(dir);
    if (err != 0)
        return Error{
            QCoreApplication::translate("Platform", "Cannot read the folder %1: %2").arg(path, errnoText(err))};
    return entries;
}

Status openRegularFileForReading(const QString &path, QFile &file) {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is cleared
    // again once the descriptor is known to be a regular file.
    const int fd = ::open(nameToBytes(path).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ELOOP)
            return Error{
                QCoreApplication::translate("Platform", "%1 became a symbolic link; it is not followed").arg(path)};
        return Error{QCoreApplication::translate("Platform", "Cannot read %1: %2").arg(path, errnoText(errno))};
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return Error{QCoreApplication::translate("Platform", "%1 is no longer a regular file").arg(path)};
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!file.open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Error{QCoreApplication::translate("Platform", "Cannot read %1: %2").arg(path, file.errorString())};
    }
    return {};
}

Status readFileBlocks(const QString &path, char *buffer, qint64 bufferSize,
                      const std::function<Status(const char *data, qint64 size)> &onBlock) {
    // O_NONBLOCK: a FIFO put in place of the file must not block the open;
    // its read then fails (EAGAIN) or ends at once instead of waiting.
    const int fd = ::open(nameToBytes(path).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return Error{QCoreApplication::translate("Platform", "Cannot read %1: %2").arg(path, errnoText(errno))};
    Status result;
    for (;;) {
        const ssize_t n = ::read(fd, buffer, size_t(bufferSize));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            result = Error{QCoreApplication::translate("Platform", "Cannot read %1: %2").arg(path, errnoText(errno))};
            break;
        }
        if (n == 0)
            break;
        if (result = onBlock(buffer, qint64(n)); !result)
            break;
    }
    ::close(fd);
    return result;
}

std::optional<CopyFailure> copyRegularFile(const QString &source, const QString &target, quint32 mode,
                                           const FileTime &mtime, char *buffer, qint64 bufferSize,
                                           const std::function<Status(const char *data, qint64 size)> &onBlock,
                                           CopiedFile *copied, const QString &beneath) {
    using Side = CopyFailure::Side;
    *copied = CopiedFile{};
    // O_NONBLOCK: a FIFO swapped in for the file must not block the open. It
    // changes nothing for a regular file, so it is never cleared.
    Fd in(openNoLinkBeneath(source, beneath, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    if (in.get() < 0) {
        if (errno == ELOOP)
            return CopyFailure{
                Side::Source, QCoreApplication::translate(
                                  "Platform", "%1, or a folder on its path, became a symbolic link; it is not followed")
                                  .arg(source)};
        return CopyFailure{Side::Source,
                           QCoreApplication::translate("Platform", "Cannot read %1: %2").arg(source, errnoText(errno))};
    }
    struct stat st {};
    if (::fstat(in.get(), &st) != 0 || !S_ISREG(st.st_mode))
        return CopyFailure{Side::Source,
                           QCoreApplication::translate("Platform", "%1 is no longer a regular file").arg(source)};
    copied->sizeAtOpen = qint64(st.st_size);
    copied->mtimeAtOpen = FileTime{qint64(st.st_mtim.tv_sec), qint32(st.st_mtim.tv_nsec)};
    copied->changeTimeAtOpen = FileTime{qint64(st.st_ctim.tv_sec), qint32(st.st_ctim.tv_nsec)};
    const QByteArray targetName = nameToBytes(target);
    Fd out(::open(targetName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (out.get() < 0)
        return CopyFailure{
            Side::Target,
            QCoreApplication::translate("Platform", "cannot create the copy %1: %2").arg(target, errnoText(errno))};
    auto failAtTarget = [&](int err) {
        ::unlink(targetName.constData());
        return CopyFailure{
            Side::Target,
            QCoreApplication::translate("Platform", "cannot write the copy %1: %2").arg(target, errnoText(err))};
    };
    for (;;) {
        const ssize_t n = ::read(in.get(), buffer, size_t(bufferSize));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            ::unlink(targetName.constData());
            return CopyFailure{Side::Source,
                               QCoreApplication::translate("Platform", "reading failed after %1 bytes: %2")
                                   .arg(copied->bytes)
                                   .arg(errnoText(err))};
        }
        if (n == 0)
            break;
        if (Status taken = onBlock(buffer, qint64(n)); !taken) {
            ::unlink(targetName.constData());
            return CopyFailure{Side::Block, taken.errorMessage()};
        }
        for (ssize_t written = 0; written < n;) {
            const ssize_t w = ::write(out.get(), buffer + written, size_t(n - written));
            if (w < 0 && errno == EINTR)
                continue;
            if (w < 0)
                return failAtTarget(errno);
            written += w;
        }
        copied->bytes += n;
        // A short read at the size fstat gave is the end of a regular file:
        // a small file takes one read, not two. A file that grew meanwhile
        // is copied as it was when opened.
        if (n < bufferSize && copied->bytes == qint64(st.st_size))
            break;
    }
    struct stat after {};
    copied->changedWhileRead = ::fstat(in.get(), &after) != 0 || after.st_size != st.st_size ||
                               after.st_size != copied->bytes || after.st_mtim.tv_sec != st.st_mtim.tv_sec ||
                               after.st_mtim.tv_nsec != st.st_mtim.tv_nsec ||
                               after.st_ctim.tv_sec != st.st_ctim.tv_sec || after.st_ctim.tv_nsec != st.st_ctim.tv_nsec;
    struct timespec times[2];
    times[0].tv_sec = 0;
    times[0].tv_nsec = UTIME_OMIT;
    times[1].tv_sec = time_t(mtime.seconds);
    times[1].tv_nsec = long(mtime.nanoseconds);
    if (::fchmod(out.get(), mode & 07777) != 0 || ::futimens(out.get(), times) != 0)
        return failAtTarget(errno);
    // close() reports write errors that a network file system keeps until then.
    const int closing = out.release();
    if (::close(closing) != 0)
        return failAtTarget(errno);
    return std::nullopt;
}

Status applyTimesAndMode(const QString &path, const FileTime &mtime, quint32 mode) {
    const QByteArray native = nameToBytes(path);
    if (::chmod(native.constData(), mode & 07777) != 0)
        return Error{QCoreApplication::translate("Platform", "Cannot set the permissions of %1: %2")
                         .arg(path, errnoText(errno))};
    struct timespec times[2];
    times[0].tv_sec = 0;
    times[0].tv_nsec = UTIME_OMIT;
    times[1].tv_sec = time_t(mtime.seconds);
    times[1].tv_nsec = long(mtime.nanoseconds);
    if (::utimensat(AT_FDCWD, native.constData(), times, AT_SYMLINK_NOFOLLOW) != 0)
        return Error{QCoreApplication::translate("Platform", "Cannot set the modification time of %1: %2")
                         .arg(path, errnoText(errno))};
    return {};
}

Status applyLinkTime(const QString &path, const FileTime &mtime) {
    struct timespec times[2];
    times[0].tv_sec = 0;
    times[0].tv_nsec = UTIME_OMIT;
    times[1].tv_sec = time_t(mtime.seconds);
    times[1].tv_nsec = long(mtime.nanoseconds);
    if (::utimensat(AT_FDCWD, nameToBytes(path).constData(), times, AT_SYMLINK_NOFOLLOW) != 0)
        return Error{QCoreApplication::translate("Platform", "Cannot set the modification time of %1: %2")
                         .arg(path, errnoText(errno))};
    return {};
}

Status flushTree(const QString &root) {
#ifdef __linux__
    // One syncfs() writes back every dirty page and inode of the file system
    // holding the set, and (since Linux 5.8) reports any write-back error
    // that happened since the descriptor was opened. An fsync per file would
    // cost a journal commit per file; on these disks that is ~10x slower for
    // a store of many small files and buys nothing more, because the set is
    // only renamed to its final name after this call has succeeded.
    Fd fd(::open(nameToBytes(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0)
        return Error{QCoreApplication::translate("Platform", "Cannot open %1 to flush it to disk: %2")
                         .arg(root, errnoText(errno))};
    if (::syncfs(fd.get()) != 0)
        return Error{
            QCoreApplication::translate("Platform", "Writing %1 to disk failed: %2").arg(root, errnoText(errno))};
    return {};
#else
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        Fd fd(::open(nameToBytes(file).constData(), O_RDONLY | O_CLOEXEC));
        if (fd.get() < 0 || ::fsync(fd.get()) != 0)
            return Error{
                QCoreApplication::translate("Platform", "Writing %1 to disk failed: %2").arg(file, errnoText(errno))};
    }
    return syncDirectory(root);
#endif
}

Status syncDirectory(const QString &dir) {
    Fd fd(::open(nameToBytes(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0)
        return Error{
            QCoreApplication::translate("Platform", "Cannot open the folder %1: %2").arg(dir, errnoText(errno))};
    if (::fsync(fd.get()) != 0)
        return Error{QCoreApplication::translate("Platform", "Writing the folder %1 to disk failed: %2")
                         .arg(dir, errnoText(errno))};
    return {};
}

Status renameReplacing(const QString &from, const QString &to) {
    if (::rename(nameToBytes(from).constData(), nameToBytes(to).constData()) != 0)
        return Error{
            QCoreApplication::translate("Platform", "Cannot rename %1 to %2: %3").arg(from, to, errnoText(errno))};
    return {};
}

Status writeFileAtomically(const QString &path, const QByteArray &contents) {
    const QString temp = path + QStringLiteral(".tmp");
    const QByteArray tempName = nameToBytes(temp);
    // Whatever a killed run (or anyone) left under the temporary name, a
    // FIFO or a link included, is removed, never opened: O_EXCL then
    // creates a new regular file.
    (void)::unlink(tempName.constData());
    const auto failed = [&](const QString &message) -> Status {
        const int err = errno;
        (void)::unlink(tempName.constData());
        return Error{message.arg(temp, errnoText(err))};
    };
    {
        Fd fd(::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
        if (fd.get() < 0)
            return Error{QCoreApplication::translate("Platform", "Cannot create %1: %2").arg(temp, errnoText(errno))};
        qint64 written = 0;
        while (written < contents.size()) {
            const ssize_t n = ::write(fd.get(), contents.constData() + written, size_t(contents.size() - written));
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                return failed(QCoreApplication::translate("Platform", "Cannot write %1: %2"));
            }
            written += n;
        }
        if (::fsync(fd.get()) != 0)
            return failed(QCoreApplication::translate("Platform", "Writing %1 to disk failed: %2"));
    }
    if (Status renamed = renameReplacing(temp, path); !renamed) {
        (void)::unlink(tempName.constData());
        return renamed;
    }
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    return syncDirectory(slash > 0 ? path.left(slash) : QStringLiteral("."));
}

Status makeDirectory(const QString &path, quint32 mode) {
    if (::mkdir(nameToBytes(path).constData(), mode & 07777) != 0)
        return Error{
            QCoreApplication::translate("Platform", "Cannot create the folder %1: %2").arg(path, errnoText(errno))};
    // mkdir applies the umask; the mode asked for is the mode wanted.
    if (::chmod(nameToBytes(path).constData(), mode & 07777) != 0)
        return Error{QCoreApplication::translate("Platform", "Cannot set the permissions of %1: %2")
                         .arg(path, errnoText(errno))};
    return {};
}

Status makePath(const QString &path) {
    const QByteArray native = nameToBytes(path);
    struct stat st {};
    if (::lstat(native.constData(), &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return {};
        return Error{
            QCoreApplication::translate("Platform", "Cannot create the folder %1: %2").arg(path, errnoText(EEXIST))};
    }
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    if (slash > 0)
        if (Status parent = makePath(path.left(slash)); !parent)
            return parent;
    if (::mkdir(native.constData(), 0777) != 0 && errno != EEXIST)
        return Error{
            QCoreApplication::translate("Platform", "Cannot create the folder %1: %2").arg(path, errnoText(errno))};
    return {};
}

Status createSymlink(const QString &linkTarget, const QString &path) {
    if (::symlink(nameToBytes(linkTarget).constData(), nameToBytes(path).constData()) != 0)
        return Error{
            QCoreApplication::translate("Platform", "Cannot create the link %1: %2").arg(path, errnoText(errno))};
    return {};
}

Status renameNoReplace(const QString &from, const QString &to) {
    const QByteArray source = nameToBytes(from);
    const QByteArray target = nameToBytes(to);
#ifdef RENAME_NOREPLACE
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) == 0)
        return {};
    if (errno != EINVAL && errno != ENOSYS)
        return Error{
            QCoreApplication::translate("Platform", "Cannot rename %1 to %2: %3").arg(from, to, errnoText(errno))};
#endif
    // A file system without RENAME_NOREPLACE (some network shares): look
    // first. Only a writer racing this very call could slip in between.
    struct stat st {};
    if (::lstat(target.constData(), &st) == 0)
        return Error{
            QCoreApplication::translate("Platform", "Cannot rename %1 to %2: %3").arg(from, to, errnoText(EEXIST))};
    if (::rename(source.constData(), target.constData()) != 0)
        return Error{
            QCoreApplication::translate("Platform", "Cannot rename %1 to %2: %3").arg(from, to, errnoText(errno))};
    return {};
}

Status removeFile(const QString &path) {
    if (::unlink(nameToBytes(path).constData()) != 0)
        return Error{QCoreApplication::translate("Platform", "Cannot remove %1: %2").arg(path, errnoText(errno))};
    return {};
}

Status removeEmptyDirectory(const QString &path) {
    if (::rmdir(nameToBytes(path).constData()) != 0)
        return Error{
            QCoreApplication::translate("Platform", "Cannot remove the folder %1: %2").arg(path, errnoText(errno))};
    return {};
}

namespace {

// Removes `path` and everything below it, never following a link below `top`.
Status removeTreeBeneath(const QString &path, const QString &top) {
    const Result<EntryInfo> info = statNoFollow(path);
    if (!info)
        return info.error();
    if (info->type != EntryType::Directory)
        return removeFile(path);
    // An owner-only folder of the set (0500 after a commit) must be
    // writable to empty it.
    (void)::chmod(nameToBytes(path).constData(), (info->mode | 0700) & 07777);
    Result<std::vector<ListedEntry>> entries = listDirectory(path, top);
    if (!entries)
        return entries.error();
    for (const ListedEntry &entry : *entries)
        if (Status removed = removeTreeBeneath(path + QLatin1Char('/') + entry.name, top); !removed)
            return removed;
    return removeEmptyDirectory(path);
}

}  // namespace

Status removeTree(const QString &path) {
    return removeTreeBeneath(path, path);
}

Status createHardLink(const QString &existing, const QString &newName) {
    if (::link(nameToBytes(existing).constData(), nameToBytes(newName).constData()) != 0)
        return Error{
            QCoreApplication::translate("Platform", "Cannot create a hard link %1: %2").arg(newName, errnoText(errno))};
    return {};
}

qint64 availableBytes(const QString &path) {
    struct statvfs st {};
    if (::statvfs(nameToBytes(path).constData(), &st) != 0)
        return -1;
    return qint64(st.f_bavail) * qint64(st.f_frsize);
}

bool isProcessAlive(qint64 pid) {
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

bool isAdministrator() {
    return ::geteuid() == 0;
}

void installInterruptHandler(void (*onInterrupt)()) {
    g_onInterrupt = onInterrupt;
    struct sigaction sa {};
    sa.sa_handler = handleSignal;
    sigemptyset(&sa.sa_mask);
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);
}

bool stderrIsTerminal() {
    return ::isatty(STDERR_FILENO) == 1;
}

int terminalColumns() {
    struct winsize ws {};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return 80;
}

QString standardLogDirectory() {
    if (::geteuid() == 0)
        return QStringLiteral("/var/log/lync-backup");
    const QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (!state.isEmpty() && state.startsWith(QLatin1Char('/')))
        return state + QStringLiteral("/lync-backup");
    return QDir::homePath() + QStringLiteral("/.local/state/lync-backup");
}

void writeSystemEvent(const QString &source, bool isError, const QString &text) {
    Q_UNUSED(source);
    Q_UNUSED(isError);
    Q_UNUSED(text);
}

}  // namespace lbw::platform
