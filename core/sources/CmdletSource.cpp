#include "sources/CmdletSource.h"

#include "backupset/SetLayout.h"
#include "util/Progress.h"
#include "platform/Platform.h"
#include "sources/ExternalCommand.h"
#include "util/CancelToken.h"
#include "util/Sha256.h"
#include "util/ZipArchive.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <spdlog/logger.h>

namespace lbw {
namespace {
constexpr int kDefaultTimeoutSeconds = 3600;
constexpr int kProbeTimeoutSeconds = 120;
}  // namespace

QStringList CmdletSource::commandLine() const {
    QStringList words;
    for (const QJsonValue &word : planItem().options.value(QStringLiteral("command")).toArray())
        words << word.toString();
    return words;
}

QString CmdletSource::outputName() const {
    const QString configured = planItem().options.value(QStringLiteral("output")).toString();
    // Only a plain file name: the output must land inside exports/.
    if (!configured.isEmpty() && isValidItemName(configured))
        return configured;
    return planItem().name + QStringLiteral(".zip");
}

bool CmdletSource::expectsZip() const {
    if (planItem().options.value(QStringLiteral("format")).toString() == QLatin1String("zip"))
        return true;
    // Plans written before the "format" option: these cmdlets write ZIP files.
    const QString command = commandLine().join(QLatin1Char(' '));
    for (const char *cmdlet : {"Export-CsConfiguration", "Export-CsUserData", "Export-CsRgsConfiguration"})
        if (command.contains(QLatin1String(cmdlet), Qt::CaseInsensitive))
            return true;
    return false;
}

Status CmdletSource::checkReady() const {
    const QStringList command = commandLine();
    if (command.isEmpty())
        return Error{QCoreApplication::translate("CmdletSource", "%1: the plan has no command for it.")
                         .arg(planItem().displayName())};
    if (findProgram(command.first()).isEmpty())
        return Error{QCoreApplication::translate("CmdletSource",
                                                 "Cannot export %1: %2 is not installed on this computer. "
                                                 "Run the backup on a Lync server, or on a computer with the Lync "
                                                 "Server Management Shell.")
                         .arg(planItem().displayName(), command.first())};
    QStringList probe;
    for (const QJsonValue &word : planItem().options.value(QStringLiteral("probe")).toArray())
        probe << word.toString();
    if (!probe.isEmpty()) {
        Result<CommandRun> ran = runCommand(probe.first(), probe.mid(1), QProcessEnvironment::systemEnvironment(),
                                            kProbeTimeoutSeconds, CancelToken(), nullptr, planItem().name);
        if (!ran)
            return Error{QCoreApplication::translate("CmdletSource",
                                                     "The check before exporting %1 failed (is the Lync module "
                                                     "installed?): %2")
                             .arg(planItem().displayName(), ran.errorMessage())};
    }
    return {};
}

Result<SourceEstimate> CmdletSource::estimate() {
    if (Status ready = checkReady(); !ready)
        return ready.error();
    return SourceEstimate{0, 1};
}

SourceOutput CmdletSource::backup(SourceContext &context) {
    const QString setPath = layout::kExports + QLatin1Char('/') + outputName();
    SourceOutput output{newManifestItem(setPath)};
    ManifestItem &item = output.item;
    auto fail = [&](const QString &message) { return failed(std::move(output), context, message); };
    if (!makeOwnerOnlyPath(context.setDir, layout::kExports))
        return fail(QCoreApplication::translate("CmdletSource", "Cannot create the folder %1 in the backup set.")
                        .arg(layout::kExports));
    const QString file = context.setDir + QLatin1Char('/') + setPath;
    // The cmdlets refuse to overwrite (Export-CsLisConfiguration fails if
    // the file exists), and a stale file must never pass for a new export.
    if (QFileInfo::exists(file))
        return fail(QCoreApplication::translate("CmdletSource", "%1 already exists before the export.").arg(file));

    const QString backupDir = context.setDir;
    QStringList command = commandLine();
    for (QString &word : command)
        word.replace(QLatin1String("{file}"), file).replace(QLatin1String("{backup}"), backupDir);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LBW_OUTPUT_FILE"), file);
    environment.insert(QStringLiteral("LBW_BACKUP"), backupDir);
    const int timeout = planItem().options.value(QStringLiteral("timeoutSeconds")).toInt(kDefaultTimeoutSeconds);
    context.log.info("{}", QCoreApplication::translate("BackupLog", "%1: running %2")
                               .arg(planItem().displayName(), command.join(QLatin1Char(' ')))
                               .toStdString());
    Result<CommandRun> ran =
        runCommand(command.first(), command.mid(1), environment, timeout > 0 ? timeout : kDefaultTimeoutSeconds,
                   context.cancel, &context.log, planItem().name);
    if (!ran)
        return fail(ran.errorMessage());
    const QFileInfo produced(file);
    if (!produced.isFile())
        return fail(QCoreApplication::translate("CmdletSource",
                                                "The command succeeded but did not write %1. Its "
                                                "output: %2")
                        .arg(file, ran->output.isEmpty() ? QStringLiteral("-") : ran->output.right(1000)));
    // A rejected output is removed: the committed set must hold only listed files.
    if (produced.size() == 0) {
        QFile::remove(file);
        return fail(QCoreApplication::translate("CmdletSource", "The command wrote an empty %1.").arg(file));
    }
    if (expectsZip()) {
        Result<qint64> entries = zipEntryCount(file);
        if (!entries || *entries < 1) {
            QFile::remove(file);
            return fail(QCoreApplication::translate("CmdletSource",
                                                    "The command wrote %1, but it is not the ZIP file with at least "
                                                    "one entry that the cmdlet writes (%2). Its output: %3")
                            .arg(file,
                                 entries ? QCoreApplication::translate("CmdletSource", "the archive is empty")
                                         : entries.errorMessage(),
                                 ran->output.isEmpty() ? QStringLiteral("-") : ran->output.right(1000)));
        }
    }
    item.details = {{QStringLiteral("command"), command.join(QLatin1Char(' '))},
                    {QStringLiteral("import"), planItem().options.value(QStringLiteral("import")).toString()}};
    return withSetFile(std::move(output), context, 0600);
}

Status CmdletSource::checkTargetIsClean(const QString &) const {
    return Error{QCoreApplication::translate("CmdletSource",
                                             "Cmdlet exports are imported during recovery with %1 (the file is in "
                                             "the set under exports/); they are not copied anywhere.")
                     .arg(planItem().options.value(QStringLiteral("import")).toString())};
}

Result<QStringList> CmdletSource::restore(RestoreContext &) {
    return checkTargetIsClean({}).error();
}

QString CmdletSource::restoredPath(const ManifestItem &, const FileEntry &, const QString &target) const {
    return target;
}

}  // namespace lbw
