#pragma once
// manifest.json: everything a later verify or restore needs to know about a
// set, written last (with SHA256SUMS) just before the set is committed.

#include "backupset/Deployment.h"
#include "recovery/HostFacts.h"
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
    qint64 mtimeNs = 0;
    quint32 mode = 0;
    QByteArray sha256;   // files only, lower-case hex
    QString linkTarget;  // symlinks only, as read from the source
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


struct Manifest {
    static constexpr int kFormatVersion = 1;

    int formatVersion = kFormatVersion;
    QString toolVersion;
    QString setName;
    QDateTime startedUtc;
    QDateTime finishedUtc;
    HostFacts host;
    QJsonObject plan;
    Deployment deployment;  // empty when the plan named no topology
    QList<ManifestItem> items;
    std::vector<FileEntry> files;

    bool hasErrors() const;
    QByteArray toJson() const;
    // Parses and checks a manifest read from disk: every path must be a safe
    // relative path, unique, and every file must carry a valid digest.
    static Result<Manifest> fromJson(const QByteArray &json);
    static Result<Manifest> load(const QString &setDir);
};

// "2026-11-24T03:15:00.123456789Z", and back.
QString formatUtcNs(qint64 ns);
std::optional<qint64> parseUtcNs(const QString &text);

}  // namespace lbw
