#include "location/BackupLocation.h"

#include "backupset/Manifest.h"
#include "backupset/SetLayout.h"
#include "platform/Platform.h"
#include "platform/WindowsPaths.h"
#include "util/SizeText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QStorageInfo>
#include <QTemporaryFile>

namespace lbw {
namespace {

// The nearest folder that exists: where a missing location would be created.
QString nearestExisting(QString path) {
    path = QDir::cleanPath(QDir(path).absolutePath());
    while (!QFileInfo(path).exists()) {
        const QString parent = QFileInfo(path).absolutePath();
        if (parent == path)
            break;
        path = parent;
    }
    return path;
}

QString canonicalOrClean(const QString &path) {
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(QDir(path).absolutePath()) : canonical;
}

bool isSameOrInside(const QString &inner, const QString &outer) {
#ifdef Q_OS_WIN
    const Qt::CaseSensitivity cs = Qt::CaseInsensitive;
#else
    const Qt::CaseSensitivity cs = Qt::CaseSensitive;
#endif
    if (inner.compare(outer, cs) == 0)
        return true;
    const QString prefix = outer.endsWith(QLatin1Char('/')) ? outer : outer + QLatin1Char('/');
    return inner.startsWith(prefix, cs);
}

constexpr qint64 kSpaceMargin = 64LL * 1024 * 1024;

// A location written in a way that would not mean what the operator thinks:
// a relative path depends on the folder the program was started in, and a
// Windows share name (\\server\share) is, on Linux, just an odd local
// folder name. Returns why, translated, or an empty string.
QString refusedSpelling(const QString &given) {
#ifndef Q_OS_WIN
    if (given.startsWith(QLatin1String("\\\\")) || given.startsWith(QLatin1String("//")))
        return QCoreApplication::translate("BackupLocation",
                                           "%1 is a Windows share name, which this computer cannot open by name. "
                                           "Mount the share first (for example: mount -t cifs //server/share "
                                           "/mnt/lyncbackup) and give the folder it is mounted on.")
            .arg(given);
#endif
#ifdef Q_OS_WIN
    // Qt calls "\lync" and "C:lync" absolute; they depend on the current
    // drive or folder, so a scheduled run could find another folder.
    const bool relative = !given.isEmpty() && !isWindowsFullPath(given);
#else
    const bool relative = !given.isEmpty() && QDir::isRelativePath(given);
#endif
    if (relative)
        return QCoreApplication::translate("BackupLocation",
                                           "%1 is a relative path. Give the full path of the location (for example "
                                           "%2), so that every run finds the same folder.")
            .arg(given, QDir::toNativeSeparators(QDir::rootPath() + QStringLiteral("mnt/lyncbackup")));
    return {};
}

SetSummary summarize(const QString &root, const QString &name, bool complete) {
    SetSummary summary;
    summary.name = name;
    summary.path = root + QLatin1Char('/') + name;
    summary.complete = complete;
    if (!complete) {
        // An unfinished run has no manifest; its name is its start time.
        summary.startedUtc = BackupLocation::startOfSetName(name);
        return summary;
    }
    // The header is enough (format 2 reads no file list): listing many sets
    // of millions of files stays quick.
    Result<Manifest> manifest = Manifest::loadHeader(summary.path);
    if (!manifest) {
        summary.complete = false;
        summary.problem = manifest.errorMessage();
        return summary;
    }
    summary.hasErrors = manifest->hasErrors();
    summary.startedUtc = manifest->startedUtc;
    summary.finishedUtc = manifest->finishedUtc;
    summary.items = int(manifest->items.size());
    summary.sourceHost = manifest->host.fqdn;
    summary.hasTopology = manifest->deployment.hasTopology();
    for (const ManifestItem &item : manifest->items) {
        summary.bytes += item.bytes;
        summary.files += item.files;
        summary.newBytes += item.bytes - item.details.value(QLatin1String("linkedBytes")).toInteger();
    }
    return summary;
}

}  // namespace

BackupLocation::BackupLocation(const QString &root)
    : m_root(QDir::cleanPath(QDir(root).absolutePath())), m_given(root.trimmed()) {}

QString BackupLocation::setNameFor(const QDateTime &utc) {
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHHmmss")) + QLatin1Char('Z');
}

QDateTime BackupLocation::startOfSetName(const QString &name) {
    const QDateTime time = QDateTime::fromString(name.left(18), QStringLiteral("yyyy-MM-ddTHHmmss'Z'"));
    return time.isValid() ? QDateTime(time.date(), time.time(), Qt::UTC) : QDateTime();
}

bool BackupLocation::isSetName(const QString &name) {
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{6}Z(-\\d{1,3})?$"));
    return pattern.match(name).hasMatch();
}

QList<LocationCheck> BackupLocation::check(const QStringList &sourcePaths, qint64 estimatedBytes) const {
    QList<LocationCheck> checks;
    const QFileInfo info(m_root);
    const QString existing = nearestExisting(m_root);

    LocationCheck reachable{QStringLiteral("reachable"),
                            LocationCheck::State::Failed,
                            QCoreApplication::translate("BackupLocation", "Location reachable"),
                            {}};
    if (const QString refused = refusedSpelling(m_given); !refused.isEmpty()) {
        reachable.detail = refused;
        return {reachable};  // nothing else is checked for a folder that is not the one meant
    }
    if (info.exists() && info.isDir()) {
        reachable.state = LocationCheck::State::Passed;
        reachable.detail = QCoreApplication::translate("BackupLocation", "%1 exists.").arg(m_root);
    } else if (info.exists()) {
        reachable.detail =
            QCoreApplication::translate("BackupLocation", "%1 is a file, not a folder. Choose a folder.").arg(m_root);
    } else if (QFileInfo(existing).isDir() && existing != QDir::rootPath()) {
        reachable.state = LocationCheck::State::Passed;
        reachable.detail =
            QCoreApplication::translate("BackupLocation", "%1 does not exist yet; it will be created inside %2.")
                .arg(m_root, existing);
    } else if (QFileInfo(existing).exists() && !QFileInfo(existing).isDir()) {
        reachable.detail = QCoreApplication::translate("BackupLocation",
                                                       "%1 cannot be created: %2 is a file, not a folder. Choose "
                                                       "another path.")
                               .arg(m_root, existing);
    } else {
        reachable.detail =
            QCoreApplication::translate("BackupLocation",
                                        "%1 cannot be reached: no folder of that path exists (is the share mounted "
                                        "and online?). Check the path, or mount the share and try again.")
                .arg(m_root);
    }
    checks << reachable;
    const QString notChecked =
        QCoreApplication::translate("BackupLocation", "Not checked: the location cannot be reached (see above).");

    LocationCheck writable{QStringLiteral("writable"),
                           LocationCheck::State::Failed,
                           QCoreApplication::translate("BackupLocation", "Writable"),
                           {}};
    {
        const QString probeDir = info.isDir() ? m_root : existing;
        QTemporaryFile probe(probeDir + QStringLiteral("/.lync-backup-probe-XXXXXX"));
        if (!reachable.passed()) {
            writable.detail = notChecked;
        } else if (probe.open() && probe.write("probe", 5) == 5 && probe.flush()) {
            writable.state = LocationCheck::State::Passed;
            writable.detail =
                QCoreApplication::translate("BackupLocation", "This account can create files in %1.").arg(probeDir);
        } else if (QStorageInfo(probeDir).isReadOnly()) {
            writable.detail = QCoreApplication::translate("BackupLocation",
                                                          "%1 is on a read-only file system. Mount it read-write, or "
                                                          "choose another location.")
                                  .arg(probeDir);
        } else if (probe.error() == QFileDevice::ResourceError || probe.error() == QFileDevice::WriteError) {
            writable.detail = QCoreApplication::translate("BackupLocation", "Cannot write in %1: %2")
                                  .arg(probeDir, probe.errorString());
        } else {
            writable.detail = QCoreApplication::translate(
                                  "BackupLocation",
                                  "This account cannot create files in %1. Grant it write permission on the folder "
                                  "or share, or choose another location.")
                                  .arg(probeDir);
        }
    }
    checks << writable;

    LocationCheck space{QStringLiteral("space"),
                        LocationCheck::State::Failed,
                        QCoreApplication::translate("BackupLocation", "Free space"),
                        {}};
    {
        const qint64 available = platform::availableBytes(existing);
        const qint64 needed = estimatedBytes + estimatedBytes / 20 + kSpaceMargin;
        if (!reachable.passed()) {
            space.detail = notChecked;
        } else if (available < 0) {
            // Some shares do not report their free space: say so, but do not
            // refuse a backup that may well fit.
            space.state = LocationCheck::State::Passed;
            space.detail = QCoreApplication::translate("BackupLocation",
                                                       "The free space of %1 cannot be determined; make sure about %2 "
                                                       "are free.")
                               .arg(existing, sizeText(needed));
        } else if (available >= needed && estimatedBytes == 0) {
            space.state = LocationCheck::State::Passed;
            space.detail = QCoreApplication::translate("BackupLocation", "%1 free.").arg(sizeText(available));
        } else if (available >= needed) {
            space.state = LocationCheck::State::Passed;
            space.detail =
                QCoreApplication::translate("BackupLocation", "%1 free; this backup needs about %2, plus %3 to spare.")
                    .arg(sizeText(available), sizeText(estimatedBytes), sizeText(needed - estimatedBytes));
        } else {
            space.detail = QCoreApplication::translate("BackupLocation",
                                                       "Only %1 free, but this backup needs about %2, plus %3 to "
                                                       "spare. Free some space (for example by removing old sets) or "
                                                       "choose another location.")
                               .arg(sizeText(available), sizeText(estimatedBytes), sizeText(needed - estimatedBytes));
        }
    }
    checks << space;

    LocationCheck outside{QStringLiteral("outside-sources"), LocationCheck::State::Passed,
                          QCoreApplication::translate("BackupLocation", "Outside the data being backed up"),
                          QCoreApplication::translate("BackupLocation", "The location is not inside any source.")};
    const QString location = canonicalOrClean(m_root);
    for (const QString &source : sourcePaths) {
        if (source.isEmpty())
            continue;
        const QString canonicalSource = canonicalOrClean(source);
        if (isSameOrInside(location, canonicalSource)) {
            outside.state = LocationCheck::State::Failed;
            outside.detail = QCoreApplication::translate(
                                 "BackupLocation",
                                 "The location %1 is inside %2, which is being backed up: every run would copy the "
                                 "earlier backups again. Choose a folder outside it.")
                                 .arg(m_root, source);
            break;
        }
        if (isSameOrInside(canonicalSource, location)) {
            outside.state = LocationCheck::State::Failed;
            outside.detail = QCoreApplication::translate(
                                 "BackupLocation",
                                 "%1, which is being backed up, lies inside the location %2. Keep the backup "
                                 "location separate from the data.")
                                 .arg(source, m_root);
            break;
        }
    }
    checks << outside;
    return checks;
}

QList<LocationCheck> BackupLocation::checkFileSystem() const {
    const QString where = QFileInfo(m_root).isDir() ? m_root : nearestExisting(m_root);
    LocationCheck rename{QStringLiteral("rename"),
                         LocationCheck::State::Failed,
                         QCoreApplication::translate("BackupLocation", "Atomic rename"),
                         {}};
    LocationCheck hardlink{QStringLiteral("hardlinks"),
                           LocationCheck::State::Failed,
                           QCoreApplication::translate("BackupLocation", "Hard links"),
                           {}};
    QTemporaryDir probe(where + QStringLiteral("/.lync-backup-probe-XXXXXX"));
    if (!probe.isValid()) {
        rename.detail = hardlink.detail =
            QCoreApplication::translate("BackupLocation", "Cannot create a test folder in %1.").arg(where);
        return {rename, hardlink};
    }
    const QString a = probe.filePath(QStringLiteral("a.partial"));
    QDir().mkdir(a);
    if (QDir().rename(a, probe.filePath(QStringLiteral("a"))) && !QFileInfo::exists(a)) {
        rename.state = LocationCheck::State::Passed;
        rename.detail =
            QCoreApplication::translate("BackupLocation", "Sets can be committed by renaming their folder.");
    } else {
        rename.detail = QCoreApplication::translate("BackupLocation",
                                                    "Folders cannot be renamed here, so a set cannot "
                                                    "be committed safely. Choose another location.");
    }
    QFile file(probe.filePath(QStringLiteral("f")));
    if (file.open(QIODevice::WriteOnly) && file.write("x", 1) == 1 && (file.close(), true) &&
        platform::createHardLink(file.fileName(), probe.filePath(QStringLiteral("g")))) {
        hardlink.state = LocationCheck::State::Passed;
        hardlink.detail = QCoreApplication::translate("BackupLocation", "Supported.");
    } else {
        hardlink.detail = QCoreApplication::translate("BackupLocation",
                                                      "Not supported here; backups work, but later "
                                                      "versions cannot share unchanged files between "
                                                      "sets on this location.");
    }
    return {rename, hardlink};
}

Status BackupLocation::firstFailure(const QList<LocationCheck> &checks) {
    for (const LocationCheck &check : checks)
        if (!check.passed())
            return Error{check.detail};
    return {};
}

Status BackupLocation::createIfMissing() const {
    if (QFileInfo(m_root).isDir())
        return {};
    if (!QDir().mkpath(m_root))
        return Error{QCoreApplication::translate(
                         "BackupLocation",
                         "Cannot create the backup location %1. Check the path and the permissions of its parent "
                         "folder.")
                         .arg(m_root)};
    return {};
}

QList<SetSummary> BackupLocation::completeSets() const {
    QList<SetSummary> sets;
    const QStringList names = QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    for (const QString &name : names) {
        if (!isSetName(name))
            continue;
        SetSummary summary = summarize(m_root, name, true);
        if (summary.complete)
            sets << summary;
    }
    return sets;
}

QList<SetSummary> BackupLocation::incompleteRuns() const {
    QList<SetSummary> runs;
    const QStringList names = QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    for (const QString &name : names) {
        if (name.endsWith(layout::kPartialSuffix) && isSetName(name.chopped(layout::kPartialSuffix.size()))) {
            SetSummary run = summarize(m_root, name, false);
            run.problem = QCoreApplication::translate(
                "BackupLocation",
                "The run did not finish (interrupted, cancelled or failed). It is not a backup set "
                "and is never used for a restore; delete it when you no longer need it.");
            runs << run;
        } else if (isSetName(name)) {
            SetSummary summary = summarize(m_root, name, true);
            if (!summary.complete)
                runs << summary;
        }
    }
    return runs;
}

QString BackupLocation::latestSetPath() const {
    QFile latest(m_root + QLatin1Char('/') + layout::kLatest);
    // Only a regular file is read: opening a FIFO named LATEST would wait
    // forever for a writer (and a device is no set name either).
    if (QFileInfo(latest.fileName()).isFile() && latest.open(QIODevice::ReadOnly)) {
        // A set name is short; never read more (LATEST may be a hostile link to /dev/zero).
        const QString name = QString::fromUtf8(latest.read(256)).trimmed();
        const QString path = m_root + QLatin1Char('/') + name;
        if (isSetName(name) && QFileInfo(path + QLatin1Char('/') + layout::kManifest).isFile())
            return path;
    }
    const QList<SetSummary> sets = completeSets();
    return sets.isEmpty() ? QString() : sets.last().path;
}

Result<QString> BackupLocation::createPartialSet(const QDateTime &startUtc) const {
    const QString base = setNameFor(startUtc);
    QDir root(m_root);
    // Two runs started within the same second get "-2", "-3": still sortable.
    for (int n = 1; n < 1000; ++n) {
        const QString name = n == 1 ? base : base + QStringLiteral("-%1").arg(n);
        if (root.exists(name) || root.exists(name + layout::kPartialSuffix))
            continue;
        return makePartialFolder(name);
    }
    return Error{
        QCoreApplication::translate("BackupLocation", "Too many runs started in the same second in %1.").arg(m_root)};
}

Result<QString> BackupLocation::createPartialCopy(const QString &setName) const {
    const QString path = m_root + QLatin1Char('/') + setName + layout::kPartialSuffix;
    if (platform::statNoFollow(path) && !platform::removeTree(path))
        return Error{QCoreApplication::translate("BackupLocation",
                                                 "Cannot remove %1, left by an interrupted copy. Remove it by hand.")
                         .arg(path)};
    return makePartialFolder(setName);
}

Result<QString> BackupLocation::makePartialFolder(const QString &name) const {
    const QString path = m_root + QLatin1Char('/') + name + layout::kPartialSuffix;
    if (!QDir(m_root).mkdir(name + layout::kPartialSuffix))
        return Error{
            QCoreApplication::translate(
                "BackupLocation", "Cannot create the folder %1 for this run. Check that the location is writable.")
                .arg(path)};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

Result<QString> BackupLocation::commit(const QString &partialPath, bool updateLatest, QString *latestProblem) const {
    if (!partialPath.endsWith(layout::kPartialSuffix))
        return Error{
            QCoreApplication::translate("BackupLocation", "%1 is not an incomplete run folder.").arg(partialPath)};
    const QString finalPath = partialPath.chopped(layout::kPartialSuffix.size());
    if (QFileInfo::exists(finalPath))
        return Error{
            QCoreApplication::translate("BackupLocation", "%1 already exists; a complete set is never replaced.")
                .arg(finalPath)};
    if (!QDir().rename(partialPath, finalPath))
        return Error{QCoreApplication::translate(
                         "BackupLocation", "Cannot rename %1 to %2. Check that the location supports renaming folders.")
                         .arg(partialPath, finalPath)};
    // From here on the set exists: what fails now leaves it complete and
    // usable, and is reported as such.
    auto afterCommit = [&](const QString &problem) -> Result<QString> {
        if (!latestProblem)
            return Error{problem};
        *latestProblem = problem;
        return finalPath;
    };
    if (Status synced = platform::syncDirectory(m_root); !synced)
        // LATEST must not name a set whose rename a power failure could still undo.
        return afterCommit(QCoreApplication::translate("BackupLocation",
                                                       "The set %1 is complete, but its rename could not be made "
                                                       "durable (%2), so LATEST was not updated.")
                               .arg(finalPath, synced.errorMessage()));
    if (updateLatest) {
        const QByteArray name = QFileInfo(finalPath).fileName().toUtf8() + '\n';
        if (Status written = platform::writeFileAtomically(m_root + QLatin1Char('/') + layout::kLatest, name); !written)
            return afterCommit(QCoreApplication::translate(
                                   "BackupLocation", "The set %1 is complete, but LATEST could not be updated: %2")
                                   .arg(finalPath, written.errorMessage()));
    }
    return finalPath;
}

}  // namespace lbw
