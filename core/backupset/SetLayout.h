#pragma once
// Names inside a backup set folder, in one place. The set format is
// described in README.md ("Backup-set format"); keep the two in step.

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace lbw::layout {

inline const QString kManifest = QStringLiteral("manifest.json");
inline const QString kSums = QStringLiteral("SHA256SUMS");
inline const QString kEntries = QStringLiteral("entries");  // format 2: the file list
inline const QString kLog = QStringLiteral("backup.log");
inline const QString kFileStores = QStringLiteral("filestores");
inline const QString kDatabases = QStringLiteral("databases");
inline const QString kExports = QStringLiteral("exports");
// The deployment's topology, byte for byte (FORMAT.md, "The deployment").
inline const QString kDeployment = QStringLiteral("deployment");
inline const QString kTopologyXml = QStringLiteral("deployment/topology.xml");
inline const QString kTopologyTbxml = QStringLiteral("deployment/topology.tbxml");
// The recovery runbook, for sets that keep a topology (recovery/Runbook.h).
inline const QString kRunbook = QStringLiteral("RECOVERY.html");
inline const QString kPartialSuffix = QStringLiteral(".partial");
inline const QString kLatest = QStringLiteral("LATEST");
inline const QString kLockFile = QStringLiteral(".lync-backup.lock");
// Permissions of every data file in a set: sets hold user data, owner only.
constexpr quint32 kDataFileMode = 0600;

// Files of the set that describe it rather than hold data: never listed in
// the manifest's file list, never reported as "unexpected" by verify.
inline bool isMetadataFile(const QString &relativePath) {
    return relativePath == kManifest || relativePath == kSums || relativePath == kLog || relativePath == kEntries;
}

}  // namespace lbw::layout

namespace lbw {
// Creates `relativePath` (and its parents) below `setDir`, each folder
// readable by the owner only: a set holds user data. True when it exists.
bool makeOwnerOnlyPath(const QString &setDir, const QString &relativePath);

// Reads manifest.json or SHA256SUMS of a set that may be hostile: only a
// regular text file (never through a link: /dev/zero would never end) of
// at most `maxBytes` is read. The default is for a format-1 manifest, which
// lists every file (ten million files are about 3 GiB of JSON).
constexpr qint64 kMaxFormatOneManifestBytes = qint64(4) << 30;
// A format-2 manifest holds no file list: its size comes from the items'
// error lists, a few hundred bytes per error.
constexpr qint64 kMaxFormatTwoManifestBytes = qint64(64) << 20;
Result<QByteArray> readSetMetadataFile(const QString &path, qint64 maxBytes = kMaxFormatOneManifestBytes);
}  // namespace lbw
