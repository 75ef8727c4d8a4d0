// The backup location: set names, the .partial rule, LATEST, the checks.
#include "backupset/SetLayout.h"
#include "location/BackupLocation.h"
#include "util/SizeText.h"
#include "location/LocationLock.h"

#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QLocale>
#include <QTest>

#include <unistd.h>

#include <sys/stat.h>

using namespace lbw;

namespace {
const LocationCheck *find(const QList<LocationCheck> &checks, const QString &id) {
    for (const LocationCheck &check : checks)
        if (check.id == id)
            return &check;
    return nullptr;
}
}  // namespace

class TestLocation : public QObject {
    Q_OBJECT
private slots:
    void setNamesSortByTime() {
        const QDateTime t(QDate(2026, 11, 24), QTime(3, 15, 0), Qt::UTC);
        QCOMPARE(BackupLocation::setNameFor(t), QStringLiteral("2026-11-24T031500Z"));
        QVERIFY(BackupLocation::isSetName(QStringLiteral("2026-11-24T031500Z")));
        QVERIFY(BackupLocation::isSetName(QStringLiteral("2026-11-24T031500Z-2")));
        QVERIFY(!BackupLocation::isSetName(QStringLiteral("2026-11-24T031500Z.partial")));
        QVERIFY(!BackupLocation::isSetName(QStringLiteral("../2026-11-24T031500Z")));
        QVERIFY(BackupLocation::setNameFor(t) < BackupLocation::setNameFor(t.addSecs(1)));
    }

    void partialIsNeverListedAsComplete() {
        QTemporaryDir dir;
        const BackupLocation location(dir.path());
        const QDateTime t = QDateTime::currentDateTimeUtc();
        Result<QString> first = location.createPartialSet(t);
        QVERIFY(first.ok());
        QVERIFY(first->endsWith(layout::kPartialSuffix));
        Result<QString> second = location.createPartialSet(t);  // same second: a distinct name
        QVERIFY(second.ok());
        QVERIFY(*first != *second);
        // Even a partial run with a manifest inside stays incomplete.
        test::writeFile(*first + QStringLiteral("/manifest.json"), "{}");
        QVERIFY(location.completeSets().isEmpty());
        QCOMPARE(location.incompleteRuns().size(), 2);
        QVERIFY(location.latestSetPath().isEmpty());
    }

    void commitRenamesAndMovesLatest() {
        QTemporaryDir dir;
        const BackupLocation location(dir.path());
        Result<QString> partial = location.createPartialSet(QDateTime::currentDateTimeUtc());
        QVERIFY(partial.ok());
        test::writeFile(*partial + QStringLiteral("/manifest.json"),
                        R"({"format":"lync-backup-set","formatVersion":1,"items":[],"files":[]})");
        Result<QString> committed = location.commit(*partial, true);
        QVERIFY(committed.ok());
        QVERIFY(!QFileInfo::exists(*partial));
        QCOMPARE(location.completeSets().size(), 1);
        QCOMPARE(location.latestSetPath(), *committed);
        QCOMPARE(test::readFile(dir.filePath(QStringLiteral("LATEST"))).trimmed(),
                 QFileInfo(*committed).fileName().toUtf8());
        // A committed set is never replaced.
        QDir().mkdir(*committed + layout::kPartialSuffix);
        QVERIFY(!location.commit(*committed + layout::kPartialSuffix, true).ok());
    }

    void leftoverLatestTempNeverBlocksACommit() {
        // A killed run's LATEST.tmp, or a FIFO or link put there, is replaced:
        // opening the FIFO for writing would wait for a reader forever, and
        // writing through the link would change a file elsewhere.
        QTemporaryDir dir;
        const BackupLocation location(dir.path());
        const QByteArray temp = QFile::encodeName(dir.filePath(QStringLiteral("LATEST.tmp")));
        test::writeFile(dir.filePath(QStringLiteral("elsewhere")), "untouched");
        for (int round = 0; round < 2; ++round) {
            if (round == 0)
                QCOMPARE(::mkfifo(temp.constData(), 0600), 0);
            else
                QVERIFY(QFile::link(dir.filePath(QStringLiteral("elsewhere")), QString::fromLocal8Bit(temp)));
            Result<QString> partial = location.createPartialSet(QDateTime::currentDateTimeUtc().addSecs(round));
            QVERIFY(partial.ok());
            test::writeFile(*partial + QStringLiteral("/manifest.json"),
                            R"({"format":"lync-backup-set","formatVersion":1,"items":[],"files":[]})");
            QString latestProblem;
            Result<QString> committed = location.commit(*partial, true, &latestProblem);
            QVERIFY2(committed.ok() && latestProblem.isEmpty(), qPrintable(latestProblem));
            QCOMPARE(location.latestSetPath(), *committed);
            QVERIFY(!QFileInfo::exists(QString::fromLocal8Bit(temp)));
        }
        QCOMPARE(test::readFile(dir.filePath(QStringLiteral("elsewhere"))), QByteArray("untouched"));
    }

    void latestFallsBackWhenStale() {
        QTemporaryDir dir;
        const BackupLocation location(dir.path());
        for (const char *name : {"2026-01-01T000000Z", "2026-02-01T000000Z"})
            test::writeFile(dir.filePath(QLatin1String(name) + QStringLiteral("/manifest.json")),
                            R"({"format":"lync-backup-set","formatVersion":1})");
        test::writeFile(dir.filePath(QStringLiteral("LATEST")), "2025-01-01T000000Z\n");  // points at nothing
        QCOMPARE(location.latestSetPath(), dir.filePath(QStringLiteral("2026-02-01T000000Z")));
        test::writeFile(dir.filePath(QStringLiteral("LATEST")), "../../etc\n");  // hostile: ignored
        QCOMPARE(location.latestSetPath(), dir.filePath(QStringLiteral("2026-02-01T000000Z")));
        // A FIFO named LATEST is not read (reading it would wait forever for a writer).
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("LATEST"))));
        QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("LATEST"))).constData(), 0600), 0);
        QCOMPARE(location.latestSetPath(), dir.filePath(QStringLiteral("2026-02-01T000000Z")));
    }

    void checksExplainFailures() {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("store"));
        QDir().mkpath(source);
        const BackupLocation good(dir.filePath(QStringLiteral("backups/new")));
        const QList<LocationCheck> ok = good.check({source}, 1000);
        QVERIFY(BackupLocation::firstFailure(ok).ok());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("backups"))));  // checks create nothing

        const QList<LocationCheck> inside = BackupLocation(source + QStringLiteral("/b")).check({source}, 1000);
        QVERIFY(!find(inside, QStringLiteral("outside-sources"))->passed());

        const QList<LocationCheck> tooBig = good.check({source}, qint64(1) << 60);
        QVERIFY(!find(tooBig, QStringLiteral("space"))->passed());
        QVERIFY(find(tooBig, QStringLiteral("space"))->detail.contains(QStringLiteral("needs")));
        // One estimate whether the check passes or not: the same figure, the margin apart.
        const qint64 estimate = 150 * 1024 * 1024;
        const QString figure = sizeText(estimate);
        QVERIFY2(find(good.check({source}, estimate), QStringLiteral("space"))->detail.contains(figure),
                 qPrintable(find(good.check({source}, estimate), QStringLiteral("space"))->detail));

        test::writeFile(dir.filePath(QStringLiteral("afile")), "x");
        const QList<LocationCheck> file = BackupLocation(dir.filePath(QStringLiteral("afile"))).check({source}, 1);
        QVERIFY(!find(file, QStringLiteral("reachable"))->passed());
    }

    // Each cause its own message: a path with no existing folder at all, a
    // parent that is a file, a read-only file system; nothing "passes" for
    // a location that cannot be reached.
    void eachLocationFailureSaysItsCause() {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("store"));
        QDir().mkpath(source);
        const QList<LocationCheck> gone =
            BackupLocation(QStringLiteral("/lbw-no-such-share/lync/backups")).check({source}, 1);
        QVERIFY2(find(gone, QStringLiteral("reachable"))->detail.contains(QStringLiteral("mounted")),
                 qPrintable(find(gone, QStringLiteral("reachable"))->detail));
        for (const QString &id : {QStringLiteral("writable"), QStringLiteral("space")}) {
            QVERIFY(!find(gone, id)->passed());
            QVERIFY2(find(gone, id)->detail.startsWith(QStringLiteral("Not checked")),
                     qPrintable(find(gone, id)->detail));
        }
        test::writeFile(dir.filePath(QStringLiteral("afile")), "x");
        const QList<LocationCheck> underFile =
            BackupLocation(dir.filePath(QStringLiteral("afile/backups"))).check({source}, 1);
        QVERIFY2(find(underFile, QStringLiteral("reachable"))->detail.contains(QStringLiteral("is a file")),
                 qPrintable(find(underFile, QStringLiteral("reachable"))->detail));

        const QString readOnly = dir.filePath(QStringLiteral("ro"));
        const auto mounted = test::MountedTmpfs::mount(readOnly, QStringLiteral("ro,size=1m"));
        if (!mounted)
            QSKIP("needs root and permission to mount a read-only tmpfs");
        const QList<LocationCheck> ro = BackupLocation(readOnly + QStringLiteral("/backups")).check({source}, 1);
        QVERIFY(!find(ro, QStringLiteral("writable"))->passed());
        QVERIFY2(find(ro, QStringLiteral("writable"))->detail.contains(QStringLiteral("read-only")),
                 qPrintable(find(ro, QStringLiteral("writable"))->detail));
    }

    // The wizard's placeholder and a relative path pass no check: on Linux
    // both would quietly become a local folder below the working folder.
    void aShareNameOrARelativePathIsRefused() {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("store"));
        QDir().mkpath(source);
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        const QList<LocationCheck> share =
            BackupLocation(QStringLiteral("\\\\backupserver\\lyncbackup")).check({source}, 1);
        QCOMPARE(share.size(), 1);
        QVERIFY(!share.first().passed());
        QVERIFY2(share.first().detail.contains(QStringLiteral("Mount the share")), qPrintable(share.first().detail));
        const QList<LocationCheck> relative = BackupLocation(QStringLiteral("backups")).check({source}, 1);
        QVERIFY(!BackupLocation::firstFailure(relative).ok());
        QVERIFY2(relative.first().detail.contains(QStringLiteral("relative path")),
                 qPrintable(relative.first().detail));
        QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries) ==
                QStringList{QStringLiteral("store")});
        QVERIFY(QDir::setCurrent(previous));
    }

    void lockIsExclusive() {
        QTemporaryDir dir;
        Result<std::unique_ptr<LocationLock>> first = LocationLock::acquire(dir.path());
        QVERIFY(first.ok());
        Result<std::unique_ptr<LocationLock>> second = LocationLock::acquire(dir.path());
        QVERIFY(!second.ok());
        first->reset();
        QVERIFY(LocationLock::acquire(dir.path()).ok());
    }
};

QTEST_GUILESS_MAIN(TestLocation)
#include "tst_location.moc"
