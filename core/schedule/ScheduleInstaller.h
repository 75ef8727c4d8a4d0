#pragma once
// Puts a Schedule into the system's own scheduler and takes it out again:
// systemd units and `systemctl enable --now` on Linux (system-wide as root,
// the user's own units otherwise), `schtasks /Create /XML` on Windows. The
// location keeps a copy (schedule.json), which `status` reads to tell when
// the next run is due.
//
// LBW_SYSTEMD_DIR and LBW_SYSTEMCTL replace the unit folder and the
// systemctl program: for a machine whose PID 1 is not systemd (a container)
// and for the tests.

#include "location/ScheduleFile.h"
#include "model/Schedule.h"

#include <QString>
#include <QStringList>

namespace lbw {

struct ScheduleInstallation {
    QString directory;     // where the units or task definitions were written
    QStringList files;     // their names
    QStringList commands;  // what was run, as typed in a shell
    QString note;          // translated; what the administrator should know (user units need lingering)
};

// `runAs` (Windows only): the account the task runs as; schtasks asks for
// its password.
Result<ScheduleInstallation> installSchedule(const Schedule &schedule, const QString &program,
                                             const QString &runAs = {});
Result<ScheduleInstallation> removeSchedule(const Schedule &schedule);

}  // namespace lbw
