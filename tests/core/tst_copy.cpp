// Second copies of sets (lync-backup copy, a plan's secondaryLocation) on
// real files: the copy is the same set byte for byte and checks with
// sha256sum -c; a later copy shares unchanged files with the previous one;
// a damaged set, a full disk or a cancel never leave a set behind.

#include "backupset/SetLayout.h"
#include "jobs/BackupJob.h"
#include "jobs/CopyJob.h"
#include "jobs/JobObserver.h"
#include "location/BackupLocation.h"
#include "model/BackupPlan.h"
#include "platform/Platform.h"

#include "FormatOneSet.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace lbw;

namespace {

struct Fixture {
    QTemporaryDir dir;
    QString store = dir.filePath(QStringLiteral("store"));
    QString primary = dir.filePath(QStringLiteral("primary"));
    QString secondary = dir.filePath(QStringLiteral("secondary"));

    Fixture() {
        for (int i = 0; i < 30; ++i)
            test::writeFile(store + QStringLiteral("/org%1/conteúdo %2.bin").arg(i % 3).arg(i),
                            test::randomBytes(1000 + i * 300, quint32(i)));
        test::writeFile(store + QStringLiteral("/vazio.txt"), {});
    }
    BackupPlan plan() const {
        BackupPlan p;
        p.name = QStringLiteral("copy test");
        p.location = primary;
        p.items.append({QStringLiteral("filestore"), QStringLiteral("fs"), store});
        return p;
    }
    QString backUp() const {
        const BackupReport report = BackupJob(plan()).run(nullptr, {});
        return report.outcome == BackupOutcome::Succeeded ? report.setPath : QString();
    }
};

// Every file below `root`, relative, with its bytes.
QMap<QString, QByteArray> contentsBelow(const QString &root) {
    QMap<QString, QByteArray> contents;
    for (const QString &file : test::filesBelow(root))
        contents.insert(file, test::readFile(root + QLatin1Char('/') + file));
    return contents;
}

qint64 linkCount(const QString &path) {
    const Result<platform::EntryInfo> info = platform::statNoFollow(path);
    return info ? info->linkCount : -1;
}

class CancelAfterFirstFile : public JobObserver {
public:
    explicit CancelAfterFirstFile(CancelToken &token) : m_token(token) {}
    void onProgress(const ProgressSnapshot &progress) override {
        if (progress.bytesDone > 0)
            m_token.cancel();
    }

private:
    CancelToken &m_token;
};

}  // namespace

class TestCopy : public QObject {
    Q_OBJECT
private slots:
    void theCopyIsTheSameSetAndChecksWithSha256sum() {
        Fixture f;
        const QString set = f.backUp();
        QVERIFY(!set.isEmpty());
        const CopyReport report = CopyJob(set, f.secondary).run(nullptr, {});
        QVERIFY2(report.outcome == CopyReport::Outcome::Copied, qPrintable(report.error));
        const QString copy = f.secondary + QLatin1Char('/') + QFileInfo(set).fileName();
        QCOMPARE(report.copiedSetPath, copy);
        QVERIFY(report.verify && report.verify->ok());
        QCOMPARE(report.files, 31);
        QCOMPARE(report.linkedFiles, 0);
        QCOMPARE(contentsBelow(copy), contentsBelow(set));
        QVERIFY(report.latestUpdated);
        QCOMPARE(BackupLocation(f.secondary).latestSetPath(), copy);
        QVERIFY(BackupLocation(f.secondary).incompleteRuns().isEmpty());
        QByteArray out;
        const int checked = test::runProgram(QStringLiteral("sh"),
                                             {QStringLiteral("-c"), QStringLiteral("cd '%1' && sha256sum -c --quiet "
                                                                                   "SHA256SUMS")
                                                                        .arg(copy)},
                                             &out);
        QVERIFY2(checked == 0, out.constData());

        // Again: nothing to do, and nothing changed.
        const CopyReport again = CopyJob(set, f.secondary).run(nullptr, {});
        QCOMPARE(again.outcome, CopyReport::Outcome::AlreadyThere);
        QCOMPARE(again.copiedSetPath, copy);
        QCOMPARE(BackupLocation(f.secondary).completeSets().size(), 1);
    }

    void aLaterCopySharesUnchangedFilesWithThePreviousCopy() {
        Fixture f;
        const QString first = f.backUp();
        QVERIFY(CopyJob(first, f.secondary).run(nullptr, {}).ok());
        const QString firstCopy = f.secondary + QLatin1Char('/') + QFileInfo(first).fileName();
        const QMap<QString, QByteArray> firstCopyBefore = contentsBelow(firstCopy);
        QTest::qWait(1100);  // the next set's name is its start second
        test::writeFile(f.store + QStringLiteral("/org0/conteúdo 0.bin"), "changed");
        const QString second = f.backUp();
        QVERIFY(!second.isEmpty());

        const CopyReport report = CopyJob(second, f.secondary).run(nullptr, {});
        QVERIFY2(report.outcome == CopyReport::Outcome::Copied, qPrintable(report.error));
        QCOMPARE(report.linkedFrom, QFileInfo(first).fileName());
        QCOMPARE(report.linkedFiles, 30);  // all but the changed file
        const QString secondCopy = report.copiedSetPath;
        // One inode for both copies (the primary's two sets share another).
        QCOMPARE(linkCount(secondCopy + QStringLiteral("/filestores/fs/org1/conteúdo 1.bin")), 2);
        QCOMPARE(linkCount(secondCopy + QStringLiteral("/filestores/fs/org0/conteúdo 0.bin")), 1);
        QCOMPARE(test::readFile(secondCopy + QStringLiteral("/filestores/fs/org0/conteúdo 0.bin")),
                 QByteArray("changed"));
        QCOMPARE(contentsBelow(secondCopy), contentsBelow(second));
        QCOMPARE(contentsBelow(firstCopy), firstCopyBefore);  // a complete set is never modified
        QCOMPARE(BackupLocation(f.secondary).latestSetPath(), secondCopy);

        // An older set copied afterwards does not move LATEST back.
        QDir(firstCopy).removeRecursively();
        const CopyReport older = CopyJob(first, f.secondary).run(nullptr, {});
        QVERIFY2(older.outcome == CopyReport::Outcome::Copied, qPrintable(older.error));
        QVERIFY(!older.latestUpdated);
        QCOMPARE(BackupLocation(f.secondary).latestSetPath(), secondCopy);
    }

    // A file of the second location's previous set that rotted there is not
    // linked into the next copy: that copy gets its own good file, and the
    // damaged set is left as it is (verify reports it).
    void aFileThatRottedInTheSecondLocationIsCopiedAgain() {
        Fixture f;
        const QString first = f.backUp();
        QVERIFY(CopyJob(first, f.secondary).run(nullptr, {}).ok());
        const QString rotten = f.secondary + QLatin1Char('/') + QFileInfo(first).fileName() +
                               QStringLiteral("/filestores/fs/org1/conteúdo 4.bin");
        const Result<platform::EntryInfo> before = platform::statNoFollow(rotten);
        QVERIFY(before.ok());
        QByteArray bytes = test::readFile(rotten);
        bytes[10] = char(bytes[10] ^ 0x40);
        QFile file(rotten);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write(bytes);
        file.close();
        QVERIFY(platform::applyTimesAndMode(rotten, before->mtime, before->mode).ok());  // looks unchanged
        QTest::qWait(1100);
        const QString second = f.backUp();

        const CopyReport report = CopyJob(second, f.secondary).run(nullptr, {});
        QVERIFY2(report.outcome == CopyReport::Outcome::Copied, qPrintable(report.error));
        QVERIFY2(report.linkNote.contains(QStringLiteral("copied again")), qPrintable(report.linkNote));
        QCOMPARE(test::readFile(report.copiedSetPath + QStringLiteral("/filestores/fs/org1/conteúdo 4.bin")),
                 test::readFile(second + QStringLiteral("/filestores/fs/org1/conteúdo 4.bin")));
        QCOMPARE(test::readFile(rotten), bytes);  // the damaged set is not touched
    }

    void aDamagedSetIsNotCopied() {
        Fixture f;
        const QString set = f.backUp();
        const QString victim = set + QStringLiteral("/filestores/fs/org2/conteúdo 5.bin");
        QByteArray bytes = test::readFile(victim);
        bytes[100] = char(bytes[100] ^ 0x01);
        QFile::setPermissions(victim, QFile::ReadOwner | QFile::WriteOwner);
        test::writeFile(victim, bytes);

        const CopyReport report = CopyJob(set, f.secondary).run(nullptr, {});
        QCOMPARE(report.outcome, CopyReport::Outcome::Failed);
        QVERIFY2(report.error.contains(QStringLiteral("filestores/fs/org2/conteúdo 5.bin")), qPrintable(report.error));
        QVERIFY2(report.error.contains(QStringLiteral("damaged")), qPrintable(report.error));
        QVERIFY(BackupLocation(f.secondary).completeSets().isEmpty());
        QVERIFY(BackupLocation(f.secondary).incompleteRuns().isEmpty());  // the unfinished copy is removed
    }

    void aFormatOneSetIsCopied() {
        Fixture f;
        const QString set = f.backUp();
        QVERIFY(test::rewriteAsFormatOne(set).ok());
        const CopyReport report = CopyJob(set, f.secondary).run(nullptr, {});
        QVERIFY2(report.outcome == CopyReport::Outcome::Copied, qPrintable(report.error));
        QVERIFY(!QFileInfo::exists(report.copiedSetPath + QLatin1Char('/') + layout::kEntries));
        QCOMPARE(contentsBelow(report.copiedSetPath), contentsBelow(set));
    }

    void refusals() {
        Fixture f;
        const QString set = f.backUp();
        // Into its own location.
        CopyReport report = CopyJob(set, f.primary).run(nullptr, {});
        QCOMPARE(report.outcome, CopyReport::Outcome::Failed);
        QVERIFY2(report.error.contains(QStringLiteral("another location")), qPrintable(report.error));
        // An unfinished run is not a set.
        QVERIFY(QDir().rename(set, set + layout::kPartialSuffix));
        report = CopyJob(set + layout::kPartialSuffix, f.secondary).run(nullptr, {});
        QCOMPARE(report.outcome, CopyReport::Outcome::Failed);
        QVERIFY2(report.error.contains(QStringLiteral("not a complete set")), qPrintable(report.error));
        QVERIFY(!QFileInfo::exists(f.secondary));
        QVERIFY(QDir().rename(set + layout::kPartialSuffix, set));
        // A different set under the same name is never replaced.
        const QString impostor = f.secondary + QLatin1Char('/') + QFileInfo(set).fileName();
        test::writeFile(impostor + QLatin1Char('/') + layout::kManifest, "{}");
        report = CopyJob(set, f.secondary).run(nullptr, {});
        QCOMPARE(report.outcome, CopyReport::Outcome::Failed);
        QVERIFY2(report.error.contains(QStringLiteral("different set")), qPrintable(report.error));
        QCOMPARE(test::readFile(impostor + QLatin1Char('/') + layout::kManifest), QByteArray("{}"));
    }

    void aCopyLeftByAKilledRunIsReplaced() {
        Fixture f;
        const QString set = f.backUp();
        const QString stale = f.secondary + QLatin1Char('/') + QFileInfo(set).fileName() + layout::kPartialSuffix;
        test::writeFile(stale + QStringLiteral("/filestores/fs/half.bin"), "half");
        const CopyReport report = CopyJob(set, f.secondary).run(nullptr, {});
        QVERIFY2(report.outcome == CopyReport::Outcome::Copied, qPrintable(report.error));
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(!QFileInfo::exists(report.copiedSetPath + QStringLiteral("/filestores/fs/half.bin")));
        QVERIFY(report.verify && report.verify->ok());
    }

    void aCancelledCopyLeavesNothing() {
        Fixture f;
        const QString set = f.backUp();
        CancelToken cancel;
        CancelAfterFirstFile observer(cancel);
        const CopyReport report = CopyJob(set, f.secondary).run(&observer, cancel);
        QCOMPARE(report.outcome, CopyReport::Outcome::Cancelled);
        QVERIFY(BackupLocation(f.secondary).completeSets().isEmpty());
        QVERIFY(BackupLocation(f.secondary).incompleteRuns().isEmpty());
    }

    void aFullSecondDiskLeavesNoSetAndTheFirstIsGood() {
        QTemporaryDir dir;
        const QString small = dir.filePath(QStringLiteral("small"));
        const auto mounted = test::MountedTmpfs::mount(small, QStringLiteral("size=4m"));
        if (!mounted)
            QSKIP("needs root and permission to mount a small tmpfs to fill a file system for real");
        Fixture f;
        for (int i = 0; i < 6; ++i)
            test::writeFile(f.store + QStringLiteral("/gravação %1.wma").arg(i),
                            test::randomBytes(1 << 20, quint32(i)));
        BackupPlan plan = f.plan();
        plan.secondaryLocation = small + QStringLiteral("/second");
        const BackupReport report = BackupJob(plan).run(nullptr, {});
        QCOMPARE(report.outcome, BackupOutcome::CompletedWithErrors);  // the second copy is missing
        QVERIFY(report.latestUpdated);
        QVERIFY(report.verify && report.verify->ok());
        QVERIFY(report.secondCopy.has_value());
        QCOMPARE(report.secondCopy->outcome, CopyReport::Outcome::Failed);
        QVERIFY2(!report.secondCopy->error.isEmpty(), "a failed copy says why");
        QVERIFY(!report.notes.isEmpty());
        QVERIFY(BackupLocation(plan.secondaryLocation).completeSets().isEmpty());
        QVERIFY(BackupLocation(plan.secondaryLocation).incompleteRuns().isEmpty());
    }

    void aPlanCopiesEveryGoodSetAndPrunesBothLocations() {
        Fixture f;
        BackupPlan plan = f.plan();
        plan.secondaryLocation = f.secondary;
        plan.retention.keepLast = 1;
        QStringList sets;
        for (int run = 0; run < 2; ++run) {
            if (run > 0)
                QTest::qWait(1100);
            const BackupReport report = BackupJob(plan).run(nullptr, {});
            QCOMPARE(report.outcome, BackupOutcome::Succeeded);
            QVERIFY(report.secondCopy.has_value());
            QVERIFY2(report.secondCopy->outcome == CopyReport::Outcome::Copied, qPrintable(report.secondCopy->error));
            sets << QFileInfo(report.setPath).fileName();
        }
        const QList<SetSummary> kept = BackupLocation(f.secondary).completeSets();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().name, sets.last());
        QCOMPARE(BackupLocation(f.primary).completeSets().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCopy)
#include "tst_copy.moc"
