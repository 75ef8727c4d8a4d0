#include "model/BackupPlan.h"

#include "platform/Platform.h"
#include "platform/WindowsPaths.h"
#include "util/SizeText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace lbw {
namespace {

// A plan is a few KB of JSON (tens of KB for a large deployment). The bound
// lets a huge file (a 4 GiB file of zeros) be refused by its size, before
// anything is read into memory.
constexpr qint64 kMaxPlanBytes = 4 * 1024 * 1024;

Error planTooLarge(const QString &planFile, qint64 size) {
    return Error{QCoreApplication::translate("BackupPlan",
                                             "The plan %1 is %2; plan files larger than %3 are refused. Give the "
                                             "plan file written by the wizard or by lync-backup plan.")
                     .arg(planFile, sizeText(size), sizeText(kMaxPlanBytes))};
}

QString resolve(const QString &path, const QString &baseDir) {
#ifdef Q_OS_WIN
    // "\x" and "C:x" depend on the current drive or folder: resolved
    // against the plan's folder like any other relative path.
    if (path.isEmpty() || isWindowsFullPath(path))
        return path;
#else
    if (path.isEmpty() || QDir::isAbsolutePath(path) || path.startsWith(QLatin1String("\\\\")))
        return path;
#endif
    return QDir::cleanPath(QDir(baseDir).absoluteFilePath(path));
}
}  // namespace

bool isKnownItemKind(const QString &kind) {
    static const QStringList kinds{QStringLiteral("filestore"), QStringLiteral("sqlite"), QStringLiteral("sqlserver"),
                                   QStringLiteral("postgresql"), QStringLiteral("cmdlet")};
    return kinds.contains(kind);
}

bool isValidItemName(const QString &name) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

QStringList BackupPlan::problems() const {
    QStringList found;
    if (location.trimmed().isEmpty())
        found << QCoreApplication::translate("BackupPlan", "The plan names no backup location.");
    else if (!secondaryLocation.isEmpty() && QDir::cleanPath(secondaryLocation) == QDir::cleanPath(location))
        found << QCoreApplication::translate("BackupPlan",
                                             "The secondary location is the backup location itself; name another "
                                             "disk or share for the second copy.");
    if (items.isEmpty())
        found << QCoreApplication::translate(
            "BackupPlan", "The plan has nothing to back up: add at least one file store or database.");
    if (!(warnAfterHours > 0) || !(criticalAfterHours >= warnAfterHours))
        found << QCoreApplication::translate("BackupPlan",
                                             "warnAfterHours must be more than 0 and criticalAfterHours at least as "
                                             "much (they are %1 and %2).")
                     .arg(warnAfterHours)
                     .arg(criticalAfterHours);
    found << notify.problems();
    QSet<QString> names;
    for (const PlanItem &item : items) {
        if (!isKnownItemKind(item.kind))
            found << QCoreApplication::translate("BackupPlan", "Item \"%1\" has the unknown kind \"%2\".")
                         .arg(item.name, item.kind);
        if (!isValidItemName(item.name))
            found << QCoreApplication::translate(
                         "BackupPlan",
                         "\"%1\" is not a valid item name: use letters, digits, '.', '_' and '-' "
                         "(at most 64, starting with a letter or digit).")
                         .arg(item.name);
        // Compared case-insensitively: the set may be copied to Windows.
        if (names.contains(item.name.toLower()))
            found << QCoreApplication::translate("BackupPlan", "The item name \"%1\" is used more than once.")
                         .arg(item.name);
        names.insert(item.name.toLower());
        if (item.path.isEmpty() && (item.kind == QLatin1String("filestore") || item.kind == QLatin1String("sqlite")))
            found << QCoreApplication::translate("BackupPlan", "Item \"%1\" has no source path.").arg(item.name);
        for (auto it = item.options.constBegin(); it != item.options.constEnd(); ++it)
            if (it.key().contains(QLatin1String("password"), Qt::CaseInsensitive) &&
                !it.key().endsWith(QLatin1String("Env")))
                found << QCoreApplication::translate("BackupPlan",
                                                     "Item \"%1\" holds a password in the plan (\"%2\"). Plans "
                                                     "never hold passwords: name an environment variable with "
                                                     "\"passwordEnv\" instead.")
                             .arg(item.name, it.key());
    }
    return found;
}

QJsonObject BackupPlan::toJson() const {
    QJsonArray array;
    for (const PlanItem &item : items) {
        QJsonObject entry{{QStringLiteral("kind"), item.kind},
                          {QStringLiteral("name"), item.name},
                          {QStringLiteral("path"), item.path}};
        if (!item.options.isEmpty())
            entry.insert(QStringLiteral("options"), item.options);
        array.append(entry);
    }
    return {{QStringLiteral("format"), QStringLiteral("lync-backup-plan")},
            {QStringLiteral("formatVersion"), kFormatVersion},
            {QStringLiteral("name"), name},
            {QStringLiteral("location"), location},
            {QStringLiteral("secondaryLocation"), secondaryLocation},
            {QStringLiteral("topology"), topology},
            {QStringLiteral("verifyAfterBackup"), verifyAfterBackup},
            {QStringLiteral("fullCopy"), fullCopy},
            {QStringLiteral("retention"), retention.toJson()},
            {QStringLiteral("warnAfterHours"), warnAfterHours},
            {QStringLiteral("criticalAfterHours"), criticalAfterHours},
            {QStringLiteral("notify"), notify.toJson()},
            {QStringLiteral("items"), array}};
}

Result<BackupPlan> BackupPlan::fromJson(const QJsonObject &json, const QString &baseDir) {
    if (json[QLatin1String("format")].toString() != QLatin1String("lync-backup-plan"))
        return Error{QCoreApplication::translate("BackupPlan", "This is not a Lync Backup Wizard plan file.")};
    const int version = json[QLatin1String("formatVersion")].toInt();
    if (version < 1 || version > kFormatVersion)
        return Error{QCoreApplication::translate("BackupPlan",
                                                 "The plan has format version %1; this program reads version %2. "
                                                 "Use a newer version of Lync Backup Wizard.")
                         .arg(version)
                         .arg(kFormatVersion)};
    BackupPlan plan;
    plan.name = json[QLatin1String("name")].toString();
    plan.location = resolve(json[QLatin1String("location")].toString(), baseDir);
    plan.secondaryLocation = resolve(json[QLatin1String("secondaryLocation")].toString(), baseDir);
    plan.topology = resolve(json[QLatin1String("topology")].toString(), baseDir);
    plan.verifyAfterBackup = json[QLatin1String("verifyAfterBackup")].toBool(true);
    plan.fullCopy = json[QLatin1String("fullCopy")].toBool(false);
    plan.retention = RetentionPolicy::fromJson(json[QLatin1String("retention")].toObject());
    plan.warnAfterHours = json[QLatin1String("warnAfterHours")].toDouble(plan.warnAfterHours);
    plan.criticalAfterHours = json[QLatin1String("criticalAfterHours")].toDouble(plan.criticalAfterHours);
    plan.notify = NotifySettings::fromJson(json[QLatin1String("notify")].toObject());
    for (const QJsonValue &value : json[QLatin1String("items")].toArray()) {
        const QString kind = value[QLatin1String("kind")].toString();
        const QString path = value[QLatin1String("path")].toString();
        // Only local sources are paths; a database item's "path" names a server.
        const bool isLocalPath = kind == QLatin1String("filestore") || kind == QLatin1String("sqlite");
        plan.items.append({kind, value[QLatin1String("name")].toString(), isLocalPath ? resolve(path, baseDir) : path,
                           value[QLatin1String("options")].toObject()});
    }
    return plan;
}

Result<BackupPlan> BackupPlan::load(const QString &planFile) {
    // Checked before the file is opened: opening a pipe would wait for a
    // writer, and a huge file is not worth reading.
    const QFileInfo info(planFile);
    if (!info.exists())
        return Error{
            QCoreApplication::translate("BackupPlan", "Cannot open the plan %1: it does not exist.").arg(planFile)};
    if (!info.isFile())
        return Error{QCoreApplication::translate("BackupPlan",
                                                 "The plan %1 is not a regular file (it is a folder, a pipe or a "
                                                 "device). Give the path of a plan file.")
                         .arg(planFile)};
    if (info.size() > kMaxPlanBytes)
        return planTooLarge(planFile, info.size());
    // A link the user named is followed once, here; the file it leads to is
    // opened without waiting on a pipe swapped in since the checks above.
    QFile file;
    if (Status opened = platform::openRegularFileForReading(info.canonicalFilePath(), file); !opened)
        return Error{QCoreApplication::translate("BackupPlan", "Cannot open the plan %1: %2.")
                         .arg(planFile, opened.errorMessage())};
    // Never more than the bound, even from a file that grew since it was checked.
    const QByteArray bytes = file.read(kMaxPlanBytes + 1);
    if (bytes.size() > kMaxPlanBytes)
        return planTooLarge(planFile, file.size());
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{QCoreApplication::translate("BackupPlan", "The plan %1 is not valid JSON (at byte %2: %3).")
                         .arg(planFile)
                         .arg(parseError.offset)
                         .arg(parseError.errorString())};
    return fromJson(document.object(), QFileInfo(planFile).absolutePath());
}

Status BackupPlan::save(const QString &planFile) const {
    return platform::writeFileAtomically(planFile, QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
}

}  // namespace lbw
