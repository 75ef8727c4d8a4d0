#pragma once
// How a backup location is doing, at a glance, for `lync-backup status`, a
// monitoring system (its exit code: 0 OK, 1 warning, 2 critical) and the
// wizard's start page: the newest good set and its age, the last run and
// what went wrong in it, space, the next scheduled run, the last drill.

#include "location/DrillLog.h"
#include "location/VerifyLog.h"
#include "location/BackupLocation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace lbw {

struct StatusThresholds {
    double warnAfterHours = 26;      // a daily run may be a little late
    double criticalAfterHours = 50;  // two runs missed
};

struct LastRun {
    enum class Result { Succeeded, CompletedWithErrors, Failed, Running };
    QString name;  // the set or run folder
    Result result = Result::Failed;
    QDateTime startedUtc;
    QStringList errors;  // translated or from the run's log; at most a few
};

struct LocationStatus {
    enum class Level { Ok = 0, Warning = 1, Critical = 2 };
    QString root;
    Level level = Level::Critical;
    QStringList reasons;  // translated; why the level is what it is
    std::optional<SetSummary> newestGood;
    double ageHours = -1;  // of the newest good set
    std::optional<LastRun> lastRun;
    int sets = 0;
    qint64 usedBytes = 0;   // the sets' own bytes (files shared by links counted once)
    qint64 freeBytes = -1;  // -1: not known
    QDateTime nextRun;      // local; invalid when nothing is scheduled
    std::optional<DrillRecord> lastDrill;
    std::optional<VerifyRecord> lastVerification;  // of the newest good set

    QJsonObject toJson() const;
};

QString lastRunResultKey(LastRun::Result result);     // "succeeded", "completed-with-errors", "failed", "running"
QString statusLevelKey(LocationStatus::Level level);  // "ok", "warning", "critical"

LocationStatus assessLocation(const QString &root, const StatusThresholds &thresholds, const QDateTime &nowUtc);

}  // namespace lbw
