// lync-backup status: a location at a glance, for an administrator and for
// a monitoring system (exit 0 OK, 1 warning, 2 critical, 3 unknown, as
// Nagios-style checks expect).

#include "cli/CommandSupport.h"
#include "cli/Commands.h"
#include "cli/Console.h"
#include "location/LocationStatus.h"
#include "model/BackupPlan.h"
#include "notify/StatusNotification.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

namespace lbw::cli {
namespace {

enum StatusExit : int { StatusOk = 0, StatusWarning = 1, StatusCritical = 2, StatusUnknown = 3 };

QString levelText(LocationStatus::Level level) {
    switch (level) {
        case LocationStatus::Level::Ok:
            return QCoreApplication::translate("Commands", "OK");
        case LocationStatus::Level::Warning:
            return QCoreApplication::translate("Commands", "WARNING");
        case LocationStatus::Level::Critical:
            break;
    }
    return QCoreApplication::translate("Commands", "CRITICAL");
}

QString runResultText(LastRun::Result result) {
    switch (result) {
        case LastRun::Result::Succeeded:
            return QCoreApplication::translate("Commands", "succeeded");
        case LastRun::Result::CompletedWithErrors:
            return QCoreApplication::translate("Commands", "completed with errors");
        case LastRun::Result::Running:
            return QCoreApplication::translate("Commands", "running now");
        case LastRun::Result::Failed:
            break;
    }
    return QCoreApplication::translate("Commands", "failed");
}

QString drillResultText(const QString &key) {
    if (key == QLatin1String("passed"))
        return QCoreApplication::translate("Commands", "passed");
    if (key == QLatin1String("failed"))
        return QCoreApplication::translate("Commands", "FAILED");
    return QCoreApplication::translate("Commands", "cancelled");
}

std::optional<double> hoursOption(const QCommandLineParser &parser, const QCommandLineOption &option) {
    bool ok = false;
    const double hours = parser.value(option).toDouble(&ok);
    if (!ok || hours <= 0) {
        printErr(QCoreApplication::translate("Commands", "--%1 needs a number of hours above 0.")
                     .arg(option.names().first()));
        return std::nullopt;
    }
    return hours;
}

void printStatus(const LocationStatus &status) {
    const QLocale locale;
    printOut(QStringLiteral("%1: %2").arg(levelText(status.level), status.root));
    for (const QString &reason : status.reasons)
        printOut(QStringLiteral("  %1").arg(reason));
    if (status.newestGood)
        printOut(QCoreApplication::translate("Commands", "Newest good set:  %1, finished %2 (%3 hours ago)")
                     .arg(status.newestGood->name,
                          locale.toString(status.newestGood->finishedUtc.toLocalTime(), QLocale::ShortFormat),
                          locale.toString(status.ageHours, 'f', 1)));
    else
        printOut(QCoreApplication::translate("Commands", "Newest good set:  none"));
    if (status.lastRun) {
        printOut(QCoreApplication::translate("Commands", "Last run:         %1, %2")
                     .arg(status.lastRun->name, runResultText(status.lastRun->result)));
        for (const QString &error : status.lastRun->errors)
            printOut(QStringLiteral("                    %1").arg(error));
    }
    printOut(QCoreApplication::translate("Commands", "Sets:             %1, using %2")
                 .arg(status.sets)
                 .arg(formatBytes(status.usedBytes)));
    printOut(QCoreApplication::translate("Commands", "Free space:       %1")
                 .arg(status.freeBytes < 0 ? QCoreApplication::translate("Commands", "unknown")
                                           : formatBytes(status.freeBytes)));
    printOut(QCoreApplication::translate("Commands", "Next run:         %1")
                 .arg(status.nextRun.isValid()
                          ? locale.toString(status.nextRun, QLocale::ShortFormat)
                          : QCoreApplication::translate("Commands", "not scheduled (lync-backup schedule install)")));
    if (status.newestGood)
        printOut(QCoreApplication::translate("Commands", "Last verified:    %1")
                     .arg(status.lastVerification
                              ? QCoreApplication::translate("Commands", "%1 (set %2, %3)")
                                    .arg(status.lastVerification->result == QLatin1String("passed")
                                             ? QCoreApplication::translate("Commands", "intact")
                                             : QCoreApplication::translate("Commands", "DAMAGED"),
                                         status.lastVerification->setName,
                                         locale.toString(status.lastVerification->finishedUtc.toLocalTime(),
                                                         QLocale::ShortFormat))
                              : QCoreApplication::translate("Commands", "never (lync-backup verify SET)")));
    if (status.lastDrill)
        printOut(QCoreApplication::translate("Commands", "Last drill:       %1 (set %2, %3)")
                     .arg(drillResultText(status.lastDrill->result), status.lastDrill->setName,
                          locale.toString(status.lastDrill->finishedUtc.toLocalTime(), QLocale::ShortFormat)));
    else
        printOut(QCoreApplication::translate("Commands", "Last drill:       none (lync-backup drill)"));
}

}  // namespace

int runStatus(const QStringList &args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("LOCATION"),
                                 QCoreApplication::translate("Commands", "The backup location."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("Commands", "Print JSON."));
    const QCommandLineOption plan(
        QStringLiteral("plan"),
        QCoreApplication::translate("Commands", "Take the location and thresholds from this plan."),
        QStringLiteral("FILE"));
    const QCommandLineOption warn(QStringLiteral("warn-after"),
                                  QCoreApplication::translate("Commands",
                                                              "Warn when the newest good set is older "
                                                              "(hours; default 26)."),
                                  QStringLiteral("HOURS"));
    const QCommandLineOption critical(QStringLiteral("critical-after"),
                                      QCoreApplication::translate("Commands",
                                                                  "Critical when it is older (hours; "
                                                                  "default 50)."),
                                      QStringLiteral("HOURS"));
    const QCommandLineOption notify(
        QStringLiteral("notify"),
        QCoreApplication::translate("Commands",
                                    "With --plan: when the location is not OK, tell the plan's people (mail, "
                                    "onFailure), once until it changes."));
    parser.addOptions({json, plan, warn, critical, notify});
    if (auto exit = parseOrExit(parser, args,
                                QCoreApplication::translate("Commands",
                                                            "Shows how a backup location is doing. Exit code: 0 OK, "
                                                            "1 warning, 2 critical, 3 unknown."),
                                0, 1))
        return *exit == 0 ? 0 : StatusUnknown;
    StatusThresholds thresholds;
    QString root = parser.positionalArguments().value(0);
    if (parser.isSet(notify) && !parser.isSet(plan)) {
        printErr(QCoreApplication::translate("Commands", "--notify needs --plan FILE: the plan says whom to tell."));
        return StatusUnknown;
    }
    std::optional<BackupPlan> planned;
    if (parser.isSet(plan)) {
        Result<BackupPlan> loaded = BackupPlan::load(parser.value(plan));
        if (!loaded) {
            printErr(loaded.errorMessage());
            return StatusUnknown;
        }
        thresholds = {loaded->warnAfterHours, loaded->criticalAfterHours};
        if (root.isEmpty())
            root = loaded->location;
        planned = std::move(loaded).value();
    }
    if (root.isEmpty()) {
        printErr(QCoreApplication::translate("Commands", "Give the backup location, or --plan FILE."));
        return StatusUnknown;
    }
    for (const auto &[option, hours] :
         {std::pair{&warn, &thresholds.warnAfterHours}, std::pair{&critical, &thresholds.criticalAfterHours}}) {
        if (!parser.isSet(*option))
            continue;
        const std::optional<double> given = hoursOption(parser, *option);
        if (!given)
            return StatusUnknown;
        *hours = *given;
    }
    if (!QFileInfo(root).isDir()) {
        const QString unreachable =
            QCoreApplication::translate("Commands", "%1 cannot be reached or is not a folder: is the share mounted?")
                .arg(root);
        printErr(unreachable);
        // The likeliest reason backups stop: told like any other problem.
        if (parser.isSet(notify)) {
            LocationStatus status;
            status.root = root;
            status.level = LocationStatus::Level::Critical;
            status.reasons << unreachable;
            for (const QString &note : notifyStatus(planned->notify, planned->name, status).notes)
                printErr(note);
        }
        return StatusUnknown;
    }
    const LocationStatus status = assessLocation(root, thresholds, QDateTime::currentDateTimeUtc());
    if (parser.isSet(json))
        printOut(QString::fromUtf8(QJsonDocument(status.toJson()).toJson(QJsonDocument::Indented)).trimmed());
    else
        printStatus(status);
    if (parser.isSet(notify))
        for (const QString &note : notifyStatus(planned->notify, planned->name, status).notes)
            printErr(note);
    return int(status.level);
}

}  // namespace lbw::cli
