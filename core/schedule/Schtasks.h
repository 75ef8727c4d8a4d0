#pragma once
// The command lines that hand a task to Windows' Task Scheduler and take it
// away again (schtasks.exe). Built here, tested on any system, run by
// ScheduleInstaller on Windows.

#include <QString>
#include <QStringList>

namespace lbw {

// schtasks /Create /TN PATH /XML FILE /F [/RU ACCOUNT /RP *]: creates the
// task `taskPath` (taskSchedulerPath()) from the definition in `xmlFile`,
// replacing one of that name. With `runAs`, the task runs as that account
// and schtasks asks for its password.
QStringList schtasksCreateArguments(const QString &taskPath, const QString &xmlFile, const QString &runAs);

// schtasks /Delete /TN PATH /F: removes the task without asking.
QStringList schtasksDeleteArguments(const QString &taskPath);

}  // namespace lbw
