#pragma once
// What the system's own scheduler is given for a Schedule: a systemd service
// and timer pair on Linux, a Task Scheduler task (its XML definition) on
// Windows. Plain text, written here and installed by ScheduleInstaller, so
// both are unit-tested on any platform.

#include "model/Schedule.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace lbw {

// One file the scheduler reads: a unit ("lync-backup-nightly.timer") or a
// task definition ("lync-backup-nightly.xml").
struct SchedulerFile {
    QString name;
    QString text;
};

// The command lines a schedule runs: the backup of its plan, and the drill
// of its location when it has one.
QStringList scheduledBackupArguments(const Schedule &schedule);
QStringList scheduledDrillArguments(const Schedule &schedule);
QStringList scheduledWatchArguments(const Schedule &schedule);  // status --plan P --notify

// The unit base name, "lync-backup-<slug>"; the drill's adds "-drill".
QString scheduledUnitName(const Schedule &schedule);

// A .service and a .timer (Persistent=true: a run missed while the machine
// was off starts at the next boot), and the same pair for the drill.
QList<SchedulerFile> systemdUnits(const Schedule &schedule, const QString &program);

// One Task Scheduler 1.2 definition per task (`schtasks /Create /XML`),
// starting on `firstDay`: the task runs as the account given to schtasks
// (/RU, /RP), whether it is logged on or not, and a missed run starts as
// soon as it can (StartWhenAvailable). The text is what --print shows; the
// file schtasks reads is taskSchedulerFile() of it (TaskSchedulerXml.h).
QList<SchedulerFile> taskSchedulerTasks(const Schedule &schedule, const QString &program, QDate firstDay);

// Quoting as each scheduler's parser expects (systemd's ExecStart; the
// Windows command line as CommandLineToArgvW splits it).
QString systemdQuoted(const QString &argument);
QString windowsQuoted(const QString &argument);

}  // namespace lbw
