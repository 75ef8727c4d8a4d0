// BackupJob and VerifyJob end to end on real folders: what a set contains,
// that damage is found by path, and that failures are never silent.
#include "backupset/Manifest.h"
#include "backupset/SetLayout.h"
#include "jobs/BackupJob.h"
#include "platform/Platform.h"
#include "jobs/JobObserver.h"
#include "jobs/VerifyJob.h"
#include "location/BackupLocation.h"
#include "location/LocationLock.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <functional>
#include <sys/stat.h>
#include <unistd.h>

using namespace lbw;

namespace {

class CallbackObserver : public JobObserver {
public:
    std::function<void(int, const QString &)> itemStarted;
    std::function<void(const ProgressSnapshot &)> progress;
    void onItemStarted(int index, const QString &name) override {
        if (itemStarted)
            itemStarted(index, name);
    }
    void onProgress(const ProgressSnapshot &snapshot) override {
        if (progress)
            progress(snapshot);
    }
};

const QString kAccented = QStringLiteral("reunião/conteúdo final.pptx");

// A small store with the cases that matter: accents and spaces, an empty
// folder, a Meeting.Active, links inside and outside, a large file.
void makeStore(const QString &root) {
    test::writeFile(root + QLatin1Char('/') + kAccented, "conteúdo da reunião");
    test::writeFile(root + QStringLiteral("/1-WebServices-1/CollabContent/a/deck.pptx"), test::randomBytes(300000, 1));
    test::writeFile(root + QStringLiteral("/1-WebServices-1/CollabContent/a/Meeting.Active"), "locked");
    test::writeFile(root + QStringLiteral("/1-ApplicationServer-1/audio/saudação.wma"), test::randomBytes(3 << 20, 2));
    for (int i = 0; i < 50; ++i)
        test::writeFile(root + QStringLiteral("/many/f%1.txt").arg(i), test::randomBytes(100 + i * 37, quint32(i)));
    QDir().mkpath(root + QStringLiteral("/empty folder"));
    QFile::link(QStringLiteral("../reunião/conteúdo final.pptx"), root + QStringLiteral("/many/inside-link"));
    QFile::link(QStringLiteral("/etc/hostname"), root + QStringLiteral("/many/outside-link"));
}

BackupPlan planFor(const QString &location, const QString &store) {
    BackupPlan plan;
    plan.name = QStringLiteral("test");
    plan.location = location;
    plan.items.append({QStringLiteral("filestore"), QStringLiteral("fs"), store});
    return plan;
}

QStringList problemPaths(const VerifyReport &report, VerifyProblem::Kind kind) {
    QStringList paths;
    for (const VerifyProblem &problem : report.problems)
        if (problem.kind == kind)
            paths << problem.path;
    return paths;
}

// A store, its backup location, and a first complete set of the store.
struct FirstSet {
    QTemporaryDir dir;
    QString store = dir.filePath(QStringLiteral("store"));
    QString location = dir.filePath(QStringLiteral("backups"));
    BackupReport first;
    FirstSet() {
        makeStore(store);
        first = BackupJob(planFor(location, store)).run(nullptr, {});
    }
};

}  // namespace

class TestBackupJob : public QObject {
    Q_OBJECT
private slots:
    void backupIsCompleteAndVerifiable() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        makeStore(store);
        const BackupReport report = BackupJob(planFor(dir.filePath(QStringLiteral("backups")), store)).run(nullptr, {});
        QCOMPARE(report.outcome, BackupOutcome::Succeeded);
        QVERIFY(report.verify && report.verify->ok());
        QVERIFY(!report.setPath.endsWith(layout::kPartialSuffix));
        QVERIFY(BackupLocation::isSetName(QFileInfo(report.setPath).fileName()));
        QCOMPARE(BackupLocation(dir.filePath(QStringLiteral("backups"))).latestSetPath(), report.setPath);

        // Every file byte for byte, accented names intact, Meeting.Active left out.
        const QString copy = report.setPath + QStringLiteral("/filestores/fs");
        QCOMPARE(test::readFile(copy + QLatin1Char('/') + kAccented),
                 test::readFile(store + QLatin1Char('/') + kAccented));
        QCOMPARE(test::readFile(copy + QStringLiteral("/1-ApplicationServer-1/audio/saudação.wma")),
                 test::readFile(store + QStringLiteral("/1-ApplicationServer-1/audio/saudação.wma")));
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral("/1-WebServices-1/CollabContent/a/Meeting.Active")));
        QVERIFY(QFileInfo(copy + QStringLiteral("/empty folder")).isDir());
        // Links are recorded, never followed and never stored as links.
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral("/many/outside-link")));
        QVERIFY(!QFileInfo(copy + QStringLiteral("/many/outside-link")).isSymLink());

        const ManifestItem &item = report.manifest.items.first();
        QCOMPARE(item.status, ItemStatus::Ok);
        QCOMPARE(item.skipped.size(), 1);
        QCOMPARE(item.skipped.first().path, QStringLiteral("1-WebServices-1/CollabContent/a/Meeting.Active"));
        QCOMPARE(item.files, qint64(53));
        bool sawOutsideLink = false;
        const Result<Manifest> saved = Manifest::load(report.setPath);
        QVERIFY(saved.ok());
        for (const FileEntry &file : saved->files) {
            if (file.path.endsWith(QLatin1String("outside-link"))) {
                sawOutsideLink = true;
                QCOMPARE(file.type, FileEntry::Type::Symlink);
                QCOMPARE(file.linkTarget, QStringLiteral("/etc/hostname"));
            }
        }
        QVERIFY(sawOutsideLink);

        // The administrator's own check agrees.
        QByteArray output;
        QCOMPARE(
            test::runProgram(QStringLiteral("sha256sum"),
                             {QStringLiteral("-c"), QStringLiteral("--quiet"), layout::kSums}, &output, report.setPath),
            0);
        QCOMPARE(test::filesBelow(report.setPath).size(), 53 + 4);  // data + manifest, entries, SHA256SUMS, log

        // Owner-only permissions: the set holds user data.
        QCOMPARE(QFileInfo(report.setPath).permissions() & 0x0077, QFile::Permissions());
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(copy + QLatin1Char('/') + kAccented).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        QCOMPARE(::stat(QFile::encodeName(report.setPath + QStringLiteral("/filestores")).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0700));
    }

    void verifyReportsEachDamageByPath() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        makeStore(store);
        const BackupReport report = BackupJob(planFor(dir.filePath(QStringLiteral("backups")), store)).run(nullptr, {});
        QCOMPARE(report.outcome, BackupOutcome::Succeeded);
        const QString set = report.setPath;

        // One flipped byte, one deleted file, one added file.
        const QString flipped = QStringLiteral("filestores/fs/1-WebServices-1/CollabContent/a/deck.pptx");
        QFile file(set + QLatin1Char('/') + flipped);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(150000);
        char byte = 0;
        file.getChar(&byte);
        file.seek(150000);
        file.putChar(char(byte ^ 0x01));
        file.close();
        const QString deleted = QStringLiteral("filestores/fs/many/f7.txt");
        QVERIFY(QFile::remove(set + QLatin1Char('/') + deleted));
        const QString added = QStringLiteral("filestores/fs/many/intruso.txt");
        test::writeFile(set + QLatin1Char('/') + added, "not from the backup");
        // The walk of a set does not stat its files: a shorter file is told
        // by the bytes read.
        const QString truncated = QStringLiteral("filestores/fs/many/f9.txt");
        QVERIFY(QFile::resize(set + QLatin1Char('/') + truncated, 10));

        const VerifyReport verify = VerifyJob(set).run(nullptr, {});
        QVERIFY(!verify.ok());
        QCOMPARE(problemPaths(verify, VerifyProblem::Kind::Changed), (QStringList{flipped, truncated}));
        QCOMPARE(problemPaths(verify, VerifyProblem::Kind::Missing), QStringList{deleted});
        QCOMPARE(problemPaths(verify, VerifyProblem::Kind::Unexpected), QStringList{added});
        QCOMPARE(verify.problems.size(), 4);
        for (const VerifyProblem &problem : verify.problems)
            if (problem.path == truncated)
                QCOMPARE(problem.detail, QStringLiteral("size is 10 bytes, the manifest says %1").arg(100 + 9 * 37));

        // sha256sum agrees that the set is damaged.
        QVERIFY(test::runProgram(QStringLiteral("sha256sum"),
                                 {QStringLiteral("-c"), QStringLiteral("--quiet"), layout::kSums}, nullptr, set) != 0);
    }

    // Verify merges the set on disk, its file list and SHA256SUMS in path
    // order: folders nobody listed, lines SHA256SUMS adds, and a SHA256SUMS
    // put in another order by hand are all judged as before.
    void verifyJudgesFoldersAndSumsInAnyOrder() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        makeStore(store);
        const BackupReport report = BackupJob(planFor(dir.filePath(QStringLiteral("backups")), store)).run(nullptr, {});
        QCOMPARE(report.outcome, BackupOutcome::Succeeded);
        const QString set = report.setPath;
        const QString sumsPath = set + QLatin1Char('/') + layout::kSums;
        QFile sumsFile(sumsPath);
        QVERIFY(sumsFile.open(QIODevice::ReadOnly));
        QByteArrayList lines = sumsFile.readAll().split('\n');
        sumsFile.close();
        lines.removeAll(QByteArray());
        QByteArrayList reversed = lines;
        std::reverse(reversed.begin(), reversed.end());
        QVERIFY(QFile::remove(sumsPath));
        test::writeFile(sumsPath, reversed.join('\n') + '\n');
        QVERIFY2(VerifyJob(set).run(nullptr, {}).ok(), "SHA256SUMS in reverse order is still the same list");
        QCOMPARE(test::runProgram(QStringLiteral("sha256sum"),
                                  {QStringLiteral("-c"), QStringLiteral("--quiet"), layout::kSums}, nullptr, set),
                 0);

        // An empty folder, a folder that holds a file, and one inside a
        // listed folder, none of them listed; a line SHA256SUMS adds (in
        // order, so SHA256SUMS is read alongside the file list).
        QVERIFY(QDir().mkpath(set + QStringLiteral("/filestores/empty")));
        test::writeFile(set + QStringLiteral("/extra/inside.txt"), "x");
        QVERIFY(QDir().mkpath(set + QStringLiteral("/filestores/fs/many/sub")));
        QVERIFY(QFile::remove(sumsPath));
        test::writeFile(sumsPath, lines.join('\n') + '\n' + QByteArray(64, 'a') + "  filestores/zz-ghost.txt\n");
        const VerifyReport verify = VerifyJob(set).run(nullptr, {});
        QCOMPARE(problemPaths(verify, VerifyProblem::Kind::Unexpected),
                 QStringList({QStringLiteral("extra"), QStringLiteral("extra/inside.txt"),
                              QStringLiteral("filestores/empty"), QStringLiteral("filestores/fs/many/sub")}));
        QCOMPARE(problemPaths(verify, VerifyProblem::Kind::Inconsistent),
                 QStringList{QStringLiteral("filestores/zz-ghost.txt")});
        QCOMPARE(verify.problems.size(), 5);
    }

    void verifyReportsSymlinkSmuggledIntoSet() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        makeStore(store);
        const BackupReport report = BackupJob(planFor(dir.filePath(QStringLiteral("backups")), store)).run(nullptr, {});
        // Replace a folder of the set by a link to a copy elsewhere: the
        // contents match, but they are read through a link out of the set.
        const QString many = report.setPath + QStringLiteral("/filestores/fs/many");
        QVERIFY(QDir(many).rename(many, dir.filePath(QStringLiteral("elsewhere"))));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("elsewhere")), many));
        const VerifyReport verify = VerifyJob(report.setPath).run(nullptr, {});
        QVERIFY(!verify.ok());
        QVERIFY(
            problemPaths(verify, VerifyProblem::Kind::Changed).contains(QStringLiteral("filestores/fs/many/f1.txt")));
    }

    // Metadata replaced by links to endless files must not hang verify,
    // list or the choice of $backup.
    void endlessMetadataIsRefused() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        makeStore(store);
        const QString location = dir.filePath(QStringLiteral("backups"));
        const BackupReport report = BackupJob(planFor(location, store)).run(nullptr, {});
        QVERIFY(QFile::remove(report.setPath + QStringLiteral("/SHA256SUMS")));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), report.setPath + QStringLiteral("/SHA256SUMS")));
        VerifyReport verify = VerifyJob(report.setPath).run(nullptr, {});
        QVERIFY(!verify.ok());
        QVERIFY(problemPaths(verify, VerifyProblem::Kind::Missing).contains(QStringLiteral("SHA256SUMS")));

        QVERIFY(QFile::remove(report.setPath + QStringLiteral("/manifest.json")));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), report.setPath + QStringLiteral("/manifest.json")));
        verify = VerifyJob(report.setPath).run(nullptr, {});
        QVERIFY(verify.fatalError.contains(QStringLiteral("not a regular file")));
        QVERIFY(BackupLocation(location).completeSets().isEmpty());

        QVERIFY(QFile::remove(location + QStringLiteral("/LATEST")));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), location + QStringLiteral("/LATEST")));
        QVERIFY(BackupLocation(location).latestSetPath().isEmpty());
    }

    // The store is counted before the items start and walked again as each
    // item is copied: a file that vanishes in between is simply not there,
    // one that becomes a link is recorded as a link (never followed), and
    // one that becomes a pipe is named and never waited on.
    void storeChangingBetweenCountAndCopy() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        makeStore(store);
        test::writeFile(dir.filePath(QStringLiteral("secret.txt")), "outside the store");
        CallbackObserver observer;
        observer.itemStarted = [&](int, const QString &) {
            QFile::remove(store + QStringLiteral("/many/f3.txt"));
            QFile::remove(store + QStringLiteral("/many/f4.txt"));
            QFile::link(dir.filePath(QStringLiteral("secret.txt")), store + QStringLiteral("/many/f4.txt"));
            QFile::remove(store + QStringLiteral("/many/f5.txt"));
            ::mkfifo(QFile::encodeName(store + QStringLiteral("/many/f5.txt")).constData(), 0644);
        };
        const BackupReport report =
            BackupJob(planFor(dir.filePath(QStringLiteral("backups")), store)).run(&observer, {});
        QCOMPARE(report.outcome, BackupOutcome::CompletedWithErrors);
        const ManifestItem &item = report.manifest.items.first();
        QCOMPARE(item.status, ItemStatus::CompletedWithErrors);
        QCOMPARE(item.errors.size(), 1);
        QCOMPARE(item.errors.first().path, QStringLiteral("many/f5.txt"));
        QCOMPARE(item.files, qint64(50));
        QVERIFY(report.latestUpdated);  // the rest of the item is good
        QVERIFY(report.verify && report.verify->ok());
        const Result<Manifest> saved = Manifest::load(report.setPath);
        QVERIFY(saved.ok());
        QCOMPARE(saved->items.first().errors.first().path, QStringLiteral("many/f5.txt"));
        QStringList many;
        for (const FileEntry &file : saved->files)
            if (file.path.startsWith(QLatin1String("filestores/fs/many/f")))
                many << file.path.mid(19) + (file.type == FileEntry::Type::Symlink
                                                 ? QStringLiteral(" -> ") + file.linkTarget
                                                 : QString());
        QVERIFY(!many.contains(QStringLiteral("f3.txt")));
        QVERIFY(!many.contains(QStringLiteral("f5.txt")));
        QVERIFY(many.contains(QStringLiteral("f4.txt -> ") + dir.filePath(QStringLiteral("secret.txt"))));
        QVERIFY(!QFileInfo::exists(report.setPath + QStringLiteral("/filestores/fs/many/f4.txt")));
    }

    void diskFullDuringTheRun() {
        QTemporaryDir dir;
        const QString small = dir.filePath(QStringLiteral("small"));
        const auto mounted = test::MountedTmpfs::mount(small, QStringLiteral("size=80m"));
        if (!mounted)
            QSKIP("needs root and permission to mount a small tmpfs to fill a file system for real");
        const QString store = dir.filePath(QStringLiteral("store"));
        for (int i = 0; i < 8; ++i)
            test::writeFile(store + QStringLiteral("/gravação %1.wma").arg(i), test::randomBytes(1 << 20, quint32(i)));
        const QString location = small + QStringLiteral("/backups");
        CallbackObserver observer;
        observer.itemStarted = [&](int, const QString &) {
            QFile filler(small + QStringLiteral("/filler"));
            if (filler.open(QIODevice::WriteOnly)) {
                const QByteArray block(1 << 20, 'f');
                while (filler.write(block) == block.size()) {
                }
            }
        };
        const BackupReport report = BackupJob(planFor(location, store)).run(&observer, {});
        QCOMPARE(report.outcome, BackupOutcome::Failed);
        QVERIFY2(report.error.contains(QStringLiteral("incomplete")), qPrintable(report.error));
        const QString why = report.manifest.items.first().errors.first().message;
        QVERIFY2(why.contains(QStringLiteral("No space left")), qPrintable(why));
        QVERIFY(BackupLocation(location).completeSets().isEmpty());
        QCOMPARE(BackupLocation(location).incompleteRuns().size(), 1);
    }

    void pipeInStoreIsReportedNotRead() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        makeStore(store);
        QCOMPARE(::mkfifo(QFile::encodeName(store + QStringLiteral("/many/pipe")).constData(), 0644), 0);
        const BackupReport report = BackupJob(planFor(dir.filePath(QStringLiteral("backups")), store)).run(nullptr, {});
        QCOMPARE(report.outcome, BackupOutcome::CompletedWithErrors);
        QCOMPARE(report.manifest.items.first().errors.first().path, QStringLiteral("many/pipe"));
    }

    void failedItemKeepsPreviousLatest() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        makeStore(store);
        const QString location = dir.filePath(QStringLiteral("backups"));
        const BackupReport first = BackupJob(planFor(location, store)).run(nullptr, {});
        QCOMPARE(first.outcome, BackupOutcome::Succeeded);

        BackupPlan plan = planFor(location, store);
        plan.items.append(
            {QStringLiteral("sqlite"), QStringLiteral("xds"), dir.filePath(QStringLiteral("missing.sqlite"))});
        QTest::qWait(1100);  // a new set name (one per second)
        const BackupReport second = BackupJob(plan).run(nullptr, {});
        QCOMPARE(second.outcome, BackupOutcome::CompletedWithErrors);
        QCOMPARE(second.manifest.items.at(1).status, ItemStatus::Failed);
        QVERIFY(second.manifest.items.at(1).errors.first().message.contains(QStringLiteral("missing.sqlite")));
        QVERIFY(!second.latestUpdated);
        QCOMPARE(BackupLocation(location).latestSetPath(), first.setPath);
        QCOMPARE(BackupLocation(location).completeSets().size(), 2);
    }

    void everyRunIsANewSetAndOldSetsStayUntouched() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        makeStore(store);
        const QString location = dir.filePath(QStringLiteral("backups"));
        const BackupReport first = BackupJob(planFor(location, store)).run(nullptr, {});
        const QByteArray firstManifest = test::readFile(first.setPath + QStringLiteral("/manifest.json"));
        test::writeFile(store + QStringLiteral("/many/new.txt"), "new");
        const BackupReport second = BackupJob(planFor(location, store)).run(nullptr, {});
        QVERIFY(first.setPath != second.setPath);
        QCOMPARE(test::readFile(first.setPath + QStringLiteral("/manifest.json")), firstManifest);
        QVERIFY(!QFileInfo::exists(first.setPath + QStringLiteral("/filestores/fs/many/new.txt")));
        QVERIFY(QFileInfo::exists(second.setPath + QStringLiteral("/filestores/fs/many/new.txt")));
        QCOMPARE(BackupLocation(location).latestSetPath(), second.setPath);
        QVERIFY(VerifyJob(first.setPath).run(nullptr, {}).ok());
    }

    // SHA256SUMS covers every byte of the set: the file list, the manifest
    // and the log as well as the data.
    void theSetsOwnFilesAreUnderTheDigest() {
        const FirstSet f;
        const BackupReport &report = f.first;
        QCOMPARE(report.outcome, BackupOutcome::Succeeded);
        const QByteArray sums = test::readFile(report.setPath + QLatin1Char('/') + layout::kSums);
        for (const QString &own : {layout::kEntries, layout::kManifest, layout::kLog})
            QVERIFY2(sums.contains(QByteArray("  " + own.toUtf8() + '\n')), qPrintable(own));
        for (const QString &own : {layout::kEntries, layout::kManifest, layout::kLog}) {
            const QString path = report.setPath + QLatin1Char('/') + own;
            const QByteArray original = test::readFile(path);
            QByteArray changed = original;
            changed[changed.size() / 2] = char(changed[changed.size() / 2] ^ 1);
            QFile::remove(path);
            test::writeFile(path, changed);
            const VerifyReport verified = VerifyJob(report.setPath).run(nullptr, {});
            QVERIFY2(!verified.ok(), qPrintable(own));
            QFile::remove(path);
            test::writeFile(path, original);
        }
        QVERIFY(VerifyJob(report.setPath).run(nullptr, {}).ok());
    }

    // Sizes the wizard measured are used as they are: the store is walked
    // once more only to copy it, and a store that cannot be read still
    // fails the item whatever size was known.
    void knownEstimatesAreNotMeasuredAgain() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        makeStore(store);
        CallbackObserver observer;
        qint64 bytesTotal = -1;
        qint64 filesTotal = -1;
        observer.progress = [&](const ProgressSnapshot &snapshot) {
            if (bytesTotal >= 0)
                return;  // the first report is the backup's (the verification after it has its own)
            bytesTotal = snapshot.bytesTotal;
            filesTotal = snapshot.filesTotal;
        };
        BackupJob job(planFor(dir.filePath(QStringLiteral("backups")), store));
        job.useKnownEstimates({{QStringLiteral("fs"), SourceEstimate{123456, 77}}});
        const BackupReport report = job.run(&observer, {});
        QCOMPARE(report.outcome, BackupOutcome::Succeeded);
        QCOMPARE(bytesTotal, qint64(123456));
        QCOMPARE(filesTotal, qint64(77));
        QCOMPARE(report.manifest.items.first().files, qint64(53));

        BackupJob gone(planFor(dir.filePath(QStringLiteral("backups")), dir.filePath(QStringLiteral("nowhere"))));
        gone.useKnownEstimates({{QStringLiteral("fs"), SourceEstimate{123456, 77}}});
        QCOMPARE(gone.run(nullptr, {}).outcome, BackupOutcome::Failed);
    }

    // A store the newest set backed up from the same folder is sized from
    // that set's record, not walked before it is copied; a store backed up
    // from elsewhere is walked.
    void aStoreIsSizedFromTheNewestSet() {
        FirstSet set;
        QCOMPARE(set.first.outcome, BackupOutcome::Succeeded);
        const ManifestItem &recorded = set.first.manifest.items.first();
        for (int i = 0; i < 10; ++i)
            test::writeFile(set.store + QStringLiteral("/added/n%1.txt").arg(i), "new since the first set");
        auto firstTotals = [](BackupJob job) {
            CallbackObserver observer;
            std::optional<std::pair<qint64, qint64>> totals;
            observer.progress = [&](const ProgressSnapshot &snapshot) {
                if (!totals)
                    totals = std::pair{snapshot.bytesTotal, snapshot.filesTotal};
            };
            BackupReport report = job.run(&observer, {});
            return std::pair{report, totals.value_or(std::pair{qint64(-1), qint64(-1)})};
        };
        const auto [second, totals] = firstTotals(BackupJob(planFor(set.location, set.store)));
        QCOMPARE(second.outcome, BackupOutcome::Succeeded);
        QCOMPARE(totals.first, recorded.bytes);
        QCOMPARE(totals.second, recorded.files);
        QCOMPARE(second.manifest.items.first().files, recorded.files + 10);
        QVERIFY(test::readFile(second.setPath + QStringLiteral("/backup.log")).contains("Sized as in"));

        const QString moved = set.dir.filePath(QStringLiteral("moved"));
        QVERIFY(QDir().rename(set.store, moved));
        const auto [third, walkedTotals] = firstTotals(BackupJob(planFor(set.location, moved)));
        QCOMPARE(third.outcome, BackupOutcome::Succeeded);
        QCOMPARE(walkedTotals.second, recorded.files + 10);
        QVERIFY(!test::readFile(third.setPath + QStringLiteral("/backup.log")).contains("Sized as in"));
    }

    // Files unchanged since the previous set are hard links to it; changed
    // and new ones are copies; deleting either set leaves the other whole.
    void unchangedFilesAreStoredOnce() {
        const FirstSet f;
        const QString &store = f.store;
        const QString &location = f.location;
        const BackupReport &first = f.first;
        QCOMPARE(first.outcome, BackupOutcome::Succeeded);
        const QString changed = QStringLiteral("/many/f7.txt");
        test::writeFile(store + changed, "changed");
        test::writeFile(store + QStringLiteral("/many/new.txt"), "new");
        const BackupReport second = BackupJob(planFor(location, store)).run(nullptr, {});
        QCOMPARE(second.outcome, BackupOutcome::Succeeded);
        auto links = [](const QString &path) {
            struct stat st {};
            return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_nlink) : -1;
        };
        const QString data = QStringLiteral("/filestores/fs");
        QCOMPARE(links(second.setPath + data + QStringLiteral("/1-ApplicationServer-1/audio/saudação.wma")), 2);
        QCOMPARE(links(second.setPath + data + QLatin1Char('/') + kAccented), 2);
        QCOMPARE(links(second.setPath + data + changed), 1);
        QCOMPARE(links(second.setPath + data + QStringLiteral("/many/new.txt")), 1);
        QCOMPARE(test::readFile(second.setPath + data + changed), QByteArray("changed"));
        QCOMPARE(test::readFile(first.setPath + data + changed), test::randomBytes(100 + 7 * 37, 7));
        const ManifestItem &item = second.manifest.items.first();
        QCOMPARE(item.details.value(QStringLiteral("linkedFiles")).toInteger(), item.files - 2);
        QCOMPARE(item.details.value(QStringLiteral("linkedFrom")).toString(), first.manifest.setName);
        // The list counts each set's own bytes.
        const QList<SetSummary> sets = BackupLocation(location).completeSets();
        QCOMPARE(sets.size(), 2);
        QCOMPARE(sets[0].newBytes, sets[0].bytes);
        QCOMPARE(sets[1].newBytes, qint64(7 + 3));
        // Deleting the first set takes nothing from the second.
        QVERIFY(VerifyJob(first.setPath).run(nullptr, {}).ok());
        QVERIFY(QDir(first.setPath).removeRecursively());
        const VerifyReport verified = VerifyJob(second.setPath).run(nullptr, {});
        QVERIFY2(verified.ok(),
                 qPrintable(verified.problems.isEmpty() ? verified.fatalError : verified.problems.first().path));
    }

    // A file of the previous set swapped for a link out of it (a damaged or
    // hostile set) is never linked to: the next run copies it from the store.
    void aSwappedFileOfThePreviousSetIsCopiedInstead() {
        const FirstSet f;
        const QString data = QStringLiteral("/filestores/fs/many/f9.txt");
        const QString swapped = f.first.setPath + data;
        QVERIFY(QFile::remove(swapped));
        QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), swapped));
        const BackupReport second = BackupJob(planFor(f.location, f.store)).run(nullptr, {});
        QCOMPARE(second.outcome, BackupOutcome::Succeeded);
        QVERIFY(!QFileInfo(second.setPath + data).isSymLink());
        QCOMPARE(test::readFile(second.setPath + data), test::readFile(f.store + QStringLiteral("/many/f9.txt")));
        QVERIFY(second.verify && second.verify->ok());
        const ManifestItem &item = second.manifest.items.first();
        QCOMPARE(item.details.value(QStringLiteral("linkedFiles")).toInteger(), item.files - 1);
    }

    // A change that keeps size and time (a file rewritten and its time set
    // back) still moves the change time: the next run copies that file and
    // links the rest. --full copies and hashes every file whatever the
    // comparison says (for a file system whose change times cannot be
    // trusted).
    void aFileRewrittenWithItsOldTimeIsCopiedAgain() {
        const FirstSet f;
        const QString &store = f.store;
        const QString &location = f.location;
        QCOMPARE(f.first.outcome, BackupOutcome::Succeeded);
        const QString path = store + QStringLiteral("/many/f3.txt");
        const Result<platform::EntryInfo> before = platform::statNoFollow(path);
        QVERIFY(before.ok());
        QByteArray bytes = test::readFile(path);
        bytes[0] = char(bytes[0] ^ 0x55);
        QFile::remove(path);
        test::writeFile(path, bytes);
        QVERIFY(platform::applyTimesAndMode(path, before->mtime, before->mode));
        const Result<platform::EntryInfo> after = platform::statNoFollow(path);
        QVERIFY(after.ok());
        QCOMPARE(after->mtime, before->mtime);  // to the nanosecond
        QCOMPARE(after->size, before->size);
        QCOMPARE(after->mode, before->mode);

        const BackupReport second = BackupJob(planFor(location, store)).run(nullptr, {});
        QCOMPARE(second.outcome, BackupOutcome::Succeeded);
        const QString copy = QStringLiteral("/filestores/fs/many/f3.txt");
        QCOMPARE(test::readFile(second.setPath + copy), bytes);
        const ManifestItem &item = second.manifest.items.first();
        QCOMPARE(item.details.value(QStringLiteral("linkedFiles")).toInteger(), item.files - 1);
        QVERIFY(second.verify && second.verify->ok());

        BackupPlan full = planFor(location, store);
        full.fullCopy = true;
        const BackupReport third = BackupJob(full).run(nullptr, {});
        QCOMPARE(third.outcome, BackupOutcome::Succeeded);
        QCOMPARE(test::readFile(third.setPath + copy), bytes);
        QVERIFY(!third.manifest.items.first().details.contains(QStringLiteral("linkedFiles")));
    }

    // Where the previous set's files refuse a second name (here: made
    // immutable, so link() fails with EPERM even for root), every file is
    // copied, the log says so once, and the set is complete and correct.
    void refusedLinksFallBackToCopies() {
        const FirstSet f;
        const QString &store = f.store;
        const QString &location = f.location;
        const BackupReport &first = f.first;
        const QString firstData = first.setPath + QStringLiteral("/filestores/fs");
        const QStringList files = test::filesBelow(firstData);
        QStringList immutable;
        for (const QString &file : files)
            immutable << firstData + QLatin1Char('/') + file;
        if (test::runProgram(QStringLiteral("chattr"), QStringList{QStringLiteral("+i")} + immutable) != 0) {
            test::runProgram(QStringLiteral("chattr"), QStringList{QStringLiteral("-i")} + immutable);
            QSKIP("chattr +i is not possible here (not root, or the file system has no immutable flag)");
        }
        const BackupReport second = BackupJob(planFor(location, store)).run(nullptr, {});
        test::runProgram(QStringLiteral("chattr"), QStringList{QStringLiteral("-i")} + immutable);
        QCOMPARE(second.outcome, BackupOutcome::Succeeded);
        QVERIFY(second.verify && second.verify->ok());
        QCOMPARE(second.manifest.items.first().details.value(QStringLiteral("linkedFiles")).toInteger(), 0);
        const QByteArray log = test::readFile(second.setPath + QStringLiteral("/backup.log"));
        QCOMPARE(log.count("cannot link unchanged files"), 1);
        QCOMPARE(test::filesBelow(second.setPath + QStringLiteral("/filestores/fs")), files);
    }

    void cancelLeavesOnlyAPartialRun() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        makeStore(store);
        CancelToken cancel;
        CallbackObserver observer;
        observer.itemStarted = [&](int, const QString &) { cancel.cancel(); };
        const QString location = dir.filePath(QStringLiteral("backups"));
        const BackupReport report = BackupJob(planFor(location, store)).run(&observer, cancel);
        QCOMPARE(report.outcome, BackupOutcome::Cancelled);
        QVERIFY(report.setPath.endsWith(layout::kPartialSuffix));
        QVERIFY(BackupLocation(location).completeSets().isEmpty());
        QCOMPARE(BackupLocation(location).incompleteRuns().size(), 1);
        QVERIFY(BackupLocation(location).latestSetPath().isEmpty());
        QVERIFY(!QFileInfo::exists(location + QStringLiteral("/LATEST")));
    }

    void lockRefusesASecondRun() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        makeStore(store);
        const QString location = dir.filePath(QStringLiteral("backups"));
        QDir().mkpath(location);
        Result<std::unique_ptr<LocationLock>> held = LocationLock::acquire(location);
        QVERIFY(held.ok());
        const BackupReport report = BackupJob(planFor(location, store)).run(nullptr, {});
        QCOMPARE(report.outcome, BackupOutcome::Failed);
        QVERIFY2(report.error.contains(QStringLiteral("Another backup")), qPrintable(report.error));
        QVERIFY(QDir(location).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        held->reset();
        QCOMPARE(BackupJob(planFor(location, store)).run(nullptr, {}).outcome, BackupOutcome::Succeeded);
    }

    void locationInsideSourceIsRefused() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        makeStore(store);
        const BackupReport report = BackupJob(planFor(store + QStringLiteral("/backups"), store)).run(nullptr, {});
        QCOMPARE(report.outcome, BackupOutcome::Failed);
        QVERIFY2(report.error.contains(QStringLiteral("inside")), qPrintable(report.error));
        QVERIFY(!QFileInfo::exists(store + QStringLiteral("/backups")));
    }

    void missingStoreFailsBeforeWriting() {
        QTemporaryDir dir;
        const QString location = dir.filePath(QStringLiteral("backups"));
        const BackupReport report =
            BackupJob(planFor(location, dir.filePath(QStringLiteral("nowhere")))).run(nullptr, {});
        QCOMPARE(report.outcome, BackupOutcome::Failed);
        QVERIFY2(report.error.contains(QStringLiteral("nowhere")), qPrintable(report.error));
        QVERIFY(!QFileInfo::exists(location));
    }

    void progressReachesTheTotal() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        makeStore(store);
        ProgressSnapshot last;
        CallbackObserver observer;
        observer.progress = [&](const ProgressSnapshot &s) { last = s; };
        BackupPlan plan = planFor(dir.filePath(QStringLiteral("backups")), store);
        plan.verifyAfterBackup = false;
        const BackupReport report = BackupJob(plan).run(&observer, {});
        QCOMPARE(report.outcome, BackupOutcome::Succeeded);
        QCOMPARE(last.bytesDone, report.manifest.items.first().bytes);
        QCOMPARE(last.bytesDone, last.bytesTotal);
        QCOMPARE(last.filesDone, qint64(53));
    }
};

QTEST_GUILESS_MAIN(TestBackupJob)
#include "tst_backupjob.moc"
