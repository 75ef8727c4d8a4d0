#pragma once
// One task of Windows' Task Scheduler as `schtasks /Create /XML` reads it:
// its Task Scheduler 1.2 definition (schema: [MS-TSCH] section 2.5) and the
// bytes of the file schtasks is given. Plain text, written and tested on any
// system; ScheduleInstaller hands it to schtasks on Windows.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace lbw {

// The folder of the Task Scheduler library that holds the product's tasks,
// and a task's path in it: "\Lync Backup Wizard\lync-backup-nightly". The
// definition's URI and schtasks' /TN are both this.
QString taskSchedulerPath(const QString &taskName);

struct TaskDefinition {
    QString uri;  // taskSchedulerPath() of the task
    QString description;
    QDateTime start;            // the first run, local time; its time of day is the time of every run
    QList<Qt::DayOfWeek> days;  // the days it runs on; empty: every day
    bool hourly = false;        // repeated every hour through the day
    QString program;
    QStringList arguments;  // joined as CommandLineToArgvW splits them (windowsQuoted)
};

// The definition, as text: the account comes from schtasks (/RU, /RP) and
// the task runs whether it is logged on or not; a missed run starts as soon
// as it can (StartWhenAvailable); a run due while the previous one still
// runs is skipped (IgnoreNew). Control characters of the description, which
// XML 1.0 cannot hold, become spaces.
QString taskSchedulerXml(const TaskDefinition &task);

// The bytes of the file for schtasks: UTF-16 little-endian with its byte
// order mark, declared as UTF-16, as Task Scheduler exports a task itself.
// schtasks reads no other Unicode file: UTF-8 is refused as malformed with
// or without its mark ("(1,2)::ERROR: incorrect document syntax", "unable
// to switch the encoding"), and text without a mark is read in the ANSI
// code page, which garbles the accents of a pt-BR plan name.
QByteArray taskSchedulerFile(const QString &xml);

}  // namespace lbw
