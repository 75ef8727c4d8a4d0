#include "location/LocationStatus.h"

#include "backupset/Manifest.h"
#include "backupset/SetLayout.h"
#include "location/LocationLock.h"
#include "platform/Platform.h"
#include "location/ScheduleFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QLocale>

namespace lbw {
namespace {

constexpr int kErrorsShown = 5;
constexpr qint64 kLogTailBytes = 64 * 1024;  // the end of a run's log says why it stopped

// The last error lines of a run's backup.log ("[...] [backup] [error] text").
QStringList logErrors(const QString &runPath) {
    QFile log(runPath + QLatin1Char('/') + layout::kLog);
    if (!log.open(QIODevice::ReadOnly))
        return {};
    if (log.size() > kLogTailBytes)
        log.seek(log.size() - kLogTailBytes);
    QStringList errors;
    for (const QByteArray &line : log.readAll().split('\n')) {
        const qsizetype at = line.indexOf("] [error] ");
        if (at >= 0)
            errors << QString::fromUtf8(line.mid(at + 10)).trimmed();
    }
    return errors.mid(qMax<qsizetype>(0, errors.size() - kErrorsShown));
}

QStringList itemErrors(const QString &setPath) {
    QStringList errors;
    const Result<Manifest> header = Manifest::loadHeader(setPath);
    if (!header)
        return {header.errorMessage()};
    for (const ManifestItem &item : header->items)
        for (const ItemIssue &issue : item.errors)
            if (errors.size() < kErrorsShown)
                errors << (issue.path.isEmpty()
                               ? QStringLiteral("%1: %2").arg(item.name, issue.message)
                               : QStringLiteral("%1: %2: %3").arg(item.name, issue.path, issue.message));
    return errors;
}

std::optional<LastRun> lastRunOf(const BackupLocation &location, const QList<SetSummary> &complete) {
    const QList<SetSummary> incomplete = location.incompleteRuns();
    const SetSummary *newest = complete.isEmpty() ? nullptr : &complete.last();
    for (const SetSummary &run : incomplete)
        if (!newest || run.name > newest->name)  // names are UTC start times
            newest = &run;
    if (!newest)
        return std::nullopt;
    LastRun run;
    run.name = newest->name;
    run.startedUtc = newest->startedUtc;
    if (newest->complete) {
        run.result = newest->hasErrors ? LastRun::Result::CompletedWithErrors : LastRun::Result::Succeeded;
        if (newest->hasErrors)
            run.errors = itemErrors(newest->path);
        return run;
    }
    run.result = LocationLock::isHeld(location.root()) ? LastRun::Result::Running : LastRun::Result::Failed;
    if (run.result == LastRun::Result::Failed) {
        run.errors = logErrors(newest->path);
        if (run.errors.isEmpty())
            run.errors << (newest->problem.isEmpty()
                               ? QCoreApplication::translate("LocationStatus", "The run stopped before it finished.")
                               : newest->problem);
    }
    return run;
}

}  // namespace

QString lastRunResultKey(LastRun::Result result) {
    switch (result) {
        case LastRun::Result::Succeeded:
            return QStringLiteral("succeeded");
        case LastRun::Result::CompletedWithErrors:
            return QStringLiteral("completed-with-errors");
        case LastRun::Result::Running:
            return QStringLiteral("running");
        case LastRun::Result::Failed:
            break;
    }
    return QStringLiteral("failed");
}

QString statusLevelKey(LocationStatus::Level level) {
    switch (level) {
        case LocationStatus::Level::Ok:
            return QStringLiteral("ok");
        case LocationStatus::Level::Warning:
            return QStringLiteral("warning");
        case LocationStatus::Level::Critical:
            break;
    }
    return QStringLiteral("critical");
}

LocationStatus assessLocation(const QString &root, const StatusThresholds &thresholds, const QDateTime &nowUtc) {
    LocationStatus status;
    status.root = root;
    const BackupLocation location(root);
    const QList<SetSummary> complete = location.completeSets();
    status.sets = int(complete.size());
    for (const SetSummary &set : complete) {
        status.usedBytes += set.newBytes;
        if (!set.hasErrors)
            status.newestGood = set;
    }
    status.freeBytes = platform::availableBytes(root);
    status.lastRun = lastRunOf(location, complete);
    status.lastDrill = lastDrill(root);
    if (status.newestGood) {
        const QHash<QString, VerifyRecord> verified = lastVerifications(root);
        if (const auto found = verified.constFind(status.newestGood->name); found != verified.cend())
            status.lastVerification = *found;
    }
    std::optional<Schedule> schedule;
    if (locationHasSchedule(root))
        if (Result<Schedule> read = readLocationSchedule(root); read) {
            schedule = std::move(read).value();
            status.nextRun = schedule->nextRun(nowUtc.toLocalTime());
        }

    QList<std::pair<LocationStatus::Level, QString>> findings;
    if (!status.newestGood) {
        findings.append({LocationStatus::Level::Critical,
                         QCoreApplication::translate("LocationStatus", "There is no complete set without errors.")});
    } else {
        status.ageHours = double(status.newestGood->finishedUtc.msecsTo(nowUtc)) / 3'600'000.0;
        const QString age = QCoreApplication::translate("LocationStatus", "The newest good set is %1 hours old.")
                                .arg(QLocale().toString(status.ageHours, 'f', 1));
        // With a schedule on record, a set is late only once a scheduled run
        // after it has passed: a Monday-to-Friday schedule is not stale on
        // Sunday. Measured as a daily run's age would be (a day, plus the
        // time since the run that should have made a newer set).
        double staleness = status.ageHours;
        if (schedule) {
            const QDateTime missed = schedule->nextRun(status.newestGood->startedUtc.toLocalTime());
            staleness = missed.isValid() && missed <= nowUtc.toLocalTime()
                            ? 24.0 + double(missed.msecsTo(nowUtc.toLocalTime())) / 3'600'000.0
                            : std::min(status.ageHours, 24.0);
        }
        if (staleness > thresholds.criticalAfterHours)
            findings.append({LocationStatus::Level::Critical,
                             age + QLatin1Char(' ') +
                                 QCoreApplication::translate("LocationStatus", "Critical after %1 hours.")
                                     .arg(thresholds.criticalAfterHours)});
        else if (staleness > thresholds.warnAfterHours)
            findings.append({LocationStatus::Level::Warning,
                             age + QLatin1Char(' ') +
                                 QCoreApplication::translate("LocationStatus", "Warning after %1 hours.")
                                     .arg(thresholds.warnAfterHours)});
    }
    if (status.lastRun && status.lastRun->result == LastRun::Result::Failed)
        findings.append(
            {LocationStatus::Level::Critical,
             QCoreApplication::translate("LocationStatus", "The last run (%1) failed.").arg(status.lastRun->name)});
    if (status.lastRun && status.lastRun->result == LastRun::Result::CompletedWithErrors)
        findings.append({LocationStatus::Level::Warning,
                         QCoreApplication::translate("LocationStatus", "The last run (%1) completed with errors.")
                             .arg(status.lastRun->name)});
    if (status.lastDrill && status.lastDrill->result == QLatin1String("failed"))
        findings.append({LocationStatus::Level::Warning,
                         QCoreApplication::translate("LocationStatus", "The last restore drill (of %1) failed.")
                             .arg(status.lastDrill->setName)});
    // The set a restore would use was found damaged: until a new backup, there is no good copy.
    if (status.lastVerification && status.lastVerification->result == QLatin1String("failed"))
        findings.append({LocationStatus::Level::Critical,
                         QCoreApplication::translate("LocationStatus",
                                                     "The newest set (%1) failed its last verification: take a new "
                                                     "backup and look at what was damaged (lync-backup verify).")
                             .arg(status.lastVerification->setName)});
    status.level = LocationStatus::Level::Ok;
    for (const auto &[level, reason] : findings) {
        status.level = std::max(status.level, level);
        status.reasons << reason;
    }
    return status;
}

QJsonObject LocationStatus::toJson() const {
    QJsonObject json{{QStringLiteral("location"), root},
                     {QStringLiteral("status"), statusLevelKey(level)},
                     {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)},
                     {QStringLiteral("sets"), sets},
                     {QStringLiteral("usedBytes"), usedBytes},
                     {QStringLiteral("freeBytes"), freeBytes}};
    if (newestGood)
        json.insert(QStringLiteral("newestGoodSet"),
                    QJsonObject{{QStringLiteral("name"), newestGood->name},
                                {QStringLiteral("finished"), newestGood->finishedUtc.toString(Qt::ISODate)},
                                {QStringLiteral("ageHours"), qRound(ageHours * 10) / 10.0}});
    if (lastRun)
        json.insert(QStringLiteral("lastRun"),
                    QJsonObject{{QStringLiteral("name"), lastRun->name},
                                {QStringLiteral("result"), lastRunResultKey(lastRun->result)},
                                {QStringLiteral("started"), lastRun->startedUtc.toString(Qt::ISODate)},
                                {QStringLiteral("errors"), QJsonArray::fromStringList(lastRun->errors)}});
    if (nextRun.isValid())
        json.insert(QStringLiteral("nextRun"), nextRun.toString(Qt::ISODateWithMs).left(19));
    if (lastDrill)
        json.insert(QStringLiteral("lastDrill"),
                    QJsonObject{{QStringLiteral("set"), lastDrill->setName},
                                {QStringLiteral("finished"), lastDrill->finishedUtc.toString(Qt::ISODate)},
                                {QStringLiteral("result"), lastDrill->result}});
    if (lastVerification)
        json.insert(QStringLiteral("lastVerification"),
                    QJsonObject{{QStringLiteral("set"), lastVerification->setName},
                                {QStringLiteral("finished"), lastVerification->finishedUtc.toString(Qt::ISODate)},
                                {QStringLiteral("result"), lastVerification->result},
                                {QStringLiteral("problems"), lastVerification->problems}});
    return json;
}

}  // namespace lbw
