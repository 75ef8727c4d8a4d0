// lync-backup schedule install|show|remove: runs a plan by the system's own
// scheduler (systemd timers, Task Scheduler), never by a daemon of ours.

#include "cli/CommandSupport.h"
#include "cli/Commands.h"
#include "cli/Console.h"
#include "cli/ExitCode.h"
#include "model/BackupPlan.h"
#include "schedule/ScheduleInstaller.h"
#include "schedule/SchedulerDefinitions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace lbw::cli {
namespace {

QString scheduleUsage() {
    return QCoreApplication::translate(
        "Commands",
        "Usage:\n"
        "  lync-backup schedule install --plan FILE --daily HH:MM [--weekdays mon,wed,...] [--drill]\n"
        "                               [--print [--format systemd|task-scheduler]] [--run-as ACCOUNT]\n"
        "  lync-backup schedule show --plan FILE | LOCATION\n"
        "  lync-backup schedule remove --plan FILE | LOCATION\n"
        "\n"
        "install: runs the plan's backup every day (or on the --weekdays) at HH:MM, local\n"
        "time, with a systemd timer on Linux or a Task Scheduler task on Windows; a run\n"
        "missed while the machine was off starts as soon as it is back. --drill adds a\n"
        "weekly restore drill. --print writes the units or the task XML to standard\n"
        "output and installs nothing.");
}

// The location a `show` or `remove` is about: the plan's, or the one given.
std::optional<QString> locationOf(const QCommandLineParser &parser, const QCommandLineOption &plan) {
    if (parser.isSet(plan)) {
        Result<BackupPlan> loaded = BackupPlan::load(parser.value(plan));
        if (!loaded) {
            printErr(loaded.errorMessage());
            return std::nullopt;
        }
        return loaded->location;
    }
    if (parser.positionalArguments().size() == 2)
        return parser.positionalArguments().at(1);
    printErr(QCoreApplication::translate("Commands", "Give the plan (--plan FILE) or its backup location."));
    return std::nullopt;
}

void printSchedule(const Schedule &schedule) {
    const QDateTime now = QDateTime::currentDateTime();
    printOut(QCoreApplication::translate("Commands", "Plan:      %1 (%2)").arg(schedule.name, schedule.planPath));
    printOut(QCoreApplication::translate("Commands", "Location:  %1").arg(schedule.location));
    printOut(QCoreApplication::translate("Commands", "Runs:      %1").arg(schedule.describe()));
    printOut(QCoreApplication::translate("Commands", "Next run:  %1")
                 .arg(QLocale().toString(schedule.nextRun(now), QLocale::LongFormat)));
    if (schedule.weeklyDrill)
        printOut(QCoreApplication::translate("Commands", "Drill:     weekly, next %1")
                     .arg(QLocale().toString(schedule.nextDrill(now), QLocale::LongFormat)));
    if (schedule.watch)
        printOut(QCoreApplication::translate("Commands", "Check:     every hour (status --notify)"));
}

void printInstallation(const ScheduleInstallation &installation) {
    for (const QString &file : installation.files)
        printOut(QStringLiteral("  %1/%2").arg(installation.directory, file));
    for (const QString &command : installation.commands)
        printOut(QStringLiteral("  $ %1").arg(command));
    if (!installation.note.isEmpty())
        printOut(installation.note);
}

int install(const QCommandLineParser &parser, const QCommandLineOption &planOption, const QCommandLineOption &daily,
            const QCommandLineOption &weekdays, const QCommandLineOption &drill, const QCommandLineOption &print,
            const QCommandLineOption &format, const QCommandLineOption &runAs) {
    if (!parser.isSet(planOption) || !parser.isSet(daily)) {
        printErr(QCoreApplication::translate("Commands", "schedule install needs --plan FILE and --daily HH:MM."));
        return UsageError;
    }
    Result<BackupPlan> plan = BackupPlan::load(parser.value(planOption));
    if (!plan) {
        printErr(plan.errorMessage());
        return UsageError;
    }
    Schedule schedule;
    schedule.name = plan->name;
    schedule.planPath = QFileInfo(parser.value(planOption)).absoluteFilePath();
    schedule.location = plan->location;
    schedule.weeklyDrill = parser.isSet(drill);
    // A plan that tells people of its runs also tells them of runs that
    // never happened.
    schedule.watch = !plan->notify.isEmpty();
    schedule.at = Schedule::parseTime(parser.value(daily));
    if (!schedule.at.isValid()) {
        printErr(
            QCoreApplication::translate("Commands", "--daily needs a time of day as HH:MM (24 hours), e.g. 02:30."));
        return UsageError;
    }
    if (parser.isSet(weekdays)) {
        Result<QList<Qt::DayOfWeek>> days = Schedule::parseDays(parser.value(weekdays));
        if (!days) {
            printErr(days.errorMessage());
            return UsageError;
        }
        schedule.days = *days;
    }
    const QString program = QCoreApplication::applicationFilePath();
    if (parser.isSet(print)) {
#ifdef Q_OS_WIN
        const QString kind = parser.isSet(format) ? parser.value(format) : QStringLiteral("task-scheduler");
#else
        const QString kind = parser.isSet(format) ? parser.value(format) : QStringLiteral("systemd");
#endif
        QList<SchedulerFile> files;
        if (kind == QLatin1String("systemd"))
            files = systemdUnits(schedule, program);
        else if (kind == QLatin1String("task-scheduler"))
            files = taskSchedulerTasks(schedule, program, QDate::currentDate());
        else {
            printErr(QCoreApplication::translate("Commands", "--format is systemd or task-scheduler."));
            return UsageError;
        }
        for (const SchedulerFile &file : files)
            printOut(QStringLiteral("# --- %1\n%2").arg(file.name, file.text));
        return Success;
    }
    Result<ScheduleInstallation> installed = installSchedule(schedule, program, parser.value(runAs));
    if (!installed) {
        printErr(installed.errorMessage());
        return Failure;
    }
    printOut(QCoreApplication::translate("Commands", "Scheduled:"));
    printInstallation(*installed);
    printSchedule(schedule);
    return Success;
}

}  // namespace

int runSchedule(const QStringList &args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("install, show or remove"));
    const QCommandLineOption planOption(QStringLiteral("plan"),
                                        QCoreApplication::translate("Commands", "The plan file to run."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption daily(QStringLiteral("daily"),
                                   QCoreApplication::translate("Commands", "Local time of the run, HH:MM."),
                                   QStringLiteral("HH:MM"));
    const QCommandLineOption weekdays(
        QStringLiteral("weekdays"),
        QCoreApplication::translate("Commands", "Only on these days: mon,tue,wed,thu,fri,sat,sun."),
        QStringLiteral("DAYS"));
    const QCommandLineOption drill(QStringLiteral("drill"),
                                   QCoreApplication::translate("Commands", "Also run a restore drill weekly."));
    const QCommandLineOption print(QStringLiteral("print"),
                                   QCoreApplication::translate("Commands", "Print the definitions; install nothing."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("Commands", "With --print: systemd or task-scheduler."),
                                    QStringLiteral("KIND"));
    const QCommandLineOption runAs(
        QStringLiteral("run-as"),
        QCoreApplication::translate("Commands", "Windows: the account the task runs as (schtasks asks its password)."),
        QStringLiteral("ACCOUNT"));
    parser.addOptions({planOption, daily, weekdays, drill, print, format, runAs});
    if (auto exit = parseOrExit(parser, args, scheduleUsage(), 1, 2))
        return *exit;
    const QString action = parser.positionalArguments().first();
    if (action == QLatin1String("install"))
        return install(parser, planOption, daily, weekdays, drill, print, format, runAs);
    if (action != QLatin1String("show") && action != QLatin1String("remove")) {
        printErr(QCoreApplication::translate("Commands", "Unknown schedule action \"%1\": use install, show or remove.")
                     .arg(action));
        return UsageError;
    }
    const std::optional<QString> location = locationOf(parser, planOption);
    if (!location)
        return UsageError;
    Result<Schedule> schedule = readLocationSchedule(*location);
    if (!schedule) {
        printErr(schedule.errorMessage());
        return Failure;
    }
    if (action == QLatin1String("show")) {
        printSchedule(*schedule);
        return Success;
    }
    Result<ScheduleInstallation> removed = removeSchedule(*schedule);
    if (!removed) {
        printErr(removed.errorMessage());
        return Failure;
    }
    printOut(QCoreApplication::translate("Commands", "Removed the schedule of %1:").arg(schedule->name));
    printInstallation(*removed);
    return Success;
}

}  // namespace lbw::cli
