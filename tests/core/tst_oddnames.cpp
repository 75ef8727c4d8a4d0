// What POSIX allows a file store to hold must come back byte for byte:
// names with control characters, backslashes and bytes that are not UTF-8,
// dates past 2262 and before 1970. And what cannot be kept whole (a path
// too long for the set, a file written to while it is copied, a link that
// leads out, a setuid mode) is reported by name, never a silent loss.
// Real files, real backups and restores, checked with coreutils.
#include "backupset/Manifest.h"
#include "backupset/SetPath.h"
#include "jobs/BackupJob.h"
#include "jobs/RestoreJob.h"
#include "jobs/VerifyJob.h"
#include "platform/Platform.h"
#include "sources/FileStoreSource.h"
#include "util/CancelToken.h"
#include "util/FileCopy.h"
#include "util/FileTime.h"
#include "util/Progress.h"
#include "util/NameBytes.h"
#include "util/PathOrder.h"
#include "util/Staging.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace lbw;

namespace {

// Files and folders are made with raw bytes, as a Linux store holds them:
// not through Qt, which would decode (and lose) a byte that is not UTF-8.
void rawFile(const QByteArray &path, const QByteArray &contents, qint64 mtimeSeconds = 0, long mtimeNs = 0) {
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QVERIFY2(fd >= 0, path.constData());
    QCOMPARE(::write(fd, contents.constData(), size_t(contents.size())), ssize_t(contents.size()));
    if (mtimeSeconds != 0) {
        struct timespec times[2] = {{0, UTIME_OMIT}, {time_t(mtimeSeconds), mtimeNs}};
        QCOMPARE(::futimens(fd, times), 0);
    }
    ::close(fd);
}

void rawFolder(const QByteArray &path) {
    QCOMPARE(::mkdir(path.constData(), 0755), 0);
}

// Every entry below `root` as find prints it: raw name bytes, type, mode,
// modification time to the nanosecond. NUL-separated, so any name fits.
QByteArray listing(const QString &root) {
    QByteArray out;
    test::runProgram(QStringLiteral("find"),
                     {root, QStringLiteral("-mindepth"), QStringLiteral("1"), QStringLiteral("-printf"),
                      QStringLiteral("%P\\t%y\\t%m\\t%T@\\t%l\\0")},
                     &out);
    QList<QByteArray> lines = out.split('\0');
    std::sort(lines.begin(), lines.end());
    return lines.join('\n');
}

BackupReport backUp(const QString &location, const QString &store) {
    BackupPlan plan;
    plan.location = location;
    plan.items = {{QStringLiteral("filestore"), QStringLiteral("share"), store}};
    return BackupJob(plan).run(nullptr, {});
}

QStringList issueTexts(const ManifestItem &item) {
    QStringList texts;
    for (const ItemIssue &issue : item.errors)
        texts << issue.path + QStringLiteral(": ") + issue.message;
    return texts;
}

}  // namespace

class TestOddNames : public QObject {
    Q_OBJECT

private slots:
    void nameBytesRoundTrip() {
        QRandomGenerator random(19);
        for (int i = 0; i < 20000; ++i) {
            QByteArray bytes(int(random.bounded(1, 12)), '\0');
            for (char &c : bytes)
                c = char(random.bounded(1, 256));
            const QString name = nameFromBytes(bytes);
            QCOMPARE(nameToBytes(name), bytes);
        }
        QCOMPARE(nameFromBytes("caf\xc3\xa9"), QStringLiteral("café"));  // valid UTF-8 stays text
        QVERIFY(!hasUndecodableBytes(QStringLiteral("café 😀")));
        QVERIFY(hasUndecodableBytes(nameFromBytes("caf\xe9")));
    }

    void pathOrderIsByteOrder() {
        // The order of `entries` and of every walk: memcmp of the name bytes.
        QRandomGenerator random(7);
        const QList<QByteArray> alphabet = {
            "a", "b", "/", "\xe9", "\xc3\xa9", "\xf0\x9f\x98\x80", "\xef\xbf\xbd", "\xff", "\x01", "~", "\xed\xa0\x80"};
        QList<QByteArray> names;
        for (int i = 0; i < 3000; ++i) {
            QByteArray name;
            for (int k = int(random.bounded(1, 6)); k > 0; --k)
                name += alphabet[int(random.bounded(qsizetype(alphabet.size())))];
            names << name;
        }
        QList<QByteArray> byBytes = names;
        std::sort(byBytes.begin(), byBytes.end());
        QList<QByteArray> byOrder = names;
        std::sort(byOrder.begin(), byOrder.end(), [](const QByteArray &a, const QByteArray &b) {
            return entryPathLess(nameFromBytes(a), nameFromBytes(b));
        });
        QCOMPARE(byOrder, byBytes);
    }

    void windowsTicks() {
        // FILETIME 0 is 1601-01-01; the Unix epoch is 116444736000000000 ticks.
        QCOMPARE(fileTimeFromWindowsTicks(116444736000000000ULL), (FileTime{0, 0}));
        QCOMPARE(fileTimeFromWindowsTicks(116444736000000001ULL), (FileTime{0, 100}));
        QCOMPARE(fileTimeFromWindowsTicks(0), (FileTime{-11644473600LL, 0}));
        const FileTime year2300{10413792000LL, 123456700};
        QCOMPARE(fileTimeFromWindowsTicks(windowsTicksFromFileTime(year2300)), year2300);
        const FileTime before1970{-1500000001LL, 999999900};
        QCOMPARE(fileTimeFromWindowsTicks(windowsTicksFromFileTime(before1970)), before1970);
        QCOMPARE(windowsTicksFromFileTime(FileTime{-20000000000LL, 0}), 0ULL);  // before 1601
    }

    void setPathRules() {
        // POSIX names: a backslash, a control character, a colon are part of a name...
        QVERIFY(isSafeSetPath(QStringLiteral("filestores/s/..\\evil")));
        QVERIFY(isSafeSetPath(QStringLiteral("filestores/s/new\nline")));
        QVERIFY(isSafeSetPath(nameFromBytes("filestores/s/lat\xe9")));
        // ...but nothing climbs out, and nothing is absolute.
        QVERIFY(!isSafeSetPath(QStringLiteral("filestores/../x")));
        QVERIFY(!isSafeSetPath(QStringLiteral("/etc/passwd")));
        QVERIFY(!isSafeSetPath(QStringLiteral("filestores//x")));
        QVERIFY(!isSafeSetPath(QStringLiteral("filestores/x") + QChar(0)));
        // On Windows such names are left out by name.
        QVERIFY(!windowsNameProblem(QStringLiteral("a/..\\evil")).isEmpty());
        QVERIFY(!windowsNameProblem(QStringLiteral("a/b:c")).isEmpty());
        QVERIFY(!windowsNameProblem(QStringLiteral("a/trailing.")).isEmpty());
        QVERIFY(windowsNameProblem(QStringLiteral("1-WebServices-1/reunião/conteúdo.pptx")).isEmpty());
    }

    void oddNamesRoundTrip() {
        QTemporaryDir dir;
        const QByteArray store = QFile::encodeName(dir.filePath(QStringLiteral("store")));
        rawFolder(store);
        rawFile(store + "/new\nline", "a");
        rawFile(store + "/tab\there", "b");
        rawFile(store + "/cr\rx", "c");
        rawFile(store + "/esc\x1b[2Jx", "d");
        rawFile(store + "/..\\evil", "e");
        rawFile(store + "/100%41 %", "f");
        rawFile(store + "/lat\xe9", "g");  // Latin-1, not UTF-8
        rawFolder(store + "/dir\xe9");
        rawFile(store + "/dir\xe9/inner", "h");
        rawFolder(store + "/dir\xe9/sub\xff\xfe");
        rawFile(store + "/dir\xe9/sub\xff\xfe/deep\x80", "i");
        rawFile(store + "/future", "j", 10413792000LL, 123456789);  // 2300-01-01
        rawFile(store + "/past", "k", -1500000001LL, 5);            // 1922
        rawFile(store + "/reunião.pptx", "l");
        QCOMPARE(::symlink("lat\xe9", QByteArray(store + "/link\xe9").constData()), 0);
        const QString storePath = nameFromBytes(store);

        const BackupReport report = backUp(dir.filePath(QStringLiteral("backups")), storePath);
        QCOMPARE(int(report.outcome), int(BackupOutcome::Succeeded));
        QVERIFY2(report.manifest.items[0].errors.isEmpty(),
                 qPrintable(issueTexts(report.manifest.items[0]).join('\n')));
        QCOMPARE(report.manifest.items[0].files, 12);

        const VerifyReport verified = VerifyJob(report.setPath).run(nullptr, {});
        QVERIFY2(verified.ok(), qPrintable(verified.fatalError));
        // coreutils reads SHA256SUMS as written, escapes and raw bytes included.
        QByteArray out;
        QCOMPARE(test::runProgram(QStringLiteral("sha256sum"),
                                  {QStringLiteral("--quiet"), QStringLiteral("-c"), QStringLiteral("SHA256SUMS")}, &out,
                                  report.setPath),
                 0);

        const QString target = dir.filePath(QStringLiteral("restored"));
        const RestoreReport restored =
            RestoreJob({report.setPath, {QStringLiteral("share")}, {{QStringLiteral("share"), target}}})
                .run(nullptr, {});
        QVERIFY2(restored.fatalError.isEmpty(), qPrintable(restored.fatalError));
        QCOMPARE(int(restored.items[0].status), int(ItemRestoreResult::Status::Restored));
        QVERIFY(restored.items[0].verified);
        // Names, types, modes, times to the nanosecond, link texts; then contents.
        QCOMPARE(listing(target), listing(storePath));
        QCOMPARE(test::runProgram(QStringLiteral("diff"),
                                  {QStringLiteral("-r"), QStringLiteral("--no-dereference"), storePath, target}),
                 0);

        // A second run links the unchanged files, odd names included.
        const BackupReport second = backUp(dir.filePath(QStringLiteral("backups")), storePath);
        QCOMPARE(int(second.outcome), int(BackupOutcome::Succeeded));
        QCOMPARE(second.manifest.items[0].details.value(QStringLiteral("linkedFiles")).toInteger(), 12);

        // And a tree of such names can be removed completely.
        QVERIFY(platform::removeTree(target).ok());
        QVERIFY(!platform::statNoFollow(target));
    }

    void pathTooLongForTheSetIsNamed() {
        // The store's paths fit; below the longer set folder one does not.
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("s"));
        QString deep = store;
        while (nameToBytes(deep).size() < 4095 - 300)
            deep += QLatin1Char('/') + QString(200, QLatin1Char('d'));
        QVERIFY(platform::makePath(deep).ok());
        const QString longName = QString(4095 - nameToBytes(deep).size() - 2, QLatin1Char('f'));
        test::writeFile(deep + QLatin1Char('/') + longName, "too long for the set");
        test::writeFile(store + QStringLiteral("/short.txt"), "fits");

        const BackupReport report = backUp(dir.filePath(QStringLiteral("a-rather-long-backup-location")), store);
        QCOMPARE(int(report.outcome), int(BackupOutcome::CompletedWithErrors));
        const ManifestItem &item = report.manifest.items[0];
        QCOMPARE(int(item.status), int(ItemStatus::CompletedWithErrors));
        QCOMPARE(item.files, 1);  // short.txt
        QVERIFY(!item.errors.isEmpty());
        QVERIFY2(item.errors[0].message.contains(QStringLiteral("too long")), qPrintable(item.errors[0].message));
        QVERIFY(test::readFile(report.setPath + QStringLiteral("/filestores/share/short.txt")) == "fits");
        QVERIFY(VerifyJob(report.setPath).run(nullptr, {}).ok());
    }

    void fileWrittenDuringTheCopyIsReported() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("s"));
        const QString busy = store + QStringLiteral("/busy.dat");
        test::writeFile(busy, test::randomBytes(qint64(96) << 20, 3));
        test::writeFile(store + QStringLiteral("/quiet.txt"), "unchanged");
        // A writer that rewrites the first block of the file all the time,
        // as a server writing to a share would.
        QProcess writer;
        writer.start(QStringLiteral("sh"),
                     {QStringLiteral("-c"), QStringLiteral("while :; do printf x | dd of='%1' conv=notrunc "
                                                           "status=none; done")
                                                .arg(busy)});
        QVERIFY(writer.waitForStarted());
        QTest::qWait(200);
        const BackupReport report = backUp(dir.filePath(QStringLiteral("backups")), store);
        writer.kill();
        writer.waitForFinished();
        const ManifestItem &item = report.manifest.items[0];
        QCOMPARE(int(item.status), int(ItemStatus::CompletedWithErrors));
        QCOMPARE(item.errors.size(), 1);
        QCOMPARE(item.errors[0].path, QStringLiteral("busy.dat"));
        QVERIFY2(item.errors[0].message.contains(QStringLiteral("changed while it was being copied")),
                 qPrintable(item.errors[0].message));
        // The copy is kept, and its digest describes exactly the stored bytes.
        QCOMPARE(item.files, 2);
        QVERIFY(VerifyJob(report.setPath).run(nullptr, {}).ok());
    }

    void linkChainLeadingOutIsNotRecreated() {
        QHash<QString, QString> links{{QStringLiteral("t"), QStringLiteral(".")},
                                      {QStringLiteral("s"), QStringLiteral("t/t/../../..")}};
        QVERIFY(FileStoreSource::linkStaysInside(QStringLiteral("t"), QStringLiteral("."), links));
        QVERIFY(!FileStoreSource::linkStaysInside(QStringLiteral("s"), QStringLiteral("t/t/../../.."), links));
        // A loop of links is refused, not followed forever.
        QHash<QString, QString> loop{{QStringLiteral("a"), QStringLiteral("b/x")},
                                     {QStringLiteral("b"), QStringLiteral("a/x")}};
        QVERIFY(!FileStoreSource::linkStaysInside(QStringLiteral("a"), QStringLiteral("b/x"), loop));
        // Through a link into a folder and back up: still inside.
        QHash<QString, QString> nested{{QStringLiteral("up"), QStringLiteral("sub/deeper")}};
        QVERIFY(FileStoreSource::linkStaysInside(QStringLiteral("x"), QStringLiteral("up/../.."), nested));

        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("s"));
        test::writeFile(store + QStringLiteral("/data.txt"), "data");
        QVERIFY(QFile::link(QStringLiteral("."), store + QStringLiteral("/t")));
        QVERIFY(QFile::link(QStringLiteral("t/t/../../.."), store + QStringLiteral("/s")));
        const BackupReport report = backUp(dir.filePath(QStringLiteral("backups")), store);
        QCOMPARE(int(report.outcome), int(BackupOutcome::Succeeded));
        const QString target = dir.filePath(QStringLiteral("restored"));
        const RestoreReport restored =
            RestoreJob({report.setPath, {QStringLiteral("share")}, {{QStringLiteral("share"), target}}})
                .run(nullptr, {});
        QCOMPARE(int(restored.items[0].status), int(ItemRestoreResult::Status::Restored));
        QVERIFY(QFileInfo(target + QStringLiteral("/t")).isSymLink());
        QVERIFY(!QFileInfo(target + QStringLiteral("/s")).isSymLink() && !QFileInfo::exists(target + "/s"));
        QVERIFY2(restored.items[0].notes.join(' ').contains(QStringLiteral("points outside")),
                 qPrintable(restored.items[0].notes.join('\n')));
    }

    void setuidAndWorldWritableAreNeverRestored() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("s"));
        test::writeFile(store + QStringLiteral("/open/tool"), "#!/bin/sh\n");
        QCOMPARE(::chmod(QFile::encodeName(store + QStringLiteral("/open/tool")).constData(), 06755), 0);
        QCOMPARE(::chmod(QFile::encodeName(store + QStringLiteral("/open")).constData(), 01777), 0);
        const BackupReport report = backUp(dir.filePath(QStringLiteral("backups")), store);
        QCOMPARE(int(report.outcome), int(BackupOutcome::Succeeded));
        const QString target = dir.filePath(QStringLiteral("restored"));
        const RestoreReport restored =
            RestoreJob({report.setPath, {QStringLiteral("share")}, {{QStringLiteral("share"), target}}})
                .run(nullptr, {});
        QCOMPARE(int(restored.items[0].status), int(ItemRestoreResult::Status::Restored));
        QCOMPARE(platform::statNoFollow(target + QStringLiteral("/open/tool"))->mode, 0755u);
        QCOMPARE(platform::statNoFollow(target + QStringLiteral("/open"))->mode, 01775u);
        QVERIFY2(restored.items[0].notes.join(' ').contains(QStringLiteral("set-user-ID")),
                 qPrintable(restored.items[0].notes.join('\n')));
    }

    void folderSwappedForALinkIsNotFollowed() {
        // The walk saw store/sub as a folder; by the time its file is
        // opened, sub is a link to a folder outside the store holding a
        // private file of the same name. Nothing outside may be read.
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        test::writeFile(dir.filePath(QStringLiteral("outside/secret")), "private");
        QVERIFY(QDir().mkpath(store));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("outside")), store + QStringLiteral("/sub")));
        ProgressMeter progress([](const ProgressSnapshot &) {});
        const QString source = store + QStringLiteral("/sub/secret");
        const CopyResult refused = copyAndHash(source, dir.filePath(QStringLiteral("copy1")),
                                               CopyMetadata{FileTime{}, 0600, store}, CancelToken(), progress);
        QVERIFY(!refused.ok);
        QVERIFY(!refused.fatal);  // costs that one file, not the item
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("copy1"))));
        // A link deeper down is refused as well; a real folder is read.
        QVERIFY(QDir().mkpath(store + QStringLiteral("/real/deeper")));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("outside")), store + QStringLiteral("/real/deeper/x")));
        QVERIFY(!copyAndHash(store + QStringLiteral("/real/deeper/x/secret"), dir.filePath(QStringLiteral("copy2")),
                             CopyMetadata{FileTime{}, 0600, store}, CancelToken(), progress)
                     .ok);
        test::writeFile(store + QStringLiteral("/real/deeper/ok"), "fine");
        QVERIFY(copyAndHash(store + QStringLiteral("/real/deeper/ok"), dir.filePath(QStringLiteral("copy3")),
                            CopyMetadata{FileTime{}, 0600, store}, CancelToken(), progress)
                    .ok);
    }

    void walkDoesNotListThroughASwappedFolder() {
        // The same swap seen by the walk and by removal: a folder below the
        // root that is a link lists nothing; the root itself may be a link
        // (an operator's store path often is).
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        test::writeFile(dir.filePath(QStringLiteral("outside/secret")), "private");
        test::writeFile(store + QStringLiteral("/real/kept"), "data");
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("outside")), store + QStringLiteral("/sub")));
        QVERIFY(QFile::link(store, dir.filePath(QStringLiteral("store-link"))));
        QVERIFY(!platform::listDirectory(store + QStringLiteral("/sub"), store));
        QVERIFY(platform::listDirectory(store + QStringLiteral("/sub")));  // without a root: followed
        const auto real = platform::listDirectory(store + QStringLiteral("/real"), store);
        QVERIFY(real);
        QCOMPARE(real->size(), size_t(1));
        const QString linkedRoot = dir.filePath(QStringLiteral("store-link"));
        QVERIFY(platform::listDirectory(linkedRoot, linkedRoot));
        QVERIFY(platform::listDirectory(linkedRoot + QStringLiteral("/real"), linkedRoot));
        // Removing the store removes the link, never what it points at.
        QVERIFY(platform::removeTree(store));
        QVERIFY(!QFileInfo::exists(store));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("outside/secret"))));
    }

    void leftoversAreMatchedByNameNotByWildcard() {
        // A target named "a*" or "[x" must not take another target's leftovers.
        QTemporaryDir dir;
        const QString other = dir.filePath(QStringLiteral(".ab.lbw-restore-k3j9"));
        const QString own = dir.filePath(QStringLiteral(".a*.lbw-restore-x1"));
        QVERIFY(QDir().mkpath(other + QStringLiteral("/kept")));
        QVERIFY(QDir().mkpath(own + QStringLiteral("/gone")));
        QCOMPARE(staging::removeLeftovers(dir.filePath(QStringLiteral("a*"))), 1);
        QVERIFY(QFileInfo::exists(other + QStringLiteral("/kept")));
        QVERIFY(!QFileInfo::exists(own));
        QCOMPARE(staging::removeLeftovers(dir.filePath(QStringLiteral("[x"))), 0);
    }

    void hugeManifestRefusedWithoutReadingIt() {
        // 4 GiB of zeros (sparse: no disk used) as manifest.json.
        QTemporaryDir dir;
        for (const bool formatTwo : {true, false}) {
            const QString set = dir.filePath(formatTwo ? QStringLiteral("two") : QStringLiteral("one"));
            test::writeFile(set + QStringLiteral("/placeholder"), "");
            if (formatTwo)
                test::writeFile(set + QStringLiteral("/entries"), "");
            QFile manifest(set + QStringLiteral("/manifest.json"));
            QVERIFY(manifest.open(QIODevice::WriteOnly));
            QVERIFY(manifest.resize(qint64(4) << 30));
            manifest.close();
            const Result<Manifest> loaded = Manifest::loadHeader(set);
            QVERIFY(!loaded);
            QVERIFY2(loaded.errorMessage().contains(formatTwo ? QStringLiteral("implausibly large")
                                                              : QStringLiteral("not a text file")),
                     qPrintable(loaded.errorMessage()));
        }
    }
};

QTEST_GUILESS_MAIN(TestOddNames)
#include "tst_oddnames.moc"
