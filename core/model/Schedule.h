#pragma once
// When a plan runs by itself: every day, or on chosen weekdays, at a local
// time; optionally with a weekly restore drill. The system's own scheduler
// runs it (a systemd timer, a Task Scheduler task; SchedulerDefinitions.h),
// never a daemon of ours. The location keeps a copy (schedule.json) so that
// `status` can tell when the next run is due.

#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>

namespace lbw {

struct Schedule {
    QString name;               // the plan's name; the unit or task is named after it
    QString planPath;           // absolute path of the plan file the run reads
    QString location;           // the plan's backup location (for `status`)
    QTime at;                   // local time of day
    QList<Qt::DayOfWeek> days;  // empty: every day
    bool weeklyDrill = false;   // a restore drill once a week, after the first run day's backup
    // An hourly `lync-backup status --notify`: the plan's people hear of
    // missed or failed runs even when the backup itself never starts.
    bool watch = false;

    bool everyDay() const { return days.isEmpty() || days.size() == 7; }
    // The drill's day (the first run day) and time (two hours after the backup).
    Qt::DayOfWeek drillDay() const;
    QTime drillTime() const;
    // The first run strictly after `after` (local time).
    QDateTime nextRun(const QDateTime &after) const;
    QDateTime nextDrill(const QDateTime &after) const;
    QString describe() const;  // translated: "every day at 02:30", "Mon, Wed, Fri at 02:30"
    // A name made only of a-z, 0-9 and "-", for unit and task names.
    QString slug() const;

    QJsonObject toJson() const;
    static Result<Schedule> fromJson(const QJsonObject &json);
    // "HH:MM", 24-hour; an invalid QTime otherwise.
    static QTime parseTime(const QString &text);
    // "mon,wed,fri" (English three-letter names, any case); an error names
    // the word that is not a day.
    static Result<QList<Qt::DayOfWeek>> parseDays(const QString &text);
};

}  // namespace lbw
