// lync-backup copy: a second copy of a complete set in another location,
// verified there and committed as a backup run is.

#include "cli/CommandSupport.h"
#include "cli/Commands.h"
#include "cli/Console.h"
#include "cli/ExitCode.h"
#include "jobs/CopyJob.h"

#include <QCoreApplication>
#include <QDir>

namespace lbw::cli {

void printCopyReport(const CopyReport &report) {
    switch (report.outcome) {
        case CopyReport::Outcome::AlreadyThere:
            printOut(QCoreApplication::translate("Commands", "%1 already holds this set; nothing was copied.")
                         .arg(report.copiedSetPath));
            return;
        case CopyReport::Outcome::Cancelled:
            printErr(QCoreApplication::translate("Commands", "Copy cancelled; the unfinished copy was removed."));
            return;
        case CopyReport::Outcome::Failed:
            if (report.verify && !report.verify->ok())
                printVerifyReport(*report.verify);
            printErr(QCoreApplication::translate("Commands", "The copy failed: %1").arg(report.error));
            return;
        case CopyReport::Outcome::Copied:
            break;
    }
    printOut(QCoreApplication::translate("Commands", "Copied to %1: %Ln files, %2, verified there.", nullptr,
                                         int(report.files))
                 .arg(report.copiedSetPath, formatBytes(report.bytes)));
    if (report.linkedFiles > 0)
        printOut(QCoreApplication::translate("Commands", "%n unchanged files (%1) are shared with %2.", nullptr,
                                             int(report.linkedFiles))
                     .arg(formatBytes(report.linkedBytes), report.linkedFrom));
    if (!report.linkNote.isEmpty())
        printOut(
            QCoreApplication::translate("Commands", "Files were copied instead of linked: %1").arg(report.linkNote));
    if (!report.latestUpdated)
        printOut(QCoreApplication::translate("Commands",
                                             "LATEST of that location was not moved: it names a newer set, or an "
                                             "item of this set failed."));
}

int runCopy(const QStringList &args, const CancelToken &cancel) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("SET|LOCATION"),
        QCoreApplication::translate("Commands", "A complete set, or a backup location (its newest set is copied)."));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      QCoreApplication::translate("Commands", "The location to copy the set to."),
                                      QStringLiteral("LOCATION"));
    parser.addOption(toOption);
    if (auto exit = parseOrExit(
            parser, args,
            QCoreApplication::translate("Commands",
                                        "Copies a complete set to a second location (another disk or site): every file "
                                        "is checked against the set's list as it is read, files the location's newest "
                                        "set already has are shared with it, and the copy is verified there before it "
                                        "is committed."),
            1, 1))
        return *exit;
    if (!parser.isSet(toOption)) {
        printErr(QCoreApplication::translate("Commands", "Name the location to copy to with --to LOCATION."));
        return UsageError;
    }
    const std::optional<QString> setPath = setOrLatestOf(parser.positionalArguments().first());
    if (!setPath)
        return Failure;
    Console console;
    // Relative to the shell's folder, as a command line means it.
    // Relative to the shell's folder, as a command line means it; a share
    // name is left as written, for the location to refuse where it cannot be opened.
    const QString to = parser.value(toOption);
    const bool shareName = to.startsWith(QLatin1String("\\\\")) || to.startsWith(QLatin1String("//"));
    const CopyReport report = CopyJob(*setPath, shareName ? to : QDir(to).absolutePath()).run(&console, cancel);
    console.finish();
    printCopyReport(report);
    switch (report.outcome) {
        case CopyReport::Outcome::Copied:
        case CopyReport::Outcome::AlreadyThere:
            return Success;
        case CopyReport::Outcome::Cancelled:
            return Interrupted;
        case CopyReport::Outcome::Failed:
            break;
    }
    return report.verify && !report.verify->ok() && report.verify->fatalError.isEmpty() ? VerifyFailed : Failure;
}

}  // namespace lbw::cli
