// lync-backup drill: proves that a set restores (into a scratch folder that
// is removed afterwards) and records the result in the location.

#include "cli/CommandSupport.h"
#include "cli/Commands.h"
#include "cli/Console.h"
#include "cli/ExitCode.h"
#include "jobs/DrillJob.h"
#include "util/DisplayText.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace lbw::cli {
namespace {

QString outcomeText(DrillItemResult::Outcome outcome) {
    switch (outcome) {
        case DrillItemResult::Outcome::Passed:
            return QCoreApplication::translate("Commands", "passed");
        case DrillItemResult::Outcome::Failed:
            return QCoreApplication::translate("Commands", "FAILED");
        case DrillItemResult::Outcome::NotDrilled:
            break;
    }
    return QCoreApplication::translate("Commands", "not drilled");
}

}  // namespace

int runDrill(const QStringList &args, const CancelToken &cancel) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("LOCATION|SET"),
        QCoreApplication::translate("Commands", "A backup location (its newest complete set is drilled) or a set."));
    const QCommandLineOption scratch(
        QStringLiteral("scratch"),
        QCoreApplication::translate("Commands", "Where to restore (default: the system's temporary folder)."),
        QStringLiteral("DIR"));
    parser.addOption(scratch);
    if (auto exit = parseOrExit(parser, args,
                                QCoreApplication::translate(
                                    "Commands",
                                    "Restore drill: verifies the set, restores its file stores and SQLite databases "
                                    "into a scratch folder, checks every file and table there, removes the scratch "
                                    "folder and records the result in the location."),
                                1, 1))
        return *exit;
    const std::optional<QString> found = setOrLatestOf(parser.positionalArguments().first());
    if (!found)
        return Failure;
    const QString &setPath = *found;
    Console console;
    const DrillReport report = DrillJob(setPath, parser.value(scratch)).run(&console, cancel);
    console.finish();
    printOut(QCoreApplication::translate("Commands", "Restore drill of %1:").arg(setPath));
    // Problems, names and details quote the set: never raw on the terminal.
    for (const QString &problem : report.verifyProblems)
        printOut(QStringLiteral("  %1").arg(displayText(problem)));
    for (const DrillItemResult &item : report.items)
        printOut(QStringLiteral("  %1  %2: %3")
                     .arg(displayText(item.name), outcomeText(item.outcome), displayText(item.detail)));
    if (!report.fatalError.isEmpty())
        printErr(displayText(report.fatalError));
    if (Status recorded = recordDrill(QFileInfo(setPath).absolutePath(), report); !recorded)
        printErr(recorded.errorMessage());
    if (report.cancelled) {
        printOut(QCoreApplication::translate("Commands", "Drill: cancelled; nothing is proved."));
        return Interrupted;
    }
    if (!report.passed()) {
        printOut(QCoreApplication::translate("Commands",
                                             "Drill: FAILED. This set would not restore as it is; see above, and "
                                             "make sure a good set exists (run a backup now)."));
        return report.verifyProblems.isEmpty() ? Failure : VerifyFailed;
    }
    printOut(QCoreApplication::translate("Commands", "Drill: passed."));
    return Success;
}

}  // namespace lbw::cli
