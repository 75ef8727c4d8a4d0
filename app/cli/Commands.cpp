#include "cli/Commands.h"

#include "cli/CommandSupport.h"
#include "cli/Console.h"
#include "cli/ExitCode.h"
#include "cli/RestoreSettings.h"
#include "jobs/BackupJob.h"
#include "notify/RunNotification.h"
#include "jobs/RestoreJob.h"
#include "jobs/VerifyJob.h"
#include "location/BackupLocation.h"
#include "location/VerifyLog.h"
#include "model/BackupPlan.h"
#include "recovery/SetTopology.h"
#include "sample/SampleDeployment.h"
#include "topology/Catalog.h"
#include "topology/TopologyReader.h"
#include "util/DisplayText.h"
#include "util/ProductLog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace lbw::cli {
namespace {

bool addItems(BackupPlan &plan, const QStringList &values, const QString &kind) {
    const auto pairs = namePathPairs(values);
    if (!pairs)
        return false;
    for (const auto &[name, path] : *pairs)
        plan.items.append({kind, name, QDir(path).absolutePath()});
    return true;
}

}  // namespace

QString usage() {
    return QCoreApplication::translate(
               "Commands",
               "Usage: lync-backup <command> [options]\n"
               "\n"
               "Backs up the data of a Lync Server 2013 deployment into a new, verifiable set\n"
               "folder per run. Run \"lync-backup <command> --help\" for a command's options.\n"
               "\n"
               "Commands:\n"
               "  demo DIR                      Create the sample deployment (SQLite databases,\n"
               "                                a file store and a plan) in DIR.\n"
               "  backup --plan FILE [--topology FILE]\n"
               "                                Run the backup a plan file describes.\n"
               "  backup --location PATH [--filestore NAME=DIR]... [--sqlite NAME=FILE]... [--topology FILE]\n"
               "                                Run an ad hoc backup without a plan.\n"
               "  verify SET                    Check a set against its manifest.\n"
               "  list LOCATION                 List the sets in a backup location.\n"
               "  prune LOCATION --keep-last N [--keep-daily N] [--keep-weekly N] [--keep-monthly N]\n"
               "        [--dry-run]             Remove the sets these rules do not keep (as\n"
               "                                restic forget); never LATEST.\n"
               "  schedule install --plan FILE --daily HH:MM [--weekdays mon,wed,...] [--drill] [--print]\n"
               "                                Run the plan by a systemd timer (Linux) or a Task\n"
               "                                Scheduler task (Windows). Also: schedule show,\n"
               "                                schedule remove.\n"
               "  status LOCATION [--json] [--plan FILE] [--warn-after H] [--critical-after H]\n"
               "                                Newest good set and its age, last run, space,\n"
               "                                next run, last drill. Exit: 0 OK, 1 warning,\n"
               "                                2 critical, 3 unknown.\n"
               "  drill LOCATION|SET [--scratch DIR]\n"
               "                                Restore drill: restore the newest set into a\n"
               "                                scratch folder, check it, remove it, record it.\n"
               "  copy SET|LOCATION --to LOCATION2\n"
               "                                Copy a complete set to a second location, verified\n"
               "                                there, sharing unchanged files with its newest set.\n"
               "  catalog TOPOLOGY|SET [--json] List what to back up for a topology (XML from\n"
               "                                Get-CsTopology -AsXml, or a .tbxml), or for the\n"
               "                                topology a backup set keeps.\n"
               "  plan --from-topology TOPOLOGY --location PATH [--output FILE]\n"
               "                                Write a plan file from a topology.\n"
               "  check SET [--server FQDN] [--json]\n"
               "                                Check that this computer may receive SET (FQDN,\n"
               "                                domain, DNS, paths), compared with the machine of\n"
               "                                the set's topology that --server names.\n"
               "  restore SET [--server FQDN] [--item NAME]... [--target NAME=PATH]... [--yes]\n"
               "        [--connection NAME=SERVER]... [--password-env NAME=VARIABLE]... [--plan FILE]\n"
               "                                Restore items onto new or clean targets.\n"
               "  recovery SET --server FQDN [--json | --status | --run STEP | --mark STEP=done|skipped]\n"
               "                                The recovery of one server of the set's topology,\n"
               "                                step by step, with a journal that survives reboots.\n"
               "  runbook SET [--server FQDN] [--output FILE]\n"
               "                                Write the set's recovery runbook (HTML) again.\n"
               "\n"
               "Options: --help, --version\n"
               "\n"
               "Every run is logged in %1 (LBW_LOG_DIR sets another folder).\n"
               "\n"
               "Exit codes:\n"
               "  0  success\n"
               "  1  failure: nothing was committed (see the message)\n"
               "  2  usage error: wrong command line or plan file\n"
               "  3  completed with errors: a set was committed and can be restored, but\n"
               "     something needs attention (said above the set path): items or files\n"
               "     that could not be backed up, LATEST that could not be moved to the set,\n"
               "     a stop after the commit (the set not verified), a failed second copy\n"
               "  4  verify failed: a set does not match its manifest\n"
               "  5  interrupted before the commit: cancelled by Ctrl+C or SIGTERM; only a\n"
               "     .partial folder remains\n")
        .arg(QDir::toNativeSeparators(ProductLog::filePath()));
}

int runDemo(const QStringList &args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DIR"),
                                 QCoreApplication::translate("Commands", "Folder to create the sample deployment in."));
    const QCommandLineOption files(QStringLiteral("files"),
                                   QCoreApplication::translate("Commands", "Number of files in the sample file store."),
                                   QStringLiteral("N"), QStringLiteral("3000"));
    parser.addOption(files);
    if (auto exit = parseOrExit(
            parser, args,
            QCoreApplication::translate("Commands", "Creates a sample Lync deployment to try the product on."), 1, 1))
        return *exit;
    SampleOptions options;
    options.fileCount = parser.value(files).toInt();
    Result<QString> plan = createSampleDeployment(parser.positionalArguments().first(), options);
    if (!plan) {
        printErr(plan.errorMessage());
        return Failure;
    }
    printOut(QCoreApplication::translate("Commands", "Sample deployment created. Back it up with:"));
    printOut(QStringLiteral("  lync-backup backup --plan \"%1\"").arg(*plan));
    printOut(*plan);
    return Success;
}

namespace {

// What LATEST names after a committed set could not become LATEST, and what
// to do: which set the location's commands use now.
QString latestStaysText(const QString &setPath) {
    const BackupLocation location(QFileInfo(setPath).absolutePath());
    const QString latest = location.latestSetPath();
    if (latest.isEmpty() || QFileInfo(latest).fileName() == QFileInfo(setPath).fileName())
        return QCoreApplication::translate("Commands",
                                           "The set is complete and can be restored. Commands given the location "
                                           "use the newest complete set, which is this one. Fix the cause above; "
                                           "the next backup writes LATEST again.");
    return QCoreApplication::translate("Commands",
                                       "The set is complete and can be restored, but LATEST still names %1, which "
                                       "commands given the location use. Give this set's path to restore, drill or "
                                       "copy it. Fix the cause above; the next backup moves LATEST.")
        .arg(QFileInfo(latest).fileName());
}

}  // namespace

int runBackup(const QStringList &args, const CancelToken &cancel) {
    QCommandLineParser parser;
    const QCommandLineOption planOption(
        QStringLiteral("plan"), QCoreApplication::translate("Commands", "Plan file to run."), QStringLiteral("FILE"));
    const QCommandLineOption locationOption(
        QStringLiteral("location"), QCoreApplication::translate("Commands", "Backup location (overrides the plan's)."),
        QStringLiteral("PATH"));
    const QCommandLineOption fileStoreOption(QStringLiteral("filestore"),
                                             QCoreApplication::translate("Commands", "A file store to back up."),
                                             QStringLiteral("NAME=DIR"));
    const QCommandLineOption sqliteOption(QStringLiteral("sqlite"),
                                          QCoreApplication::translate("Commands", "An SQLite database to back up."),
                                          QStringLiteral("NAME=FILE"));
    const QCommandLineOption noVerifyOption(
        QStringLiteral("no-verify"),
        QCoreApplication::translate("Commands", "Do not verify the set after the backup."));
    const QCommandLineOption fullOption(
        QStringLiteral("full"),
        QCoreApplication::translate("Commands",
                                    "Copy and hash every file, even those unchanged since the previous set (which are "
                                    "otherwise linked to it)."));
    const QCommandLineOption topologyOption(
        QStringLiteral("topology"),
        QCoreApplication::translate("Commands",
                                    "Keep this topology (Get-CsTopology -AsXml or .tbxml) in the set (overrides the "
                                    "plan's)."),
        QStringLiteral("FILE"));
    parser.addOptions(
        {planOption, locationOption, fileStoreOption, sqliteOption, noVerifyOption, fullOption, topologyOption});
    if (auto exit = parseOrExit(parser, args,
                                QCoreApplication::translate("Commands", "Runs a backup into a new set folder."), 0, 0))
        return *exit;

    BackupPlan plan;
    if (parser.isSet(planOption)) {
        Result<BackupPlan> loaded = BackupPlan::load(parser.value(planOption));
        if (!loaded) {
            printErr(loaded.errorMessage());
            return UsageError;
        }
        plan = *loaded;
    } else {
        plan.name = QCoreApplication::translate("Commands", "Ad hoc backup");
    }
    if (parser.isSet(locationOption))
        plan.location = QDir(parser.value(locationOption)).absolutePath();
    if (!addItems(plan, parser.values(fileStoreOption), QStringLiteral("filestore")) ||
        !addItems(plan, parser.values(sqliteOption), QStringLiteral("sqlite")))
        return UsageError;
    if (parser.isSet(noVerifyOption))
        plan.verifyAfterBackup = false;
    if (parser.isSet(fullOption))
        plan.fullCopy = true;
    if (parser.isSet(topologyOption))
        plan.topology = QFileInfo(parser.value(topologyOption)).absoluteFilePath();
    if (const QStringList problems = plan.problems(); !problems.isEmpty()) {
        for (const QString &problem : problems)
            printErr(problem);
        return UsageError;
    }

    Console console;
    BackupJob::SinkList sinks{console.logSink()};
    QString noProductLog;
    if (std::shared_ptr<spdlog::sinks::sink> productLog = ProductLog::sink(&noProductLog))
        sinks.push_back(productLog);
    else
        printErr(QCoreApplication::translate("Commands", "The log %1 cannot be written (%2); the run goes on.")
                     .arg(ProductLog::filePath(), noProductLog));
    BackupJob job(plan, sinks);
    const BackupReport report = job.run(&console, cancel);
    console.finish();

    for (const QString &note : report.notes)
        printErr(note);
    // The mail and the onFailure command never change the exit code: a
    // monitoring system reads the run's result, not the mail's.
    for (const QString &note : notifyRun(plan.notify, plan.name, report))
        printErr(note);
    if (report.outcome == BackupOutcome::Cancelled) {
        printErr(QCoreApplication::translate("Commands",
                                             "Cancelled. %1 is left incomplete and will never be used for a restore.")
                     .arg(report.setPath));
        return Interrupted;
    }
    if (report.outcome == BackupOutcome::Failed) {
        printErr(QCoreApplication::translate("Commands", "The backup failed: %1").arg(report.error));
        return Failure;
    }
    for (const ManifestItem &item : report.manifest.items) {
        printOut(QStringLiteral("%1  %2  %3")
                     .arg(item.name.leftJustified(16), itemStatusText(item.status).leftJustified(24),
                          QCoreApplication::translate("Commands", "%Ln files, %1", nullptr, int(item.files))
                              .arg(formatBytes(item.bytes))));
        for (const ItemIssue &issue : item.errors)
            printOut(QCoreApplication::translate("Commands", "    error: %1%2")
                         .arg(issue.path.isEmpty() ? QString() : issue.path + QStringLiteral(": "), issue.message));
        for (const ItemIssue &issue : item.skipped)
            printOut(QCoreApplication::translate("Commands", "    skipped: %1").arg(issue.path));
    }
    // From here on a set was committed: the exit code is never Failure or
    // Interrupted, which say that only a .partial folder remains.
    int code = report.outcome == BackupOutcome::Succeeded ? Success : CompletedWithErrors;
    if (report.verify) {
        printVerifyReport(*report.verify);
        if (!report.verify->cancelled && !report.verify->ok())
            code = VerifyFailed;
    }
    if (report.secondCopy)
        printCopyReport(*report.secondCopy);
    // A stop after the commit is no failure of the set, but the run did
    // not do all it was asked: completed with errors, as a failed copy.
    if (report.stoppedAfterCommit && code == Success)
        code = CompletedWithErrors;
    // The lines just above the set path say what is on disk.
    if (!report.latestProblem.isEmpty()) {
        printOut(report.latestProblem);
        printOut(latestStaysText(report.setPath));
    } else if (!report.latestUpdated) {
        printOut(QCoreApplication::translate(
            "Commands", "LATEST was not moved to this set because an item failed; the previous set stays $backup."));
    }
    if (report.stoppedAfterCommit)
        printOut(report.verify && report.verify->cancelled
                     ? QCoreApplication::translate("Commands",
                                                   "The run was stopped after the set was committed: the set is "
                                                   "complete, but it was not verified. Verify it with: lync-backup "
                                                   "verify \"%1\"")
                           .arg(report.setPath)
                     : QCoreApplication::translate("Commands",
                                                   "The run was stopped after the set was committed: the set is "
                                                   "complete; what was not done is said above."));
    printOut(report.setPath);
    return code;
}

int runVerify(const QStringList &args, const CancelToken &cancel) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("SET"),
                                 QCoreApplication::translate("Commands", "The set folder to check."));
    if (auto exit = parseOrExit(
            parser, args, QCoreApplication::translate("Commands", "Re-hashes a set and compares it with its manifest."),
            1, 1))
        return *exit;
    Console console;
    const VerifyReport report = VerifyJob(parser.positionalArguments().first()).run(&console, cancel);
    console.finish();
    printVerifyReport(report);
    // The result is kept for list and status; a location that cannot be
    // written (a read-only share) changes nothing about the result.
    if (Status recorded = recordVerification(report); !recorded)
        printErr(recorded.errorMessage());
    if (report.cancelled)
        return Interrupted;
    if (!report.fatalError.isEmpty())
        return Failure;
    return report.ok() ? Success : VerifyFailed;
}

int runList(const QStringList &args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("LOCATION"),
                                 QCoreApplication::translate("Commands", "The backup location."));
    if (auto exit = parseOrExit(parser, args,
                                QCoreApplication::translate("Commands", "Lists the sets in a backup location."), 1, 1))
        return *exit;
    const QString root = parser.positionalArguments().first();
    if (!QFileInfo(root).isDir()) {
        printErr(QCoreApplication::translate("Commands", "%1 is not a folder.").arg(root));
        return Failure;
    }
    const BackupLocation location(root);
    const QList<SetSummary> sets = location.completeSets();
    const QString latest = location.latestSetPath();
    const QLocale locale;
    const QHash<QString, VerifyRecord> verified = lastVerifications(location.root());
    qint64 ownBytes = 0;
    printOut(QCoreApplication::translate("Commands", "Complete sets in %1:").arg(location.root()));
    if (sets.isEmpty())
        printOut(QCoreApplication::translate("Commands", "  (none)"));
    for (const SetSummary &set : sets) {
        const QString status = set.hasErrors ? QCoreApplication::translate("Commands", "completed with errors")
                                             : QCoreApplication::translate("Commands", "ok");
        // Which computer ran it, and whether a server can be recovered from it.
        // Unchanged files are shared with the set before: what this set adds is its own.
        const QString size = set.newBytes == set.bytes ? formatBytes(set.bytes)
                                                       : QCoreApplication::translate("Commands", "%1 (%2 new)")
                                                             .arg(formatBytes(set.bytes), formatBytes(set.newBytes));
        ownBytes += set.newBytes;
        QString line =
            QStringLiteral("  %1%2  %3  %4  %5  %6  %7")
                .arg(set.path == latest ? QStringLiteral("* ") : QStringLiteral("  "), displayText(set.name),
                     locale.toString(set.finishedUtc.toLocalTime(), QLocale::ShortFormat), size.rightJustified(10),
                     QCoreApplication::translate("Commands", "%Ln files", nullptr, int(set.files)), status,
                     displayText(set.sourceHost));
        if (set.hasTopology)
            line += QStringLiteral("  ") + QCoreApplication::translate("Commands", "keeps its topology");
        if (const auto record = verified.constFind(set.name); record != verified.cend())
            line += QStringLiteral("  ") +
                    (record->result == QLatin1String("passed")
                         ? QCoreApplication::translate("Commands", "verified intact %1")
                         : QCoreApplication::translate("Commands", "DAMAGED at verification %1"))
                        .arg(locale.toString(record->finishedUtc.toLocalTime(), QLocale::ShortFormat));
        printOut(line);
    }
    if (!sets.isEmpty())
        printOut(
            QCoreApplication::translate("Commands", "  Together: %1 (files unchanged between sets are stored once)")
                .arg(formatBytes(ownBytes)));
    if (!latest.isEmpty())
        printOut(QCoreApplication::translate("Commands", "  * = LATEST ($backup)"));
    const QList<SetSummary> runs = location.incompleteRuns();
    if (!runs.isEmpty()) {
        printOut(QCoreApplication::translate("Commands",
                                             "Incomplete runs (interrupted, cancelled or failed; never used "
                                             "for a restore; delete them when you no longer need them):"));
        for (const SetSummary &run : runs)
            printOut(run.name.endsWith(QLatin1String(".partial"))
                         ? QStringLiteral("  %1").arg(displayText(run.name))
                         : QStringLiteral("  %1  %2").arg(displayText(run.name), displayText(run.problem)));
    }
    return Success;
}

int runCheck(const QStringList &args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("SET"), QCoreApplication::translate("Commands", "The set to restore."));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("Commands", "The machine of the set's topology this computer replaces."),
        QStringLiteral("FQDN"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("Commands", "Print JSON, for other programs."));
    parser.addOptions({serverOption, jsonOption});
    if (auto exit = parseOrExit(parser, args,
                                QCoreApplication::translate("Commands",
                                                            "Checks that this computer may receive a "
                                                            "restore of SET."),
                                1, 1))
        return *exit;
    Result<QList<PrerequisiteCheck>> checks =
        RestoreJob({parser.positionalArguments().first(), {}, {}, parser.value(serverOption)}).prerequisites();
    if (!checks) {
        printErr(displayText(checks.errorMessage()));  // may quote the manifest
        return parser.isSet(serverOption) ? Failure : UsageError;
    }
    const bool blocked = anyBlocks(*checks);
    if (parser.isSet(jsonOption)) {
        const QJsonObject root{{QStringLiteral("checks"), checksToJson(*checks)}, {QStringLiteral("blocked"), blocked}};
        printOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
        return blocked ? Failure : Success;
    }
    printChecks(*checks);
    if (blocked) {
        printOut(QCoreApplication::translate("Commands", "A required check failed: fix it before restoring."));
        return Failure;
    }
    printOut(QCoreApplication::translate("Commands", "This computer may receive the restore."));
    return Success;
}

int runRestore(const QStringList &args, const CancelToken &cancel) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("SET"),
                                 QCoreApplication::translate("Commands", "The set to restore from."));
    const QCommandLineOption itemOption(QStringLiteral("item"),
                                        QCoreApplication::translate("Commands", "Restore only this item (repeatable)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption targetOption(
        QStringLiteral("target"),
        QCoreApplication::translate("Commands", "Restore an item to PATH instead of where it was backed up from."),
        QStringLiteral("NAME=PATH"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("Commands", "The machine of the set's topology this computer replaces."),
        QStringLiteral("FQDN"));
    const QCommandLineOption connectionOption(
        QStringLiteral("connection"),
        QCoreApplication::translate("Commands",
                                    "The database server to restore a PostgreSQL item ([USER@]HOST[:PORT]) or an SQL "
                                    "Server item ([USER@]SERVER[\\INSTANCE]) to. The server the set names is never "
                                    "used."),
        QStringLiteral("NAME=SERVER"));
    const QCommandLineOption passwordEnvOption(
        QStringLiteral("password-env"),
        QCoreApplication::translate("Commands",
                                    "The environment variable that holds the password for an item's --connection."),
        QStringLiteral("NAME=VARIABLE"));
    const QCommandLineOption planOption(
        QStringLiteral("plan"),
        QCoreApplication::translate("Commands", "Your plan file: database items of the same name connect as it says."),
        QStringLiteral("FILE"));
    const QCommandLineOption yesOption(
        QStringLiteral("yes"),
        QCoreApplication::translate("Commands",
                                    "Restore items without --target to the places the set recorded without asking "
                                    "(for scripts)."));
    parser.addOptions(
        {itemOption, targetOption, serverOption, connectionOption, passwordEnvOption, planOption, yesOption});
    if (auto exit = parseOrExit(parser, args,
                                QCoreApplication::translate("Commands",
                                                            "Restores items of a set onto new or clean "
                                                            "targets, then verifies them."),
                                1, 1))
        return *exit;
    RestoreRequest request{
        parser.positionalArguments().first(), parser.values(itemOption), {}, parser.value(serverOption)};
    const auto targets = namePathPairs(parser.values(targetOption));
    if (!targets)
        return UsageError;
    for (const auto &[name, target] : *targets)
        request.targets.insert(name, target);  // a path or, for databases, a name
    if (auto exit = addConnections(
            request, {parser.values(connectionOption), parser.values(passwordEnvOption), parser.value(planOption)}))
        return *exit;
    if (auto exit = confirmRecordedTargets(request, parser.isSet(yesOption)))
        return *exit;

    Console console;
    const RestoreReport report = RestoreJob(request).run(&console, cancel);
    console.finish();
    if (!report.fatalError.isEmpty()) {
        printErr(displayText(report.fatalError));
        return Failure;
    }
    printChecks(report.checks);
    if (report.blockedByChecks()) {
        printOut(QCoreApplication::translate("Commands", "Nothing was restored: a required check failed."));
        return Failure;
    }
    // Names, targets and messages quote the set: never raw on the terminal.
    for (const ItemRestoreResult &item : report.items) {
        const QString verified = item.verified ? QCoreApplication::translate("Commands", "verified") : QString();
        printOut(QStringLiteral("%1  %2  %3  %4")
                     .arg(displayText(item.name).leftJustified(16),
                          itemRestoreStatusText(item.status).leftJustified(10), verified.leftJustified(9),
                          displayText(item.target)));
        if (!item.message.isEmpty())
            printOut(QStringLiteral("    %1").arg(displayText(item.message)));
        for (const QString &note : item.notes)
            printOut(QStringLiteral("    %1").arg(displayText(note)));
    }
    if (report.cancelled)
        return Interrupted;
    if (report.allRestored())
        return Success;
    return report.anyRestored() ? CompletedWithErrors : Failure;
}

namespace {

// A topology file, or the topology kept in a backup set (checked against
// the set's manifest first).
Result<Topology> readTopologyOrSet(const QString &path) {
    if (!QFileInfo(path).isDir())
        return readTopologyFile(path);
    Result<SetWithTopology> set = openSetWithTopology(path);
    if (!set)
        return set.error();
    return set->topology;
}

}  // namespace

int runCatalog(const QStringList &args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("TOPOLOGY"),
        QCoreApplication::translate("Commands", "Topology XML or .tbxml file, or a backup set that keeps one."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("Commands", "Print JSON, for other programs."));
    parser.addOption(jsonOption);
    if (auto exit = parseOrExit(
            parser, args, QCoreApplication::translate("Commands", "Lists what to back up for a Lync topology."), 1, 1))
        return *exit;
    Result<Topology> topology = readTopologyOrSet(parser.positionalArguments().first());
    if (!topology) {
        printErr(displayText(topology.errorMessage()));  // may quote the manifest
        return UsageError;
    }
    const QList<CatalogItem> catalog = buildCatalog(*topology);
    if (parser.isSet(jsonOption)) {
        QJsonArray items;
        for (const CatalogItem &item : catalog)
            items.append(item.toJson());
        QJsonObject root{{QStringLiteral("format"), topology->format},
                         {QStringLiteral("items"), items},
                         {QStringLiteral("unknown"), QJsonArray::fromStringList(topology->unknownElements)}};
        printOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
        return Success;
    }
    printOut(QCoreApplication::translate("Commands", "Topology: %1; %2 sites, %3 pools and servers, %4 SQL instances.")
                 .arg(displayText(topology->format))
                 .arg(topology->sites.size())
                 .arg(topology->clusters.size())
                 .arg(topology->sqlInstances.size()));
    // A topology, perhaps from a set, names these: never raw on the terminal.
    for (const CatalogItem &item : catalog) {
        printOut(QStringLiteral("%1  %2  %3")
                     .arg(necessityText(item.necessity).leftJustified(14), methodText(item.method).leftJustified(18),
                          displayText(item.title)));
        printOut(
            QStringLiteral("    %1: %2")
                .arg(displayText(item.name), item.server.isEmpty() ? QStringLiteral("?") : displayText(item.server)));
        if (!item.note.isEmpty())
            printOut(QStringLiteral("    %1").arg(displayText(item.note)));
    }
    for (const QString &unknown : topology->unknownElements)
        printOut(QCoreApplication::translate("Commands", "Not known to this version (shown, not backed up): %1")
                     .arg(displayText(unknown)));
    return Success;
}

int runPlan(const QStringList &args) {
    QCommandLineParser parser;
    const QCommandLineOption topologyOption(QStringLiteral("from-topology"),
                                            QCoreApplication::translate("Commands", "Topology XML or .tbxml file."),
                                            QStringLiteral("TOPOLOGY"));
    const QCommandLineOption locationOption(QStringLiteral("location"),
                                            QCoreApplication::translate("Commands", "The backup location."),
                                            QStringLiteral("PATH"));
    const QCommandLineOption outputOption(QStringLiteral("output"),
                                          QCoreApplication::translate("Commands",
                                                                      "Plan file to write (default: "
                                                                      "lync-backup-plan.json)."),
                                          QStringLiteral("FILE"), QStringLiteral("lync-backup-plan.json"));
    parser.addOptions({topologyOption, locationOption, outputOption});
    if (auto exit = parseOrExit(parser, args,
                                QCoreApplication::translate("Commands",
                                                            "Writes a plan file from a topology; edit it "
                                                            "to override connections."),
                                0, 0))
        return *exit;
    if (!parser.isSet(topologyOption) || !parser.isSet(locationOption)) {
        printErr(QCoreApplication::translate("Commands", "Give both --from-topology and --location."));
        return UsageError;
    }
    Result<Topology> topology = readTopologyFile(parser.value(topologyOption));
    if (!topology) {
        printErr(topology.errorMessage());
        return UsageError;
    }
    const QString output = parser.value(outputOption);
    if (QFileInfo::exists(output)) {
        printErr(QCoreApplication::translate("Commands", "%1 already exists; choose another --output or move it away.")
                     .arg(output));
        return Failure;
    }
    BackupPlan plan = planFromCatalog(buildCatalog(*topology), parser.value(locationOption),
                                      QFileInfo(parser.value(topologyOption)).completeBaseName());
    plan.topology = QFileInfo(parser.value(topologyOption)).absoluteFilePath();
    if (Status saved = plan.save(output); !saved) {
        printErr(saved.errorMessage());
        return Failure;
    }
    printOut(QCoreApplication::translate("Commands", "Wrote a plan with %n items.", nullptr, int(plan.items.size())));
    printOut(QFileInfo(output).absoluteFilePath());
    return Success;
}

}  // namespace lbw::cli
