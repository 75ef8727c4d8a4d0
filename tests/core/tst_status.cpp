// The status of a location as a monitoring system reads it: OK for a fresh
// good set, warning and critical as it ages (the plan's thresholds),
// critical after a run that failed, with the reason from the run's log.

#include "jobs/BackupJob.h"
#include "location/LocationStatus.h"
#include "location/ScheduleFile.h"
#include "model/Schedule.h"
#include "model/BackupPlan.h"

#include "TestSupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace lbw;

namespace {

struct Location {
    QTemporaryDir dir;
    QString store = dir.filePath(QStringLiteral("store"));
    QString root = dir.filePath(QStringLiteral("backups"));
    BackupReport first;
    Location() {
        test::writeFile(store + QStringLiteral("/a/file.txt"), "conteúdo");
        BackupPlan plan;
        plan.name = QStringLiteral("status");
        plan.location = root;
        plan.items.append({QStringLiteral("filestore"), QStringLiteral("fs"), store});
        first = BackupJob(plan).run(nullptr, {});
    }
};

}  // namespace

class TestStatus : public QObject {
    Q_OBJECT
private slots:
    void aFreshLocationIsOkAndAgesIntoWarningThenCritical() {
        Location location;
        QCOMPARE(location.first.outcome, BackupOutcome::Succeeded);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const LocationStatus fresh = assessLocation(location.root, {}, now);
        QCOMPARE(fresh.level, LocationStatus::Level::Ok);
        QVERIFY(fresh.reasons.isEmpty());
        QCOMPARE(fresh.sets, 1);
        QVERIFY(fresh.newestGood.has_value());
        QVERIFY(fresh.usedBytes > 0);
        QVERIFY(fresh.freeBytes > 0);
        QCOMPARE(fresh.lastRun->result, LastRun::Result::Succeeded);

        const LocationStatus stale = assessLocation(location.root, {}, now.addSecs(30 * 3600));
        QCOMPARE(stale.level, LocationStatus::Level::Warning);
        QVERIFY(stale.ageHours > 29 && stale.ageHours < 31);
        QCOMPARE(assessLocation(location.root, {}, now.addSecs(51 * 3600)).level, LocationStatus::Level::Critical);
        // The plan's own thresholds.
        QCOMPARE(assessLocation(location.root, {100, 200}, now.addSecs(51 * 3600)).level, LocationStatus::Level::Ok);
        QCOMPARE(fresh.toJson().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    }

    // A schedule that does not run every day is not "stale" between its
    // runs: late only once a scheduled run has passed without a new set.
    void aWeekdayScheduleIsNotStaleBetweenItsRuns() {
        Location location;
        QCOMPARE(location.first.outcome, BackupOutcome::Succeeded);
        const QDateTime started = QDateTime::currentDateTime();  // local, as schedules are
        Schedule schedule;
        schedule.name = QStringLiteral("status");
        schedule.planPath = location.dir.filePath(QStringLiteral("plan.json"));
        schedule.location = location.root;
        schedule.at = QTime(started.time().hour(), started.time().minute());
        schedule.days = {Qt::DayOfWeek(started.date().addDays(3).dayOfWeek())};  // next run in about 72 hours
        QVERIFY(writeLocationSchedule(schedule).ok());
        const QDateTime nextRun = schedule.nextRun(started.addSecs(1));
        QVERIFY(nextRun > started.addSecs(70 * 3600));
        const LocationStatus beforeTheRun = assessLocation(location.root, {}, nextRun.toUTC().addSecs(-3600));
        QVERIFY(beforeTheRun.ageHours > 60);                      // older than "critical after 50 hours"...
        QCOMPARE(beforeTheRun.level, LocationStatus::Level::Ok);  // ...but no run was due
        QCOMPARE(assessLocation(location.root, {}, nextRun.toUTC().addSecs(3 * 3600)).level,
                 LocationStatus::Level::Warning);
        QCOMPARE(assessLocation(location.root, {}, nextRun.toUTC().addSecs(27 * 3600)).level,
                 LocationStatus::Level::Critical);
    }

    void aFailedLastRunIsCriticalWithItsReason() {
        Location location;
        QCOMPARE(location.first.outcome, BackupOutcome::Succeeded);
        // A run that stopped (killed, disk full): its .partial and its log.
        const QString run = location.root + QStringLiteral("/2099-01-01T020000Z.partial");
        test::writeFile(run + QStringLiteral("/backup.log"),
                        "[2099-01-01 02:00:00.000] [backup] [info] Lync Backup Wizard: backup\n"
                        "[2099-01-01 02:00:09.000] [backup] [error] Cannot write the copy: No space left on device\n");
        const LocationStatus status = assessLocation(location.root, {}, QDateTime::currentDateTimeUtc());
        QCOMPARE(status.level, LocationStatus::Level::Critical);
        QVERIFY(status.lastRun.has_value());
        QCOMPARE(status.lastRun->result, LastRun::Result::Failed);
        QCOMPARE(status.lastRun->startedUtc, QDateTime(QDate(2099, 1, 1), QTime(2, 0), Qt::UTC));
        QCOMPARE(status.lastRun->errors, QStringList{QStringLiteral("Cannot write the copy: No space left on device")});
        QVERIFY(status.newestGood.has_value());  // the good set is still there, and named
        QCOMPARE(status.toJson().value(QStringLiteral("lastRun")).toObject().value(QStringLiteral("result")).toString(),
                 QStringLiteral("failed"));
    }

    void anEmptyLocationIsCritical() {
        QTemporaryDir dir;
        const LocationStatus status = assessLocation(dir.path(), {}, QDateTime::currentDateTimeUtc());
        QCOMPARE(status.level, LocationStatus::Level::Critical);
        QVERIFY(!status.newestGood.has_value());
        QVERIFY(!status.lastRun.has_value());
    }
};

QTEST_GUILESS_MAIN(TestStatus)
#include "tst_status.moc"
