#pragma once
// manifest.json: everything a later verify or restore needs to know about a
// set, written last (with SHA256SUMS) just before the set is committed.

#include "backupset/Deployment.h"
#include "recovery/HostFacts.h"
#include "util/FileTime.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace lbw {

enum class ItemStatus { Ok, CompletedWithErrors, Failed, Cancelled };
QString itemStatusKey(ItemStatus status);  // stable key written to JSON
ItemStatus itemStatusFromKey(const QString &key);
QString itemStatusText(ItemStatus status);  // translated, for people

struct FileEntry {
    enum class Type { File, Directory, Symlink };
    QString path;  // relative to the set folder, '/'-separated
    QString item;  // name of the item it belongs to
    Type type = Type::File;
    qint64 size = 0;
    FileTime mtime;
    quint32 mode = 0;
    QByteArray sha256;   // files only, lower-case hex
    QString linkTarget;  // symlinks only, as read from the source
    // Files only: the source's change time (ctime), which a later run
    // compares to find unchanged files; 0 where not recorded (format 1,
    // Windows). Never restored: no system lets it be set.
    FileTime ctime;
};

struct ItemIssue {
    QString path;     // relative to the item's source; empty for the item itself
    QString message;  // translated
};

struct ManifestItem {
    QString kind;  // "filestore", "sqlite", ...
    QString name;
    QString source;   // where the data came from, as the plan names it
    QString setPath;  // where it is in the set ("filestores/<name>", ...)
    ItemStatus status = ItemStatus::Ok;
    QList<ItemIssue> errors;
    QList<ItemIssue> skipped;
    qint64 bytes = 0;
    qint64 files = 0;
    QJsonObject details;  // kind-specific facts (SQLite version, page count, ...)
};

// Format 2: what the manifest says of its `entries` file.
struct EntriesSummary {
    qint64 count = 0;  // lines
    qint64 bytes = 0;  // size of the file
    QByteArray sha256;
};

struct Manifest {
    // 1: the file list inside manifest.json. 2: a small manifest.json and
    // the file list in `entries` (FORMAT.md). Both are read; 2 is written.
    static constexpr int kFormatVersion = 2;

    int formatVersion = kFormatVersion;
    QString toolVersion;
    QString setName;
    QDateTime startedUtc;
    QDateTime finishedUtc;
    HostFacts host;
    QJsonObject plan;
    Deployment deployment;  // empty when the plan named no topology
    QList<ManifestItem> items;
    std::vector<FileEntry> files;  // sorted by path when written in format 2
    EntriesSummary entries;        // format 2

    bool hasErrors() const;
    // manifest.json: in format 1 with every file, in format 2 without them.
    QByteArray toJson() const;
    // Parses and checks a manifest read from disk: every path must be a safe
    // relative path, unique, and every file must carry a valid digest. In
    // format 2 the files are not in it: load() reads them from `entries`.
    static Result<Manifest> fromJson(const QByteArray &json);
    // The manifest with its whole file list (format 1 or 2).
    static Result<Manifest> load(const QString &setDir);
    // The manifest without the file list where the format allows (format 2):
    // header, host, plan, items and their totals; for listing sets.
    static Result<Manifest> loadHeader(const QString &setDir);
    // Format 2: sorts the files, writes `entries`, then manifest.json.
    Status save(const QString &setDir);
    // Format 2: writes manifest.json alone, for a set whose `entries` was
    // written as the run went (its summary is in `entries`).
    Status saveHeader(const QString &setDir);
};

// "2026-11-24T03:15:00.123456789Z", and back.
QString formatUtcTime(const FileTime &time);
std::optional<FileTime> parseUtcTime(const QString &text);

}  // namespace lbw
