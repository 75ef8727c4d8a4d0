// lync-backup prune: removes the sets a retention policy does not keep.

#include "cli/CommandSupport.h"
#include "cli/Commands.h"
#include "cli/Console.h"
#include "cli/ExitCode.h"
#include "location/Prune.h"

#include <QCoreApplication>

namespace lbw::cli {
namespace {

QString reasonText(const QString &key) {
    if (key == QLatin1String("last"))
        return QCoreApplication::translate("Commands", "one of the last");
    if (key == QLatin1String("daily"))
        return QCoreApplication::translate("Commands", "newest of its day");
    if (key == QLatin1String("weekly"))
        return QCoreApplication::translate("Commands", "newest of its week");
    if (key == QLatin1String("monthly"))
        return QCoreApplication::translate("Commands", "newest of its month");
    if (key == QLatin1String("latest"))
        return QCoreApplication::translate("Commands", "LATEST");
    if (key == QLatin1String("newest-good"))
        return QCoreApplication::translate("Commands", "newest set without errors");
    return key;
}

}  // namespace

int runPrune(const QStringList &args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("LOCATION"),
                                 QCoreApplication::translate("Commands", "The backup location."));
    const QCommandLineOption last(QStringLiteral("keep-last"),
                                  QCoreApplication::translate("Commands", "Keep the newest N sets."),
                                  QStringLiteral("N"));
    const QCommandLineOption daily(
        QStringLiteral("keep-daily"),
        QCoreApplication::translate("Commands", "Keep the newest set of each of the last N days that have one."),
        QStringLiteral("N"));
    const QCommandLineOption weekly(
        QStringLiteral("keep-weekly"),
        QCoreApplication::translate("Commands", "Keep the newest set of each of the last N weeks that have one."),
        QStringLiteral("N"));
    const QCommandLineOption monthly(
        QStringLiteral("keep-monthly"),
        QCoreApplication::translate("Commands", "Keep the newest set of each of the last N months that have one."),
        QStringLiteral("N"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QCoreApplication::translate("Commands", "Say what would go; remove nothing."));
    parser.addOptions({last, daily, weekly, monthly, dryRun});
    if (auto exit = parseOrExit(parser, args,
                                QCoreApplication::translate("Commands",
                                                            "Removes the sets of LOCATION that the --keep rules do "
                                                            "not keep (as restic forget does). LATEST and the "
                                                            "newest set without errors are always kept."),
                                1, 1))
        return *exit;
    RetentionPolicy policy;
    const std::pair<const QCommandLineOption *, int *> rules[] = {{&last, &policy.keepLast},
                                                                  {&daily, &policy.keepDaily},
                                                                  {&weekly, &policy.keepWeekly},
                                                                  {&monthly, &policy.keepMonthly}};
    for (const auto &[option, count] : rules) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *count = parser.value(*option).toInt(&ok);
        if (!ok || *count < 1) {
            printErr(QCoreApplication::translate("Commands", "--%1 needs a whole number of 1 or more.")
                         .arg(option->names().first()));
            return UsageError;
        }
    }
    if (policy.isEmpty()) {
        printErr(QCoreApplication::translate("Commands",
                                             "Name at least one rule: --keep-last, --keep-daily, --keep-weekly or "
                                             "--keep-monthly."));
        return UsageError;
    }
    const bool dry = parser.isSet(dryRun);
    const Result<PruneReport> report = pruneLocation(BackupLocation(parser.positionalArguments().first()), policy, dry);
    if (!report) {
        printErr(report.errorMessage());
        return Failure;
    }
    printOut(QCoreApplication::translate("Commands", "Keeping (%1):").arg(policy.describe()));
    for (const RetentionDecision &decision : report->decisions) {
        QStringList reasons;
        for (const QString &key : decision.reasons)
            reasons << reasonText(key);
        printOut(
            QStringLiteral("  %1  %2%3")
                .arg(decision.name,
                     decision.keep ? QCoreApplication::translate("Commands", "keep")
                     : dry         ? QCoreApplication::translate("Commands", "would remove")
                                   : QCoreApplication::translate("Commands", "removed"),
                     reasons.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reasons.join(QStringLiteral(", ")))));
    }
    for (const QString &run : report->removedRuns)
        printOut(QStringLiteral("  %1  %2")
                     .arg(run, dry ? QCoreApplication::translate("Commands", "would remove (unfinished run)")
                                   : QCoreApplication::translate("Commands", "removed (unfinished run)")));
    if (!dry)
        printOut(QCoreApplication::translate("Commands", "%1 freed (files a kept set still links stay).")
                     .arg(formatBytes(report->freedBytes)));
    for (const QString &problem : report->problems)
        printErr(problem);
    return report->problems.isEmpty() ? Success : Failure;
}

}  // namespace lbw::cli
