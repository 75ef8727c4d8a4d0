// Retention: which sets restic's --keep rules keep (worked out by hand
// below), and a prune of a real location: LATEST kept, removed sets gone,
// the space of files a kept set still links not counted as freed, the kept
// sets still whole.

#include "backupset/SetLayout.h"
#include "jobs/BackupJob.h"
#include "jobs/VerifyJob.h"
#include "location/BackupLocation.h"
#include "location/LocationLock.h"
#include "location/Prune.h"
#include "location/Retention.h"

#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lbw;

Q_DECLARE_METATYPE(lbw::RetentionPolicy)

namespace {

QDateTime utc(const QString &text) {
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

// Ten sets from mid-September to the end of November 2026, newest first.
// 2026-11-30 is a Monday (ISO week 49); 11-29 and 11-28 are in week 48;
// 11-22 and 11-16 in week 47; 11-02 in week 45.
QList<RetentionCandidate> tenSets() {
    const QStringList times = {"2026-11-30T10:00:00", "2026-11-30T02:00:00", "2026-11-29T02:00:00",
                               "2026-11-28T02:00:00", "2026-11-22T02:00:00", "2026-11-16T02:00:00",
                               "2026-11-02T02:00:00", "2026-10-31T02:00:00", "2026-10-01T02:00:00",
                               "2026-09-15T02:00:00"};
    QList<RetentionCandidate> sets;
    for (int i = 0; i < times.size(); ++i)
        sets << RetentionCandidate{QStringLiteral("set%1").arg(i + 1), utc(times[i])};
    std::reverse(sets.begin(), sets.end());  // the order given must not matter
    return sets;
}

QStringList kept(const QList<RetentionDecision> &decisions) {
    QStringList names;
    for (const RetentionDecision &decision : decisions)
        if (decision.keep)
            names << decision.name;
    return names;
}

BackupPlan planFor(const QString &location, const QString &store) {
    BackupPlan plan;
    plan.name = QStringLiteral("test");
    plan.location = location;
    plan.items.append({QStringLiteral("filestore"), QStringLiteral("fs"), store});
    return plan;
}

// A copy of `set` named for `startedUtc`, its manifest saying so: an old
// set as a location holds it after weeks of runs.
QString olderCopy(const QString &location, const QString &set, const QDateTime &startedUtc) {
    const QString name = BackupLocation::setNameFor(startedUtc);
    const QString copy = location + QLatin1Char('/') + name;
    if (test::runProgram(QStringLiteral("cp"), {QStringLiteral("-a"), set, copy}) != 0)
        return {};
    const QString manifestPath = copy + QLatin1Char('/') + layout::kManifest;
    QJsonObject manifest = QJsonDocument::fromJson(test::readFile(manifestPath)).object();
    manifest.insert(QStringLiteral("startedUtc"), startedUtc.toString(Qt::ISODateWithMs));
    manifest.insert(QStringLiteral("finishedUtc"), startedUtc.addSecs(60).toString(Qt::ISODateWithMs));
    QFile::remove(manifestPath);
    test::writeFile(manifestPath, QJsonDocument(manifest).toJson());
    return name;
}

}  // namespace

class TestRetention : public QObject {
    Q_OBJECT

private slots:
    void rulesKeepWhatResticKeeps_data() {
        QTest::addColumn<RetentionPolicy>("policy");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("last 3") << RetentionPolicy{3, 0, 0, 0} << QStringList{"set1", "set2", "set3"};
        // One per day, newest of the day: set2 shares set1's day.
        QTest::newRow("daily 3") << RetentionPolicy{0, 3, 0, 0} << QStringList{"set1", "set3", "set4"};
        QTest::newRow("weekly 3") << RetentionPolicy{0, 0, 3, 0} << QStringList{"set1", "set3", "set5"};
        QTest::newRow("monthly 2") << RetentionPolicy{0, 0, 0, 2} << QStringList{"set1", "set8"};
        QTest::newRow("more than there are") << RetentionPolicy{0, 0, 0, 12} << QStringList{"set1", "set8", "set10"};
        // Any rule keeps: last 2 (set1, set2), daily 3 (set1, set3, set4),
        // weekly 2 (set1, set3), monthly 3 (set1, set8, set10).
        QTest::newRow("combined") << RetentionPolicy{2, 3, 2, 3}
                                  << QStringList{"set1", "set2", "set3", "set4", "set8", "set10"};
    }
    void rulesKeepWhatResticKeeps() {
        QFETCH(RetentionPolicy, policy);
        QFETCH(QStringList, expected);
        const QList<RetentionDecision> decisions = applyRetention(tenSets(), policy, QTimeZone::utc());
        QCOMPARE(decisions.size(), 10);
        QCOMPARE(decisions.first().name, QStringLiteral("set1"));  // newest first
        QCOMPARE(kept(decisions), expected);
    }

    // restic itself is the reference: forty snapshots taken at the times of
    // forty sets spread over three months (two on some days, none on
    // others), and for each policy `restic forget --dry-run` keeps exactly
    // the snapshots whose sets applyRetention keeps.
    void agreesWithResticOnFortySetsOverThreeMonths() {
        const QString restic = QStandardPaths::findExecutable(QStringLiteral("restic"));
        if (restic.isEmpty())
            QFAIL("restic is missing: ./setup.sh test installs it");
        QTemporaryDir dir;
        qputenv("RESTIC_REPOSITORY", dir.filePath(QStringLiteral("repo")).toUtf8());
        qputenv("RESTIC_PASSWORD", "test");
        const QByteArray zone = qgetenv("TZ");
        qputenv("TZ", "UTC");
        test::writeFile(dir.filePath(QStringLiteral("data/f")), "x");
        QByteArray out;
        QCOMPARE(test::runProgram(restic, {QStringLiteral("init"), QStringLiteral("-q")}, &out), 0);

        QList<RetentionCandidate> sets;
        QDateTime time = utc(QStringLiteral("2026-08-30T02:00:00"));
        for (int i = 0; i < 40; ++i) {
            // Mostly every other day; every fifth set a second run the same
            // day; a twenty-day gap in October.
            time = time.addSecs(i % 5 == 4 ? 3 * 3600 : (i == 20 ? 20 : 2) * 86400 + 600);
            sets << RetentionCandidate{time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")), time};
            QCOMPARE(test::runProgram(
                         restic,
                         {QStringLiteral("backup"), QStringLiteral("-q"), QStringLiteral("--host"),
                          QStringLiteral("lync"), QStringLiteral("--time"),
                          time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), dir.filePath(QStringLiteral("data"))},
                         &out),
                     0);
        }
        QVERIFY(sets.last().startedUtc.date() >= QDate(2026, 11, 20));  // three months

        const QList<RetentionPolicy> policies{{5, 0, 0, 0}, {0, 7, 0, 0},  {0, 0, 4, 0},  {0, 0, 0, 3},
                                              {0, 7, 4, 3}, {2, 3, 2, 12}, {0, 14, 8, 12}};
        for (const RetentionPolicy &policy : policies) {
            QStringList arguments{QStringLiteral("forget"), QStringLiteral("--dry-run"), QStringLiteral("--json")};
            for (const auto &[option, count] :
                 {std::pair{"--keep-last", policy.keepLast}, std::pair{"--keep-daily", policy.keepDaily},
                  std::pair{"--keep-weekly", policy.keepWeekly}, std::pair{"--keep-monthly", policy.keepMonthly}})
                if (count > 0)
                    arguments << QString::fromLatin1(option) << QString::number(count);
            QCOMPARE(test::runProgram(restic, arguments, &out), 0);
            QStringList resticKept;
            const QJsonDocument groups = QJsonDocument::fromJson(out.mid(out.indexOf('[')));
            for (const QJsonValue &group : groups.array())
                for (const QJsonValue &snapshot : group[QStringLiteral("keep")].toArray())
                    resticKept << QDateTime::fromString(snapshot[QStringLiteral("time")].toString(), Qt::ISODate)
                                      .toUTC()
                                      .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
            resticKept.sort();
            QStringList ours = kept(applyRetention(sets, policy, QTimeZone::utc()));
            ours.sort();
            QVERIFY2(!ours.isEmpty(), qPrintable(policy.describe()));
            QVERIFY2(ours == resticKept,
                     qPrintable(policy.describe() + QStringLiteral("\nours:   ") + ours.join(QLatin1Char(' ')) +
                                QStringLiteral("\nrestic: ") + resticKept.join(QLatin1Char(' '))));
        }
        if (zone.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", zone);
    }

    void reasonsNameEveryRuleThatKeeps() {
        const QList<RetentionDecision> decisions = applyRetention(tenSets(), {2, 3, 2, 3}, QTimeZone::utc());
        QCOMPARE(decisions[0].reasons, QStringList({"last", "daily", "weekly", "monthly"}));
        QCOMPARE(decisions[1].reasons, QStringList({"last"}));
        QCOMPARE(decisions[2].reasons, QStringList({"daily", "weekly"}));
        QVERIFY(decisions[4].reasons.isEmpty());
    }

    // Days are the operator's: 01:30 UTC on 30 November is still the 29th
    // in São Paulo (UTC-3), so there it is a day of its own.
    void daysAreTheOperatorsDays() {
        const QList<RetentionCandidate> sets = {{"late", utc("2026-11-30T10:00:00")},
                                                {"night", utc("2026-11-30T01:30:00")},
                                                {"before", utc("2026-11-29T12:00:00")}};
        QCOMPARE(kept(applyRetention(sets, {0, 2, 0, 0}, QTimeZone::utc())), QStringList({"late", "before"}));
        QCOMPARE(kept(applyRetention(sets, {0, 2, 0, 0}, QTimeZone("America/Sao_Paulo"))),
                 QStringList({"late", "night"}));
    }

    void policyRoundTripsThroughThePlan() {
        BackupPlan plan = planFor(QStringLiteral("/backups"), QStringLiteral("/store"));
        plan.retention = {7, 14, 8, 12};
        const Result<BackupPlan> back = BackupPlan::fromJson(plan.toJson(), QStringLiteral("/"));
        QVERIFY(back.ok());
        QCOMPARE(back->retention.keepLast, 7);
        QCOMPARE(back->retention.keepDaily, 14);
        QCOMPARE(back->retention.keepWeekly, 8);
        QCOMPARE(back->retention.keepMonthly, 12);
        QVERIFY(RetentionPolicy::fromJson({}).isEmpty());
    }

    // A real location: two runs (the second links the unchanged files of
    // the first) and copies standing for older runs, one of them LATEST.
    void pruneRemovesWhatThePolicyDoesNotKeep() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        test::writeFile(store + QStringLiteral("/a/big.bin"), test::randomBytes(1 << 20, 1));
        test::writeFile(store + QStringLiteral("/a/changes.txt"), "first");
        const QString location = dir.filePath(QStringLiteral("backups"));
        const BackupReport first = BackupJob(planFor(location, store)).run(nullptr, {});
        QCOMPARE(first.outcome, BackupOutcome::Succeeded);
        QTest::qWait(1100);  // set names are to the second
        test::writeFile(store + QStringLiteral("/a/changes.txt"), "second, longer");
        const BackupReport second = BackupJob(planFor(location, store)).run(nullptr, {});
        QCOMPARE(second.outcome, BackupOutcome::Succeeded);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString monthAgo = olderCopy(location, first.setPath, now.addDays(-33));
        const QString weekAgo = olderCopy(location, first.setPath, now.addDays(-8));
        const QString yesterday = olderCopy(location, first.setPath, now.addDays(-1));
        QVERIFY(!monthAgo.isEmpty() && !weekAgo.isEmpty() && !yesterday.isEmpty());
        test::writeFile(location + QStringLiteral("/") + BackupLocation::setNameFor(now.addDays(-40)) +
                            layout::kPartialSuffix + QStringLiteral("/x"),
                        "left by a killed run");
        // LATEST names an old set (as after a restore test): it stays.
        QFile::remove(location + QStringLiteral("/LATEST"));
        test::writeFile(location + QStringLiteral("/LATEST"), monthAgo.toUtf8() + '\n');
        QCOMPARE(QFileInfo(BackupLocation(location).latestSetPath()).fileName(), monthAgo);

        // Keep the last two: the copies for yesterday and a week ago go;
        // the one for a month ago stays as LATEST. A dry run removes nothing.
        const Result<PruneReport> dry = pruneLocation(BackupLocation(location), {2, 0, 0, 0}, true);
        QVERIFY(dry.ok());
        QCOMPARE(dry->removedSets, QStringList({yesterday, weekAgo}));
        QCOMPARE(dry->removedRuns.size(), 1);
        QCOMPARE(BackupLocation(location).completeSets().size(), 5);

        // A backup running holds the lock: the prune waits its turn.
        {
            Result<std::unique_ptr<LocationLock>> running = LocationLock::acquire(location);
            QVERIFY(running.ok());
            QVERIFY(!pruneLocation(BackupLocation(location), {2, 0, 0, 0}, false).ok());
        }

        const Result<PruneReport> pruned = pruneLocation(BackupLocation(location), {2, 0, 0, 0}, false);
        QVERIFY2(pruned.ok(), qPrintable(pruned.ok() ? QString() : pruned.errorMessage()));
        QVERIFY(pruned->problems.isEmpty());
        QCOMPARE(pruned->removedSets, QStringList({yesterday, weekAgo}));
        QStringList left;
        for (const SetSummary &set : BackupLocation(location).completeSets())
            left << set.name;
        QCOMPARE(left,
                 QStringList({monthAgo, QFileInfo(first.setPath).fileName(), QFileInfo(second.setPath).fileName()}));
        QVERIFY(BackupLocation(location).incompleteRuns().isEmpty());
        QVERIFY(pruned->freedBytes >= 2 * (1 << 20));  // copies share nothing: all of them is freed

        // Removing the first run frees only what the second does not link:
        // the big file stays, held by the second set.
        const Result<PruneReport> again = pruneLocation(BackupLocation(location), {1, 0, 0, 0}, false);
        QVERIFY(again.ok());
        QCOMPARE(again->removedSets, QStringList{QFileInfo(first.setPath).fileName()});
        QVERIFY(again->freedBytes > 0);
        QVERIFY(again->freedBytes < (1 << 20));
        QVERIFY(!QFileInfo::exists(first.setPath));
        const VerifyReport verified = VerifyJob(second.setPath).run(nullptr, {});
        QVERIFY(verified.ok());
        QVERIFY(QFileInfo::exists(location + QLatin1Char('/') + monthAgo));  // LATEST
    }

    // A plan with a policy prunes after a good run, never after a failed one.
    void aRunPrunesOnlyAfterAGoodSet() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        test::writeFile(store + QStringLiteral("/f.txt"), "data");
        const QString location = dir.filePath(QStringLiteral("backups"));
        BackupPlan plan = planFor(location, store);
        plan.retention.keepLast = 1;
        const BackupReport first = BackupJob(plan).run(nullptr, {});
        QCOMPARE(first.outcome, BackupOutcome::Succeeded);
        QTest::qWait(1100);
        BackupPlan failing = plan;
        failing.items.first().path = dir.filePath(QStringLiteral("vanished"));
        QCOMPARE(BackupJob(failing).run(nullptr, {}).outcome, BackupOutcome::Failed);
        QVERIFY(QFileInfo::exists(first.setPath));
        QTest::qWait(1100);
        const BackupReport third = BackupJob(plan).run(nullptr, {});
        QCOMPARE(third.outcome, BackupOutcome::Succeeded);
        QVERIFY(third.prune.has_value());
        QVERIFY(!QFileInfo::exists(first.setPath));
        QCOMPARE(BackupLocation(location).completeSets().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
