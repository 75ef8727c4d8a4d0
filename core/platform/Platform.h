#pragma once
// The one small layer that holds POSIX- and Win32-only calls. Everything
// else in the project uses Qt; what Qt 6.4 cannot do (nanosecond mtimes,
// raw symlink targets, flushing a whole file system at once, asking whether
// a PID is alive) lives here, with one implementation per platform.

#include "util/FileTime.h"
#include "util/Result.h"

#include <QFile>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace lbw::platform {

enum class EntryType { File, Directory, Symlink, Other };

// The longest path the system opens, in bytes of the name (PATH_MAX less
// its NUL on POSIX; with the \\?\ prefix on Windows).
#ifdef Q_OS_WIN
constexpr qsizetype kMaxPathBytes = 32767;
#else
constexpr qsizetype kMaxPathBytes = 4095;
#endif

struct EntryInfo {
    EntryType type = EntryType::Other;
    qint64 size = 0;
    FileTime mtime;
    quint32 mode = 0;  // permission bits (07777); 0 where the OS has none
    // Status change time (POSIX ctime): moves on every write, chmod or
    // rename, and cannot be set back by hand as mtime can. Null where not known.
    FileTime changeTime;
    // Names the file has (hard links); 1 where the OS does not say.
    qint64 linkCount = 1;
    QString linkTarget;  // raw target text for symlinks, never resolved
};

// One entry of a folder listing, with the type the folder itself records
// (readdir's d_type): Other when the file system does not say.
struct ListedEntry {
    QString name;
    EntryType type = EntryType::Other;
};

// The entries of a folder, without "." and "..", unsorted; no stat per
// entry, so a cold listing of a folder of many files costs one read.
// With `beneath` (a folder above `path`), no symbolic link between the two
// is followed, as copyRegularFile does: a folder swapped for a link lists
// nothing from outside.
Result<std::vector<ListedEntry>> listDirectory(const QString &path, const QString &beneath = {});

// lstat(): describes the entry itself, never what a symlink points at.
Result<EntryInfo> statNoFollow(const QString &path);

// Opens `path` for reading only if it is, at the moment of opening, a
// regular file reached without following a symlink: a file swapped for a
// link (out of the store) or a pipe (which would block) after the scan is
// refused instead of read.
Status openRegularFileForReading(const QString &path, QFile &file);

// Reads a file from start to end into `buffer`, handing each block to
// `onBlock` (whose error stops the read), never through a symlink. The fast
// path of verifying millions of small files: one open, the reads, one
// close, where QFile adds two stat calls per file.
Status readFileBlocks(const QString &path, char *buffer, qint64 bufferSize,
                      const std::function<Status(const char *data, qint64 size)> &onBlock);

// Why copyRegularFile stopped. A source that cannot be read (or is no
// longer a regular file) costs that one file; a target that cannot be
// written (disk full, no permission) means nothing more can be written.
struct CopyFailure {
    enum class Side { Source, Target, Block };
    Side side = Side::Source;
    QString message;  // translated; Block: what onBlock returned
};

// What copyRegularFile read. The source is compared as tar does: its size,
// modification and change times when it was opened and again after the
// last block was read. A file written to meanwhile is still stored exactly
// as read (the digest describes those bytes), but it may mix old and new
// contents, and the caller says so.
struct CopiedFile {
    qint64 bytes = 0;
    FileTime mtimeAtOpen;
    FileTime changeTimeAtOpen;
    qint64 sizeAtOpen = 0;
    bool changedWhileRead = false;
};

// Copies `source`, if it is a regular file reached without following a
// symlink at the moment it is opened, into the new file `target` (never
// replacing one), hands every block it read to `onBlock` (hashing,
// progress, cancelling) before writing it, and gives the copy `mode` and
// `mtime` through its descriptor. On success `*copied` describes what was
// read. A failure leaves no target behind. The fast path of copying
// millions of small files: one open on each side, one fstat, one read for a
// file smaller than the buffer, no path looked up twice.
//
// With `beneath` (a folder above `source`), no symbolic link is followed
// anywhere between it and the file: a folder of a store swapped for a link
// during a backup cannot lead the read outside the store (openat2 with
// RESOLVE_BENEATH on Linux, else openat one component at a time).
std::optional<CopyFailure> copyRegularFile(const QString &source, const QString &target, quint32 mode,
                                           const FileTime &mtime, char *buffer, qint64 bufferSize,
                                           const std::function<Status(const char *data, qint64 size)> &onBlock,
                                           CopiedFile *copied, const QString &beneath = {});

// Sets modification time and permission bits of a file or folder.
Status applyTimesAndMode(const QString &path, const FileTime &mtime, quint32 mode);

// Sets the modification time of a symlink itself (never of what it names).
Status applyLinkTime(const QString &path, const FileTime &mtime);

// Makes everything written below `root` durable. On Linux this is a single
// syncfs() on the file system that holds root: one flush for the whole set
// instead of an fsync per file. Elsewhere each file is flushed in turn.
Status flushTree(const QString &root);

// fsync() of a folder, so a rename or a new entry inside it is durable.
Status syncDirectory(const QString &dir);

// rename() that replaces an existing file at `to` atomically (Qt's rename
// refuses to overwrite).
Status renameReplacing(const QString &from, const QString &to);

// Durable, atomic replacement of a small file: temp + flush + rename.
Status writeFileAtomically(const QString &path, const QByteArray &contents);

// Creates the folder `path` with the permission bits `mode`; its parent
// must exist, and an existing entry of that name is an error.
Status makeDirectory(const QString &path, quint32 mode);

// Creates `path` and every missing folder above it (mkdir -p).
Status makePath(const QString &path);

// A symbolic link at `path` holding the text `linkTarget`, never resolved.
Status createSymlink(const QString &linkTarget, const QString &path);

// rename() that never replaces an entry that exists at `to`.
Status renameNoReplace(const QString &from, const QString &to);

// Removes a file or a link (never what a link points at).
Status removeFile(const QString &path);

// Removes a folder only if it is empty, so it can never delete data.
Status removeEmptyDirectory(const QString &path);

// Removes `path` and everything below it; a link is removed, never
// followed.
Status removeTree(const QString &path);

// A second name for an existing file (a hard link), on the same file system.
Status createHardLink(const QString &existing, const QString &newName);

// Bytes this user may still write on the file system holding `path`
// (statvfs / GetDiskFreeSpaceEx: unlike QStorageInfo it needs no mount
// table, so it also works in containers and chroots). -1 when unknown.
qint64 availableBytes(const QString &path);

bool isProcessAlive(qint64 pid);

// Root on POSIX, an elevated administrator on Windows: where system-wide
// schedules (/etc/systemd/system, a task for another account) may be made.
bool isAdministrator();

// Installs a handler for Ctrl+C / SIGINT / SIGTERM that calls `onInterrupt`
// once (from a signal context: it must only set an atomic flag).
void installInterruptHandler(void (*onInterrupt)());

bool stderrIsTerminal();
int terminalColumns();  // of the terminal on stderr

// Where the product keeps its own log, the place an administrator of the
// platform looks first: /var/log/lync-backup as root, else
// $XDG_STATE_HOME/lync-backup (~/.local/state/lync-backup); on Windows
// %ProgramData%\Lync Backup Wizard\Logs.
QString standardLogDirectory();

// One entry in the system's own event log, under `source`: the Application
// event log on Windows (written, not run by this project's CI). Elsewhere
// the product's log file is that place, and this does nothing.
void writeSystemEvent(const QString &source, bool isError, const QString &text);

}  // namespace lbw::platform
