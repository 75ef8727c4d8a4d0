#include "schedule/ScheduleInstaller.h"

#include "location/ScheduleFile.h"
#include "platform/Platform.h"
#include "schedule/SchedulerDefinitions.h"
#include "schedule/Schtasks.h"
#include "schedule/TaskSchedulerXml.h"
#include "sources/ExternalCommand.h"
#include "util/CancelToken.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace lbw {
namespace {

constexpr int kCommandTimeoutSeconds = 60;

QString shellLine(const QString &program, const QStringList &arguments) {
    QStringList words{program};
    for (const QString &argument : arguments)
        words << (argument.contains(QLatin1Char(' ')) ? QLatin1Char('"') + argument + QLatin1Char('"') : argument);
    return words.join(QLatin1Char(' '));
}

Status run(ScheduleInstallation &installation, const QString &program, const QStringList &arguments) {
    installation.commands << shellLine(program, arguments);
    Result<CommandRun> ran = runCommand(program, arguments, QProcessEnvironment::systemEnvironment(),
                                        kCommandTimeoutSeconds, CancelToken(), nullptr, program);
    if (!ran)
        return ran.error();
    return {};
}

#ifndef Q_OS_WIN
bool userUnits() {
    return !platform::isAdministrator();
}

QString unitDirectory() {
    if (const QString forced = qEnvironmentVariable("LBW_SYSTEMD_DIR"); !forced.isEmpty())
        return forced;
    if (userUnits())
        return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
               QStringLiteral("/systemd/user");
    return QStringLiteral("/etc/systemd/system");
}

QString systemctl() {
    const QString forced = qEnvironmentVariable("LBW_SYSTEMCTL");
    return forced.isEmpty() ? QStringLiteral("systemctl") : forced;
}

QStringList systemctlArguments(QStringList arguments) {
    if (userUnits())
        arguments.prepend(QStringLiteral("--user"));
    return arguments;
}

QStringList timerNames(const QList<SchedulerFile> &units) {
    QStringList timers;
    for (const SchedulerFile &unit : units)
        if (unit.name.endsWith(QLatin1String(".timer")))
            timers << unit.name;
    return timers;
}
#endif

}  // namespace

#ifndef Q_OS_WIN
Result<ScheduleInstallation> installSchedule(const Schedule &schedule, const QString &program, const QString &) {
    ScheduleInstallation installation;
    installation.directory = unitDirectory();
    if (!QDir().mkpath(installation.directory))
        return Error{QCoreApplication::translate("ScheduleInstaller", "Cannot create the folder %1 for the units.")
                         .arg(installation.directory)};
    const QList<SchedulerFile> units = systemdUnits(schedule, program);
    for (const SchedulerFile &unit : units) {
        if (Status written = platform::writeFileAtomically(installation.directory + QLatin1Char('/') + unit.name,
                                                           unit.text.toUtf8());
            !written)
            return written.error();
        installation.files << unit.name;
    }
    auto notEnabled = [&](const Status &failed) {
        return Error{QCoreApplication::translate("ScheduleInstaller",
                                                 "The units were written to %1, but systemd did not take them: "
                                                 "%2\nIs systemd running on this machine? Enable them with: "
                                                 "systemctl %3enable --now %4")
                         .arg(installation.directory, failed.errorMessage(),
                              userUnits() ? QStringLiteral("--user ") : QString(),
                              timerNames(units).join(QLatin1Char(' ')))};
    };
    if (Status reloaded = run(installation, systemctl(), systemctlArguments({QStringLiteral("daemon-reload")}));
        !reloaded)
        return notEnabled(reloaded);
    if (Status enabled =
            run(installation, systemctl(),
                systemctlArguments(QStringList{QStringLiteral("enable"), QStringLiteral("--now")} + timerNames(units)));
        !enabled)
        return notEnabled(enabled);
    if (Status kept = writeLocationSchedule(schedule); !kept)
        return kept.error();
    if (userUnits())
        installation.note =
            QCoreApplication::translate(
                "ScheduleInstaller",
                "These are your own units: they run while you are logged in. To run them at night without a "
                "session, run once: loginctl enable-linger %1")
                .arg(qEnvironmentVariable("USER"));
    return installation;
}

Result<ScheduleInstallation> removeSchedule(const Schedule &schedule) {
    ScheduleInstallation installation;
    installation.directory = unitDirectory();
    const QList<SchedulerFile> units = systemdUnits(schedule, QString());
    // Stopping a timer that systemd never loaded fails; the files go anyway.
    (void)run(installation, systemctl(),
              systemctlArguments(QStringList{QStringLiteral("disable"), QStringLiteral("--now")} + timerNames(units)));
    // The drill's and the check's pairs go too, whether or not the schedule had them.
    QStringList names;
    for (const QString &suffix :
         {QStringLiteral(".service"), QStringLiteral(".timer"), QStringLiteral("-drill.service"),
          QStringLiteral("-drill.timer"), QStringLiteral("-watch.service"), QStringLiteral("-watch.timer")})
        names << scheduledUnitName(schedule) + suffix;
    for (const QString &name : names) {
        const QString path = installation.directory + QLatin1Char('/') + name;
        if (QFile::exists(path)) {
            if (!QFile::remove(path))
                return Error{
                    QCoreApplication::translate("ScheduleInstaller", "Cannot remove %1; remove it by hand.").arg(path)};
            installation.files << name;
        }
    }
    (void)run(installation, systemctl(), systemctlArguments({QStringLiteral("daemon-reload")}));
    removeLocationSchedule(schedule.location);
    return installation;
}
#else
Result<ScheduleInstallation> installSchedule(const Schedule &schedule, const QString &program, const QString &runAs) {
    ScheduleInstallation installation;
    installation.directory = QDir::tempPath();
    for (const SchedulerFile &task : taskSchedulerTasks(schedule, program, QDate::currentDate())) {
        const QString path = installation.directory + QLatin1Char('/') + task.name;
        if (Status written = platform::writeFileAtomically(path, taskSchedulerFile(task.text)); !written)
            return written.error();
        installation.files << task.name;
        if (Status created =
                run(installation, QStringLiteral("schtasks"),
                    schtasksCreateArguments(taskSchedulerPath(QFileInfo(task.name).completeBaseName()), path, runAs));
            !created)
            return created.error();
    }
    if (Status kept = writeLocationSchedule(schedule); !kept)
        return kept.error();
    return installation;
}

Result<ScheduleInstallation> removeSchedule(const Schedule &schedule) {
    ScheduleInstallation installation;
    for (const QString &suffix : {QString(), QStringLiteral("-drill"), QStringLiteral("-watch")})
        (void)run(installation, QStringLiteral("schtasks"),
                  schtasksDeleteArguments(taskSchedulerPath(scheduledUnitName(schedule) + suffix)));
    removeLocationSchedule(schedule.location);
    return installation;
}
#endif

}  // namespace lbw
