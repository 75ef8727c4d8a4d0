// What a backup's exit code and last lines say is what is on disk, at the
// edges of the commit: SIGTERM while the set is being committed, LATEST that
// cannot be written (a file system truly full, its temporary name taken),
// a cancel just before and just after the commit. And inputs read before a
// run that must be refused by their size or shape before they are read.
#include "jobs/BackupJob.h"
#include "jobs/JobObserver.h"
#include "location/BackupLocation.h"
#include "model/BackupPlan.h"

#include "CliSupport.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace lbw;

namespace {

using test::cli;
using test::describe;
using test::Run;

class CallbackObserver : public JobObserver {
public:
    std::function<void(const QString &)> stage;
    std::function<void(JobPhase)> phase;
    void onStage(const QString &text) override {
        if (stage)
            stage(text);
    }
    void onPhaseStarted(JobPhase started) override {
        if (phase)
            phase(started);
    }
};

void makeStore(const QString &root) {
    for (int i = 0; i < 12; ++i)
        test::writeFile(root + QStringLiteral("/reunião %1/f%2.bin").arg(i % 3).arg(i),
                        test::randomBytes(20000 + i, quint32(i)));
}

QStringList backupArgs(const QString &location, const QString &store) {
    return {QStringLiteral("backup"), QStringLiteral("--location"), location, QStringLiteral("--filestore"),
            QStringLiteral("fs=") + store};
}

BackupPlan planFor(const QString &location, const QString &store) {
    BackupPlan plan;
    plan.name = QStringLiteral("test");
    plan.location = location;
    plan.items.append({QStringLiteral("filestore"), QStringLiteral("fs"), store});
    return plan;
}

// True while a thread of `pid` waits in open() for the other end of a FIFO.
bool waitsOnAFifo(qint64 pid) {
    const QString tasks = QStringLiteral("/proc/%1/task").arg(pid);
    for (const QString &task : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (test::readFile(tasks + QLatin1Char('/') + task + QStringLiteral("/wchan")).contains("wait_for_partner"))
            return true;
    return false;
}

qint64 inodesInUse(const QString &path) {
    struct statvfs st {};
    if (::statvfs(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return qint64(st.f_files) - qint64(st.f_ffree);
}

// What is on disk after a committed run: the set complete, nothing partial.
void checkCommitted(const QString &location, const QString &setPath) {
    QVERIFY2(BackupLocation::isSetName(QFileInfo(setPath).fileName()), qPrintable(setPath));
    QVERIFY(QFileInfo::exists(setPath + QStringLiteral("/manifest.json")));
    QVERIFY(BackupLocation(location).incompleteRuns().isEmpty());
    const Run verify = cli({QStringLiteral("verify"), setPath});
    QVERIFY2(verify.exitCode == 0, qPrintable(describe(verify)));
}

}  // namespace

class TestCliExit : public QObject {
    Q_OBJECT
private slots:
    // SIGTERM while the run commits: the set is already renamed and the run
    // is writing LATEST (held at the open of LATEST's temporary file by the
    // pause_open shim, so the signal arrives exactly then). The set stays complete, and
    // the run says so: exit 3, never 5 ("only a .partial remains").
    void sigtermAtTheCommitMomentKeepsTheSet() {
#ifdef Q_OS_LINUX
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        makeStore(store);
        const QString location = dir.filePath(QStringLiteral("backups"));
        const Run first = cli(backupArgs(location, store));
        QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
        const QString previous = first.lastLine();

        const QString held = dir.filePath(QStringLiteral("pause"));
        QCOMPARE(::mkfifo(QFile::encodeName(held).constData(), 0600), 0);
        QProcess victim;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(LBW_PAUSE_OPEN_LIB));
        environment.insert(QStringLiteral("LBW_PAUSE_OPEN_SUFFIX"), QStringLiteral("/LATEST.tmp"));
        environment.insert(QStringLiteral("LBW_PAUSE_FIFO"), held);
        // Under ASan the shim comes before its runtime: allowed, it allocates nothing.
        environment.insert(QStringLiteral("ASAN_OPTIONS"), environment.value(QStringLiteral("ASAN_OPTIONS")) +
                                                               QStringLiteral(":verify_asan_link_order=0"));
        victim.setProcessEnvironment(environment);
        test::startCli(victim, backupArgs(location, store));
        QVERIFY(victim.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(waitsOnAFifo(victim.processId()), 60000);
        // Renamed before LATEST is written: the commit point is behind it.
        QCOMPARE(BackupLocation(location).completeSets().size(), 2);
        ::kill(pid_t(victim.processId()), SIGTERM);
        QVERIFY(victim.waitForFinished(60000));
        Run run;
        run.exitCode = victim.exitCode();
        run.out = QString::fromUtf8(victim.readAllStandardOutput());
        run.err = QString::fromUtf8(victim.readAllStandardError());

        QVERIFY2(run.exitCode == 3, qPrintable(describe(run)));
        const QString committed = run.lastLine();
        QVERIFY2(committed != previous, qPrintable(describe(run)));
        QVERIFY2(!run.out.contains(QStringLiteral("left incomplete")) && !run.err.contains(QStringLiteral("Cancelled")),
                 qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("LATEST could not be updated")), qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("LATEST still names %1").arg(QFileInfo(previous).fileName())),
                 qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("stopped after the set was committed")), qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("lync-backup verify \"%1\"").arg(committed)),
                 qPrintable(describe(run)));
        checkCommitted(location, committed);
        QCOMPARE(BackupLocation(location).latestSetPath(), previous);

        // The next run moves LATEST as usual.
        const Run next = cli(backupArgs(location, store));
        QVERIFY2(next.exitCode == 0, qPrintable(describe(next)));
        QCOMPARE(BackupLocation(location).latestSetPath(), next.lastLine());
#else
        QSKIP("waits on a FIFO seen through /proc");
#endif
    }

    // A file system truly full when LATEST is written: a tmpfs with exactly
    // as many inodes as the set (and the lock) take, measured by the same
    // run on a roomier one, so the set fits and LATEST's temporary file
    // cannot be created. Bytes cannot do this: the run refuses to start
    // without 64 MiB to spare.
    void aFullFileSystemAtLatestKeepsTheSet() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        makeStore(store);
        const QString mountPoint = dir.filePath(QStringLiteral("small"));
        const QString location = mountPoint + QStringLiteral("/backups");
        qint64 needed = 0;
        {
            const auto roomy = test::MountedTmpfs::mount(mountPoint, QStringLiteral("size=100m,nr_inodes=10000"));
            if (!roomy)
                QSKIP("needs root and permission to mount a small tmpfs to fill a file system for real");
            const Run calibration = cli(backupArgs(location, store));
            QVERIFY2(calibration.exitCode == 0, qPrintable(describe(calibration)));
            // Now: the set, LATEST and the folders. At the moment LATEST is
            // written: the set, the lock (gone since) and the folders.
            // The verification's record is appended after LATEST: not counted.
            QVERIFY(QFile::remove(location + QStringLiteral("/verifications.jsonl")));
            needed = inodesInUse(mountPoint);
            QVERIFY(needed > 0);
        }
        const auto full = test::MountedTmpfs::mount(mountPoint, QStringLiteral("size=100m,nr_inodes=%1").arg(needed));
        QVERIFY(full);
        const Run run = cli(backupArgs(location, store));
        QVERIFY2(run.exitCode == 3, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("LATEST could not be updated")) &&
                     run.out.contains(QStringLiteral("No space left on device")),
                 qPrintable(describe(run)));
        // No LATEST yet: the location's commands take the newest complete set.
        QVERIFY2(run.out.contains(QStringLiteral("newest complete set, which is this one")), qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("Verify: OK")), qPrintable(describe(run)));
        checkCommitted(location, run.lastLine());
        QVERIFY(!QFileInfo::exists(location + QStringLiteral("/LATEST")));
        QCOMPARE(BackupLocation(location).latestSetPath(), run.lastLine());
        const Run list = cli({QStringLiteral("list"), location});
        QVERIFY2(list.out.contains(QStringLiteral("* ") + QFileInfo(run.lastLine()).fileName()),
                 qPrintable(describe(list)));
    }

    // LATEST's temporary name is taken by a folder: LATEST cannot be
    // replaced, the set is complete all the same.
    void latestTemporaryNameTakenKeepsTheSet() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        makeStore(store);
        const QString location = dir.filePath(QStringLiteral("backups"));
        const Run first = cli(backupArgs(location, store));
        QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
        QVERIFY(QDir().mkpath(location + QStringLiteral("/LATEST.tmp")));
        const Run run = cli(backupArgs(location, store));
        QVERIFY2(run.exitCode == 3, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("LATEST could not be updated")), qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("LATEST still names %1").arg(QFileInfo(first.lastLine()).fileName())),
                 qPrintable(describe(run)));
        QVERIFY2(!run.err.contains(QStringLiteral("The backup failed")), qPrintable(describe(run)));
        checkCommitted(location, run.lastLine());
        QCOMPARE(BackupLocation(location).completeSets().size(), 2);
        QCOMPARE(BackupLocation(location).latestSetPath(), first.lastLine());
    }

    // A cancel after LATEST moved stops the verification, the copy and the
    // removal of old sets; the set stays $backup and the report says what
    // was not done.
    void cancelAfterTheCommitIsNoCancel() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        makeStore(store);
        const QString location = dir.filePath(QStringLiteral("backups"));
        BackupPlan plan = planFor(location, store);
        plan.secondaryLocation = dir.filePath(QStringLiteral("offsite"));
        plan.retention.keepLast = 1;
        CancelToken cancel;
        CallbackObserver observer;
        observer.phase = [&](JobPhase phase) {
            if (phase == JobPhase::Verification)
                cancel.cancel();
        };
        const BackupReport report = BackupJob(plan).run(&observer, cancel);
        QVERIFY(report.committed());
        QVERIFY(report.latestUpdated);
        QVERIFY(report.latestProblem.isEmpty());
        QVERIFY(report.stoppedAfterCommit);
        QVERIFY(report.verify && report.verify->cancelled);
        QVERIFY(!report.secondCopy);
        QCOMPARE(report.outcome, BackupOutcome::CompletedWithErrors);  // the plan's second copy is missing
        QVERIFY2(report.notes.join(QLatin1Char('\n')).contains(QStringLiteral("stopped before the copy")),
                 qPrintable(report.notes.join(QLatin1Char('\n'))));
        QVERIFY2(report.notes.join(QLatin1Char('\n')).contains(QStringLiteral("stopped before old sets were removed")),
                 qPrintable(report.notes.join(QLatin1Char('\n'))));
        QCOMPARE(BackupLocation(location).latestSetPath(), report.setPath);
        checkCommitted(location, report.setPath);
    }

    // A cancel that comes while the manifest and checksums are written is
    // before the commit: the run is cancelled, only a .partial remains.
    void cancelJustBeforeTheCommitLeavesAPartial() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        makeStore(store);
        const QString location = dir.filePath(QStringLiteral("backups"));
        CancelToken cancel;
        CallbackObserver observer;
        observer.stage = [&](const QString &text) {
            if (text == QCoreApplication::translate("BackupJob", "Writing the manifest and checksums"))
                cancel.cancel();
        };
        const BackupReport report = BackupJob(planFor(location, store)).run(&observer, cancel);
        QCOMPARE(report.outcome, BackupOutcome::Cancelled);
        QVERIFY(!report.committed());
        QVERIFY2(report.setPath.endsWith(QStringLiteral(".partial")), qPrintable(report.setPath));
        QVERIFY(BackupLocation(location).completeSets().isEmpty());
        QCOMPARE(BackupLocation(location).incompleteRuns().size(), 1);
    }

    // A plan file of 4 GiB (sparse: nothing is written) is refused by its
    // size before anything is read, by the engine and by each command that
    // reads plans.
    void aHugePlanIsRefusedBySize() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(qint64(4) << 30));
        }
        QElapsedTimer timer;
        timer.start();
        const Result<BackupPlan> plan = BackupPlan::load(path);
        QVERIFY(!plan.ok());
        // Had it been read, the zeros would have been reported as not JSON.
        QVERIFY2(plan.errorMessage().contains(QStringLiteral("plan files larger than")),
                 qPrintable(plan.errorMessage()));
        for (const QStringList &args :
             {QStringList{QStringLiteral("backup"), QStringLiteral("--plan"), path},
              QStringList{QStringLiteral("status"), dir.path(), QStringLiteral("--plan"), path}}) {
            const Run run = cli(args);
            QVERIFY2(run.exitCode == 2 || run.exitCode == 3, qPrintable(describe(run)));
            QVERIFY2(run.err.contains(QStringLiteral("plan files larger than")), qPrintable(describe(run)));
        }
        qInfo("refused in %lld ms", timer.elapsed());

        // A pipe is refused without waiting for a writer.
        const QString fifo = dir.filePath(QStringLiteral("fifo.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const Result<BackupPlan> fromPipe = BackupPlan::load(fifo);
        QVERIFY(!fromPipe.ok());
        QVERIFY2(fromPipe.errorMessage().contains(QStringLiteral("not a regular file")),
                 qPrintable(fromPipe.errorMessage()));
    }

    // `catalog` on hostile topologies answers at once: nested a million
    // deep, and a file over the size limit (sparse: never read).
    void catalogRefusesHostileTopologiesPromptly() {
        QTemporaryDir dir;
        const QString deep = dir.filePath(QStringLiteral("deep.xml"));
        {
            QFile file(deep);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("<Topology>\n");
            const QByteArray open = QByteArray("<a>").repeated(100000);
            const QByteArray close = QByteArray("</a>").repeated(100000);
            for (int i = 0; i < 10; ++i)
                file.write(open);
            for (int i = 0; i < 10; ++i)
                file.write(close);
            file.write("\n</Topology>\n");
        }
        const QString huge = dir.filePath(QStringLiteral("huge.xml"));
        {
            QFile file(huge);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(qint64(1) << 30));
        }
        for (const auto &[path, expected] :
             {std::pair{deep, QStringLiteral("nested more than")}, std::pair{huge, QStringLiteral("are refused")}}) {
            QElapsedTimer timer;
            timer.start();
            const Run run = cli({QStringLiteral("catalog"), path});
            QVERIFY2(run.exitCode == 1 || run.exitCode == 2, qPrintable(describe(run)));
            QVERIFY2(run.err.contains(expected), qPrintable(describe(run)));
            qInfo("%s refused in %lld ms", qPrintable(QFileInfo(path).fileName()), timer.elapsed());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliExit)
#include "tst_cli_exit.moc"
