#include "cli/CommandSupport.h"

#include "cli/Console.h"
#include "cli/ExitCode.h"
#include "jobs/VerifyJob.h"
#include "location/BackupLocation.h"
#include "util/DisplayText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace lbw::cli {

std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &args, const QString &description,
                               int minPositional, int maxPositional) {
    parser.setApplicationDescription(description);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(args)) {
        printErr(parser.errorText());
        printErr(QCoreApplication::translate("Commands", "Run \"%1 --help\" for the options.").arg(args.first()));
        return UsageError;
    }
    if (parser.isSet(help)) {
        printOut(parser.helpText());
        return Success;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional || count > maxPositional) {
        printErr(QCoreApplication::translate("Commands", "Wrong number of arguments."));
        printErr(parser.helpText());
        return UsageError;
    }
    return std::nullopt;
}

std::optional<QList<QPair<QString, QString>>> namePathPairs(const QStringList &values) {
    QList<QPair<QString, QString>> pairs;
    for (const QString &value : values) {
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        if (equals <= 0 || equals == value.size() - 1) {
            printErr(QCoreApplication::translate("Commands", "\"%1\" is not NAME=PATH.").arg(value));
            return std::nullopt;
        }
        pairs.append({value.left(equals), value.mid(equals + 1)});
    }
    return pairs;
}

void printVerifyReport(const VerifyReport &report) {
    if (!report.fatalError.isEmpty()) {
        printOut(QCoreApplication::translate("Commands", "Verify: cannot check %1: %2")
                     .arg(displayText(report.setPath), displayText(report.fatalError)));
        return;
    }
    // Paths and details quote the set: never raw on the terminal.
    for (const VerifyProblem &problem : report.problems)
        printOut(QStringLiteral("  %1: %2 (%3)")
                     .arg(verifyProblemKindText(problem.kind), displayText(problem.path), displayText(problem.detail)));
    if (report.cancelled)
        printOut(QCoreApplication::translate("Commands", "Verify: cancelled."));
    else if (report.ok())
        printOut(QCoreApplication::translate("Commands", "Verify: OK, %Ln files (%1) match the manifest.", nullptr,
                                             int(report.filesChecked))
                     .arg(formatBytes(report.bytesChecked)));
    else
        printOut(QCoreApplication::translate("Commands", "Verify: %n problems found.", nullptr,
                                             int(report.problems.size())));
}

std::optional<QString> setOrLatestOf(const QString &given) {
    const QString path = QFileInfo(given).absoluteFilePath();
    if (QFileInfo::exists(path + QStringLiteral("/manifest.json")))
        return path;
    const QString latest = BackupLocation(path).latestSetPath();
    if (!latest.isEmpty())
        return latest;
    printErr(QCoreApplication::translate("Commands", "%1 is neither a set nor a backup location with a complete set.")
                 .arg(path));
    return std::nullopt;
}

void printChecks(const QList<PrerequisiteCheck> &checks) {
    for (const PrerequisiteCheck &check : checks) {
        const QString optional = check.required ? QString() : QCoreApplication::translate("Commands", " (advice)");
        // Titles and explanations quote the set's paths and host names.
        printOut(QStringLiteral("%1 %2%3").arg(prerequisiteResultText(check.result).leftJustified(13),
                                               displayText(check.title), optional));
        printOut(QStringLiteral("              %1").arg(displayText(check.explanation)));
    }
}

QJsonArray checksToJson(const QList<PrerequisiteCheck> &checks) {
    QJsonArray array;
    for (const PrerequisiteCheck &check : checks) {
        const QString status = check.result == PrerequisiteCheck::Result::Pass   ? QStringLiteral("pass")
                               : check.result == PrerequisiteCheck::Result::Fail ? QStringLiteral("fail")
                                                                                 : QStringLiteral("cannot-check");
        array.append(QJsonObject{{QStringLiteral("id"), check.id},
                                 {QStringLiteral("title"), check.title},
                                 {QStringLiteral("status"), status},
                                 {QStringLiteral("required"), check.required},
                                 {QStringLiteral("detail"), check.explanation}});
    }
    return array;
}

}  // namespace lbw::cli
