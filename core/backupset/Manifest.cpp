#include "backupset/Manifest.h"

#include "backupset/EntriesFile.h"
#include "backupset/FileListReader.h"
#include "backupset/SetLayout.h"
#include "backupset/SetPath.h"
#include "platform/Platform.h"
#include "model/BackupPlan.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace lbw {
namespace {

const char *typeKey(FileEntry::Type type) {
    switch (type) {
        case FileEntry::Type::File:
            return "file";
        case FileEntry::Type::Directory:
            return "dir";
        case FileEntry::Type::Symlink:
            return "symlink";
    }
    return "file";
}

QJsonArray issuesToJson(const QList<ItemIssue> &issues) {
    QJsonArray array;
    for (const ItemIssue &issue : issues)
        array.append(QJsonObject{{QStringLiteral("path"), issue.path}, {QStringLiteral("message"), issue.message}});
    return array;
}

QList<ItemIssue> issuesFromJson(const QJsonArray &array) {
    QList<ItemIssue> issues;
    for (const QJsonValue &value : array)
        issues.append({value[QLatin1String("path")].toString(), value[QLatin1String("message")].toString()});
    return issues;
}

Result<FileEntry> fileFromJson(const QJsonObject &value) {
    FileEntry file;
    file.path = value[QLatin1String("path")].toString();
    file.item = value[QLatin1String("item")].toString();
    const QString type = value[QLatin1String("type")].toString();
    if (type == QLatin1String("file"))
        file.type = FileEntry::Type::File;
    else if (type == QLatin1String("dir"))
        file.type = FileEntry::Type::Directory;
    else if (type == QLatin1String("symlink"))
        file.type = FileEntry::Type::Symlink;
    else
        return Error{QCoreApplication::translate("Manifest", "The manifest gives \"%1\" the unknown type \"%2\".")
                         .arg(file.path, type)};
    const std::optional<FileTime> mtime = parseUtcTime(value[QLatin1String("mtime")].toString());
    if (!mtime)
        return Error{QCoreApplication::translate("Manifest", "The manifest gives \"%1\" an invalid modification time.")
                         .arg(file.path)};
    file.mtime = *mtime;
    bool modeOk = false;
    file.mode = value[QLatin1String("mode")].toString().toUInt(&modeOk, 8);
    if (!modeOk || file.mode > 07777)
        return Error{
            QCoreApplication::translate("Manifest", "The manifest gives \"%1\" an invalid mode.").arg(file.path)};
    if (file.type == FileEntry::Type::File) {
        const QJsonValue size = value[QLatin1String("size")];
        // JSON numbers are doubles: anything past 2^53 cannot be a real size.
        if (!size.isDouble() || size.toDouble() < 0 || size.toDouble() > 9007199254740992.0)
            return Error{
                QCoreApplication::translate("Manifest", "The manifest gives \"%1\" an invalid size.").arg(file.path)};
        file.size = size.toInteger();
        file.sha256 = value[QLatin1String("sha256")].toString().toLatin1();
        if (!isSha256Hex(file.sha256))
            return Error{QCoreApplication::translate("Manifest", "The manifest gives \"%1\" an invalid SHA-256 digest.")
                             .arg(file.path)};
    } else if (file.type == FileEntry::Type::Symlink) {
        file.linkTarget = value[QLatin1String("target")].toString();
    }
    return file;
}

// Format 1 keeps the file list inside manifest.json.
QJsonArray filesToJson(const std::vector<FileEntry> &files) {
    QJsonArray fileArray;
    for (const FileEntry &file : files) {
        QJsonObject entry{{QStringLiteral("path"), file.path},
                          {QStringLiteral("item"), file.item},
                          {QStringLiteral("type"), QLatin1String(typeKey(file.type))},
                          {QStringLiteral("mtime"), formatUtcTime(file.mtime)},
                          {QStringLiteral("mode"), QStringLiteral("%1").arg(file.mode, 4, 8, QLatin1Char('0'))}};
        if (file.type == FileEntry::Type::File) {
            entry.insert(QStringLiteral("size"), file.size);
            entry.insert(QStringLiteral("sha256"), QString::fromLatin1(file.sha256));
        } else if (file.type == FileEntry::Type::Symlink) {
            entry.insert(QStringLiteral("target"), file.linkTarget);
        }
        fileArray.append(entry);
    }
    return fileArray;
}

// A listed path must stay inside the set and must not be one of the files
// that describe the set.
Status checkListedPath(const QString &path) {
    if (const QString reason = unsafeSetPathReason(path); !reason.isEmpty())
        return Error{QCoreApplication::translate("Manifest",
                                                 "The manifest lists an unsafe path \"%1\": %2. The set may have "
                                                 "been tampered with; do not use it.")
                         .arg(path, reason)};
    if (layout::isMetadataFile(path))
        return Error{QCoreApplication::translate("Manifest", "The manifest lists its own metadata file \"%1\" as data.")
                         .arg(path)};
    return {};
}

Error topologyNotListedError() {
    return Error{QCoreApplication::translate("Manifest",
                                             "The manifest's description of the topology does not match its "
                                             "file list; the set may have been tampered with.")};
}

bool describesTopology(const Manifest &manifest, const FileEntry &file) {
    return file.type == FileEntry::Type::File && file.sha256 == manifest.deployment.topologySha256 &&
           file.size == manifest.deployment.topologySize;
}

// The deployment part of the manifest must describe a listed file.
Status checkTopologyListed(const Manifest &manifest) {
    if (!manifest.deployment.hasTopology())
        return {};
    const auto topology = std::find_if(manifest.files.begin(), manifest.files.end(),
                                       [&](const FileEntry &f) { return f.path == manifest.deployment.topologyPath; });
    if (topology == manifest.files.end() || !describesTopology(manifest, *topology))
        return topologyNotListedError();
    return {};
}

// Format 2 does not repeat the item in every line: an entry belongs to the
// item whose folder holds it (none for the deployment and the runbook).
QString itemOf(const QList<ManifestItem> &items, const QString &path) {
    for (const ManifestItem &item : items)
        if (!item.setPath.isEmpty() && (path == item.setPath || (path.startsWith(item.setPath) &&
                                                                 path.at(item.setPath.size()) == QLatin1Char('/'))))
            return item.name;
    return {};
}

}  // namespace

QString itemStatusKey(ItemStatus status) {
    switch (status) {
        case ItemStatus::Ok:
            return QStringLiteral("ok");
        case ItemStatus::CompletedWithErrors:
            return QStringLiteral("completed-with-errors");
        case ItemStatus::Failed:
            return QStringLiteral("failed");
        case ItemStatus::Cancelled:
            return QStringLiteral("cancelled");
    }
    return QStringLiteral("failed");
}

ItemStatus itemStatusFromKey(const QString &key) {
    if (key == QLatin1String("ok"))
        return ItemStatus::Ok;
    if (key == QLatin1String("completed-with-errors"))
        return ItemStatus::CompletedWithErrors;
    if (key == QLatin1String("cancelled"))
        return ItemStatus::Cancelled;
    return ItemStatus::Failed;
}

QString itemStatusText(ItemStatus status) {
    switch (status) {
        case ItemStatus::Ok:
            return QCoreApplication::translate("Manifest", "OK");
        case ItemStatus::CompletedWithErrors:
            return QCoreApplication::translate("Manifest", "Completed with errors");
        case ItemStatus::Failed:
            return QCoreApplication::translate("Manifest", "Failed");
        case ItemStatus::Cancelled:
            return QCoreApplication::translate("Manifest", "Cancelled");
    }
    return QCoreApplication::translate("Manifest", "Failed");
}

QString formatUtcTime(const FileTime &time) {
    return QDateTime::fromSecsSinceEpoch(time.seconds, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           QStringLiteral(".%1Z").arg(time.nanoseconds, 9, 10, QLatin1Char('0'));
}

std::optional<FileTime> parseUtcTime(const QString &text) {
    // yyyy-MM-ddTHH:mm:ss.nnnnnnnnnZ
    if (text.size() != 30 || text.at(19) != QLatin1Char('.') || !text.endsWith(QLatin1Char('Z')))
        return std::nullopt;
    QDateTime whole = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    bool ok = false;
    const int fraction = text.mid(20, 9).toInt(&ok);
    if (!whole.isValid() || !ok || fraction < 0)
        return std::nullopt;
    whole.setTimeSpec(Qt::UTC);
    return FileTime{whole.toSecsSinceEpoch(), fraction};
}

bool Manifest::hasErrors() const {
    for (const ManifestItem &item : items)
        if (item.status != ItemStatus::Ok)
            return true;
    return false;
}

QByteArray Manifest::toJson() const {
    QJsonArray itemArray;
    for (const ManifestItem &item : items) {
        itemArray.append(QJsonObject{
            {QStringLiteral("kind"), item.kind},
            {QStringLiteral("name"), item.name},
            {QStringLiteral("source"), item.source},
            {QStringLiteral("setPath"), item.setPath},
            {QStringLiteral("status"), itemStatusKey(item.status)},
            {QStringLiteral("errors"), issuesToJson(item.errors)},
            {QStringLiteral("skipped"), issuesToJson(item.skipped)},
            {QStringLiteral("bytes"), item.bytes},
            {QStringLiteral("files"), item.files},
            {QStringLiteral("details"), item.details},
        });
    }
    QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("lync-backup-set")},
        {QStringLiteral("formatVersion"), formatVersion},
        {QStringLiteral("toolVersion"), toolVersion},
        {QStringLiteral("setName"), setName},
        {QStringLiteral("startedUtc"), startedUtc.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("finishedUtc"), finishedUtc.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("status"), hasErrors() ? QStringLiteral("completed-with-errors") : QStringLiteral("ok")},
        {QStringLiteral("host"), host.toJson()},
        {QStringLiteral("plan"), plan},
        {QStringLiteral("items"), itemArray},
    };
    if (formatVersion == 1)
        root.insert(QStringLiteral("files"), filesToJson(files));
    else
        root.insert(QStringLiteral("entries"),
                    QJsonObject{{QStringLiteral("count"), entries.count},
                                {QStringLiteral("bytes"), entries.bytes},
                                {QStringLiteral("sha256"), QString::fromLatin1(entries.sha256)}});
    if (deployment.hasTopology())
        root.insert(QStringLiteral("deployment"), deployment.toJson());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Manifest> Manifest::fromJson(const QByteArray &json) {
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{QCoreApplication::translate("Manifest", "The manifest is not valid JSON (at byte %1: %2).")
                         .arg(parseError.offset)
                         .arg(parseError.errorString())};
    const QJsonObject root = document.object();
    if (root[QLatin1String("format")].toString() != QLatin1String("lync-backup-set"))
        return Error{QCoreApplication::translate("Manifest", "The manifest does not describe a Lync backup set.")};
    Manifest manifest;
    manifest.formatVersion = root[QLatin1String("formatVersion")].toInt();
    if (manifest.formatVersion < 1 || manifest.formatVersion > kFormatVersion)
        return Error{
            QCoreApplication::translate("Manifest",
                                        "The manifest has format version %1; this program reads version %2 and older. "
                                        "Use a newer version of Lync Backup Wizard.")
                .arg(manifest.formatVersion)
                .arg(kFormatVersion)};
    manifest.toolVersion = root[QLatin1String("toolVersion")].toString();
    manifest.setName = root[QLatin1String("setName")].toString();
    manifest.startedUtc = QDateTime::fromString(root[QLatin1String("startedUtc")].toString(), Qt::ISODateWithMs);
    manifest.finishedUtc = QDateTime::fromString(root[QLatin1String("finishedUtc")].toString(), Qt::ISODateWithMs);
    manifest.host = HostFacts::fromJson(root[QLatin1String("host")].toObject());
    manifest.plan = root[QLatin1String("plan")].toObject();
    if (root.contains(QLatin1String("deployment"))) {
        Result<Deployment> deployment = Deployment::fromJson(root[QLatin1String("deployment")].toObject());
        if (!deployment)
            return deployment.error();
        manifest.deployment = *deployment;
    }

    for (const QJsonValue &value : root[QLatin1String("items")].toArray()) {
        ManifestItem item;
        item.kind = value[QLatin1String("kind")].toString();
        item.name = value[QLatin1String("name")].toString();
        item.source = value[QLatin1String("source")].toString();
        item.setPath = value[QLatin1String("setPath")].toString();
        item.status = itemStatusFromKey(value[QLatin1String("status")].toString());
        item.errors = issuesFromJson(value[QLatin1String("errors")].toArray());
        item.skipped = issuesFromJson(value[QLatin1String("skipped")].toArray());
        item.bytes = value[QLatin1String("bytes")].toInteger();
        item.files = value[QLatin1String("files")].toInteger();
        item.details = value[QLatin1String("details")].toObject();
        // Item names reach folder names and printed commands.
        if (!isValidItemName(item.name))
            return Error{QCoreApplication::translate("Manifest",
                                                     "The manifest names an item \"%1\", which is not a valid item "
                                                     "name. The set may have been tampered with.")
                             .arg(item.name.left(80))};
        if (!item.setPath.isEmpty() && !isSafeSetPath(item.setPath))
            return Error{
                QCoreApplication::translate("Manifest", "The manifest names an unsafe location for item %1 (%2): %3.")
                    .arg(item.name, item.setPath, unsafeSetPathReason(item.setPath))};
        manifest.items.append(item);
    }

    if (manifest.formatVersion == 1) {
        const QJsonArray fileArray = root[QLatin1String("files")].toArray();
        manifest.files.reserve(size_t(fileArray.size()));
        QSet<QString> seen;
        seen.reserve(fileArray.size());
        for (const QJsonValue &value : fileArray) {
            Result<FileEntry> file = fileFromJson(value.toObject());
            if (!file)
                return file.error();
            if (Status safe = checkListedPath(file->path); !safe)
                return safe.error();
            if (seen.contains(file->path))
                return Error{QCoreApplication::translate("Manifest", "The manifest lists \"%1\" more than once.")
                                 .arg(file->path)};
            seen.insert(file->path);
            manifest.files.push_back(std::move(file).value());
        }
        if (Status listed = checkTopologyListed(manifest); !listed)
            return listed.error();
    } else {
        if (root.contains(QLatin1String("files")))
            return Error{QCoreApplication::translate(
                "Manifest", "A format 2 manifest lists files itself; the set may have been tampered with.")};
        const QJsonObject entries = root[QLatin1String("entries")].toObject();
        manifest.entries.count = entries[QLatin1String("count")].toInteger(-1);
        manifest.entries.bytes = entries[QLatin1String("bytes")].toInteger(-1);
        manifest.entries.sha256 = entries[QLatin1String("sha256")].toString().toLatin1();
        if (manifest.entries.count < 0 || manifest.entries.bytes < 0 || !isSha256Hex(manifest.entries.sha256))
            return Error{QCoreApplication::translate(
                "Manifest", "The manifest does not describe its file list (entries); the set is damaged.")};
    }
    return manifest;
}

Result<Manifest> Manifest::loadHeader(const QString &setDir) {
    // A set with an `entries` file is format 2, whose manifest is small.
    const bool formatTwo = platform::statNoFollow(setDir + QLatin1Char('/') + layout::kEntries).ok();
    Result<QByteArray> json = readSetMetadataFile(setDir + QLatin1Char('/') + layout::kManifest,
                                                  formatTwo ? kMaxFormatTwoManifestBytes : kMaxFormatOneManifestBytes);
    if (!json)
        return Error{
            QCoreApplication::translate("Manifest", "Cannot read the manifest of %1: %2. Is this a backup set folder?")
                .arg(setDir, json.errorMessage())};
    return fromJson(*json);
}

Result<Manifest> Manifest::load(const QString &setDir) {
    Result<Manifest> manifest = loadHeader(setDir);
    if (!manifest || manifest->formatVersion == 1)
        return manifest;
    std::vector<FileEntry> files;
    files.reserve(size_t(manifest->entries.count));
    FileListReader reader(setDir, *manifest);
    if (Status opened = reader.open(); !opened)
        return opened.error();
    for (;;) {
        Result<std::optional<FileEntry>> file = reader.next();
        if (!file)
            return file.error();
        if (!*file)
            break;
        files.push_back(std::move(**file));
    }
    manifest->files = std::move(files);
    return manifest;
}

FileListReader::FileListReader(const QString &setDir, const Manifest &manifest) : m_manifest(manifest) {
    if (manifest.formatVersion >= 2)
        m_entries.emplace(setDir + QLatin1Char('/') + layout::kEntries, manifest.entries);
}

Status FileListReader::open() {
    if (m_entries)
        return m_entries->open();
    m_sorted.reserve(m_manifest.files.size());
    for (const FileEntry &file : m_manifest.files)
        m_sorted.push_back(&file);
    std::sort(m_sorted.begin(), m_sorted.end(),
              [](const FileEntry *a, const FileEntry *b) { return entryPathLess(a->path, b->path); });
    return {};
}

Result<std::optional<FileEntry>> FileListReader::next() {
    if (!m_entries) {
        // Format 1: fromJson() checked every entry already.
        if (m_next == m_sorted.size())
            return std::optional<FileEntry>();
        return std::optional<FileEntry>(*m_sorted[m_next++]);
    }
    Result<std::optional<FileEntry>> file = m_entries->next();
    if (!file)
        return file;
    if (!*file) {
        if (m_manifest.deployment.hasTopology() && !m_topologySeen)
            return topologyNotListedError();
        return file;
    }
    FileEntry &entry = **file;
    if (Status safe = checkListedPath(entry.path); !safe)
        return safe.error();
    if (m_manifest.deployment.hasTopology() && entry.path == m_manifest.deployment.topologyPath) {
        if (!describesTopology(m_manifest, entry))
            return topologyNotListedError();
        m_topologySeen = true;
    }
    entry.item = itemOf(m_manifest.items, entry.path);
    return file;
}

Status Manifest::save(const QString &setDir) {
    std::sort(files.begin(), files.end(),
              [](const FileEntry &a, const FileEntry &b) { return entryPathLess(a.path, b.path); });
    Result<EntriesSummary> written = writeEntriesFile(setDir + QLatin1Char('/') + layout::kEntries, files);
    if (!written)
        return written.error();
    entries = *written;
    return saveHeader(setDir);
}

Status Manifest::saveHeader(const QString &setDir) {
    formatVersion = kFormatVersion;
    const QString path = setDir + QLatin1Char('/') + layout::kManifest;
    const QByteArray json = toJson();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(json) != json.size() || !file.flush())
        return Error{QCoreApplication::translate("Manifest", "Cannot write %1: %2").arg(path, file.errorString())};
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

}  // namespace lbw
