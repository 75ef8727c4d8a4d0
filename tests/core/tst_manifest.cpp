// The manifest round-trips in format 1 (the file list inside it) and in
// format 2 (a small manifest and the sorted `entries` file), and a manifest
// or file list from a damaged or hostile set is refused before any of its
// paths is used.
#include "backupset/EntriesFile.h"
#include "backupset/Manifest.h"
#include "backupset/SetLayout.h"
#include "backupset/SetPath.h"

#include "TestSupport.h"
#include "util/Sha256.h"
#include "util/TreeWalk.h"

#include <QDir>
#include <QTemporaryDir>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lbw;

namespace {
QByteArray manifestWithFile(const QJsonObject &file) {
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("lync-backup-set")},
                     {QStringLiteral("formatVersion"), 1},
                     {QStringLiteral("files"), QJsonArray{file}}};
    return QJsonDocument(root).toJson();
}

QJsonObject goodFile(const QString &path) {
    return {{QStringLiteral("path"), path},
            {QStringLiteral("type"), QStringLiteral("file")},
            {QStringLiteral("size"), 3},
            {QStringLiteral("mode"), QStringLiteral("0644")},
            {QStringLiteral("mtime"), QStringLiteral("2026-11-24T03:15:00.123456789Z")},
            {QStringLiteral("sha256"), QString(64, QLatin1Char('a'))}};
}
}  // namespace

class TestManifest : public QObject {
    Q_OBJECT
private slots:
    void roundTrip() {
        Manifest manifest;
        manifest.toolVersion = QStringLiteral("1.2.3");
        manifest.setName = QStringLiteral("2026-11-24T031500Z");
        manifest.startedUtc = QDateTime(QDate(2026, 11, 24), QTime(3, 15), Qt::UTC);
        manifest.finishedUtc = manifest.startedUtc.addSecs(90);
        manifest.host = HostFacts::ofThisMachine();
        ManifestItem item;
        item.kind = QStringLiteral("filestore");
        item.name = QStringLiteral("fs");
        item.setPath = QStringLiteral("filestores/fs");
        item.status = ItemStatus::CompletedWithErrors;
        item.errors.append({QStringLiteral("x/locked.doc"), QStringLiteral("cannot be read")});
        item.skipped.append({QStringLiteral("c/Meeting.Active"), QStringLiteral("by design")});
        manifest.items.append(item);
        FileEntry file;
        file.path = QStringLiteral("filestores/fs/reunião/conteúdo final.pptx");
        file.item = QStringLiteral("fs");
        file.size = 12345;
        file.mode = 0640;
        file.mtime = FileTime{1'790'000'000, 123'456'789};
        file.sha256 = QByteArray(64, 'b');
        FileEntry link;
        link.path = QStringLiteral("filestores/fs/link");
        link.type = FileEntry::Type::Symlink;
        link.linkTarget = QStringLiteral("../outside");
        manifest.files = {file, link};
        manifest.formatVersion = 1;  // still read: sets written by 0.1

        Result<Manifest> parsed = Manifest::fromJson(manifest.toJson());
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.errorMessage()));
        QCOMPARE(parsed->setName, manifest.setName);
        QCOMPARE(parsed->startedUtc, manifest.startedUtc);
        QCOMPARE(parsed->host.fqdn, manifest.host.fqdn);
        QCOMPARE(parsed->items.size(), 1);
        QCOMPARE(parsed->items.first().status, ItemStatus::CompletedWithErrors);
        QCOMPARE(parsed->items.first().errors.first().path, QStringLiteral("x/locked.doc"));
        QCOMPARE(parsed->files.size(), size_t(2));
        QCOMPARE(parsed->files[0].path, file.path);
        QCOMPARE(parsed->files[0].mtime, file.mtime);
        QCOMPARE(parsed->files[0].mode, quint32(0640));
        QCOMPARE(parsed->files[0].size, qint64(12345));
        QCOMPARE(parsed->files[1].type, FileEntry::Type::Symlink);
        QCOMPARE(parsed->files[1].linkTarget, QStringLiteral("../outside"));
        QVERIFY(parsed->hasErrors());
    }

    void formatTwoKeepsTheFileListInEntries() {
        QTemporaryDir dir;
        Manifest manifest;
        manifest.setName = QStringLiteral("2026-11-30T031500Z");
        ManifestItem store;
        store.kind = QStringLiteral("filestore");
        store.name = QStringLiteral("fs");
        store.setPath = QStringLiteral("filestores/fs");
        ManifestItem other;
        other.kind = QStringLiteral("filestore");
        other.name = QStringLiteral("fs2");
        other.setPath = QStringLiteral("filestores/fs2");
        manifest.items = {store, other};
        // Names that need escaping, names past U+FFFF (surrogates in UTF-16)
        // and in U+E000..U+FFFF, which UTF-16 order and byte order disagree on.
        // (Control characters in names are refused as unsafe for now.)
        const QStringList names = {QStringLiteral("filestores/fs/50% off "),
                                   QStringLiteral("filestores/fs/reunião"),
                                   QString::fromUtf8("filestores/fs/\xF0\x9F\x93\x81 pasta"),
                                   QString::fromUtf8("filestores/fs/\xEF\xBC\xA1 wide"),
                                   QStringLiteral("filestores/fs"),
                                   QStringLiteral("filestores/fs2/a"),
                                   QStringLiteral("filestores/fs.txt-not-an-item"),
                                   QStringLiteral("RECOVERY.html")};
        for (const QString &name : names) {
            FileEntry entry;
            entry.path = name;
            entry.type = name == QLatin1String("filestores/fs") ? FileEntry::Type::Directory : FileEntry::Type::File;
            if (entry.type == FileEntry::Type::File) {
                entry.size = name.size();
                entry.sha256 = QByteArray(64, 'c');
                entry.ctime = FileTime{1'764'500'000, qint32(123'456'789 + name.size())};
            }
            entry.mode = 0640;
            entry.mtime = FileTime{-2, 499'999'999};  // before 1970: negative seconds, positive nanoseconds
            if (name.size() % 2)
                entry.mtime = FileTime{10'413'792'000LL, 1};  // 2300: past the end of 64-bit nanoseconds
            manifest.files.push_back(entry);
        }
        FileEntry link;
        link.path = QStringLiteral("filestores/fs/link");
        link.type = FileEntry::Type::Symlink;
        link.linkTarget = QStringLiteral("../out side\t%");
        manifest.files.push_back(link);
        QVERIFY(manifest.save(dir.path()));

        // The manifest itself holds no file list, only its description.
        const QByteArray json = test::readFile(dir.filePath(layout::kManifest));
        QVERIFY(!QJsonDocument::fromJson(json).object().contains(QStringLiteral("files")));
        QVERIFY(json.contains(manifest.entries.sha256));
        // One line per entry, in the bytes' order, every name on one line.
        const QByteArray entries = test::readFile(dir.filePath(layout::kEntries));
        QList<QByteArray> lines = entries.split('\n');
        QCOMPARE(lines.takeLast(), QByteArray());
        QCOMPARE(lines.size(), qsizetype(names.size() + 1));
        QList<QByteArray> paths;
        for (const QByteArray &line : lines)
            paths << *decodeNameBytes(line.split('\t').at(1));
        QList<QByteArray> sorted = paths;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(paths, sorted);
        QVERIFY(entries.contains("50%25%20off%20\t"));
        QVERIFY(entries.contains("reunião"));  // valid UTF-8 stays readable
        QVERIFY(entries.contains("\t-2.499999999\t"));

        Result<Manifest> loaded = Manifest::load(dir.path());
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.errorMessage()));
        QCOMPARE(loaded->formatVersion, 2);
        QCOMPARE(loaded->files.size(), manifest.files.size());
        for (size_t i = 0; i < manifest.files.size(); ++i) {
            const FileEntry &a = manifest.files[i];
            const FileEntry &b = loaded->files[i];
            QCOMPARE(b.path, a.path);
            QCOMPARE(b.type, a.type);
            QCOMPARE(b.size, a.size);
            QCOMPARE(b.mtime, a.mtime);
            QCOMPARE(b.mode, a.mode);
            QCOMPARE(b.sha256, a.sha256);
            QCOMPARE(b.linkTarget, a.linkTarget);
            QCOMPARE(b.ctime, a.ctime);
            // The item is the one whose folder holds the entry.
            const QString item =
                a.path == QLatin1String("filestores/fs") || a.path.startsWith(QLatin1String("filestores/fs/"))
                    ? QStringLiteral("fs")
                : a.path.startsWith(QLatin1String("filestores/fs2/")) ? QStringLiteral("fs2")
                                                                      : QString();
            QCOMPARE(b.item, item);
        }
        // The header alone reads no file list.
        Result<Manifest> header = Manifest::loadHeader(dir.path());
        QVERIFY(header.ok());
        QVERIFY(header->files.empty());
        QCOMPARE(header->entries.count, qint64(manifest.files.size()));
    }

    void nameBytesRoundTrip() {
        const QByteArray hostile(
            "a\x01"
            "b\xFF"
            "c\xC3"
            "%\x7F \xED\xA0\x80"
            "d\xC3\xA9",
            15);
        const QByteArray encoded = encodeNameBytes(hostile);
        QCOMPARE(encoded, QByteArray("a%01b%FFc%C3%25%7F%20%ED%A0%80d\xC3\xA9"));
        QCOMPARE(decodeNameBytes(encoded), std::optional<QByteArray>(hostile));
        QVERIFY(!decodeNameBytes("bad%2"));
        QVERIFY(!decodeNameBytes("bad%zz"));
        QVERIFY(!decodeNameBytes("raw space"));
    }

    void hostileEntriesAreRefused_data() {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("out of order") << QByteArray("f\tfilestores/fs/a\t") << QByteArray("f\tfilestores/fs/z\t");
        QTest::newRow("listed twice") << QByteArray("f\tfilestores/fs/b\t") << QByteArray("f\tfilestores/fs/a\t");
        QTest::newRow("parent reference") << QByteArray("filestores/fs/a") << QByteArray("filestores/../a");
        QTest::newRow("absolute path") << QByteArray("filestores/fs/a") << QByteArray("%2Fetc/passwd");
        QTest::newRow("its own manifest") << QByteArray("filestores/fs/a") << QByteArray("manifest.json");
        QTest::newRow("a raw space") << QByteArray("filestores/fs/a") << QByteArray("filestores/fs/ a");
        QTest::newRow("a field more") << QByteArray("\t-\n") << QByteArray("\t-\t-\n");
    }

    void hostileEntriesAreRefused() {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QTemporaryDir dir;
        Manifest manifest;
        ManifestItem store;
        store.kind = QStringLiteral("filestore");
        store.name = QStringLiteral("fs");
        store.setPath = QStringLiteral("filestores/fs");
        manifest.items = {store};
        for (const char *name : {"filestores/fs/a", "filestores/fs/b"}) {
            FileEntry entry;
            entry.path = QString::fromLatin1(name);
            entry.size = 1;
            entry.sha256 = QByteArray(64, 'd');
            manifest.files.push_back(entry);
        }
        QVERIFY(manifest.save(dir.path()));
        QVERIFY(Manifest::load(dir.path()).ok());
        // The file list edited, and its description in the manifest made to
        // match again (a careful attacker): the lines themselves are refused.
        QByteArray entries = test::readFile(dir.filePath(layout::kEntries));
        const qsizetype at = entries.indexOf(from);
        QVERIFY(at >= 0);
        entries.replace(at, from.size(), to);
        QFile::remove(dir.filePath(layout::kEntries));
        test::writeFile(dir.filePath(layout::kEntries), entries);
        Sha256 digest;
        digest.update(entries.constData(), entries.size());
        QByteArray json = test::readFile(dir.filePath(layout::kManifest));
        json.replace(manifest.entries.sha256, digest.finalHex());
        const QByteArray oldBytes = "\"bytes\": " + QByteArray::number(manifest.entries.bytes);
        const QByteArray newBytes = "\"bytes\": " + QByteArray::number(entries.size());
        json.replace(oldBytes, newBytes);
        QFile::remove(dir.filePath(layout::kManifest));
        test::writeFile(dir.filePath(layout::kManifest), json);
        Result<Manifest> loaded = Manifest::load(dir.path());
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.errorMessage().contains(QLatin1String("tampered")) ||
                     loaded.errorMessage().contains(QLatin1String("damaged")) ||
                     loaded.errorMessage().contains(QLatin1String("metadata")),
                 qPrintable(loaded.errorMessage()));
    }

    void anEntriesFileThatDoesNotMatchItsManifestIsRefused() {
        QTemporaryDir dir;
        Manifest manifest;
        FileEntry entry;
        entry.path = QStringLiteral("RECOVERY.html");
        entry.size = 1;
        entry.sha256 = QByteArray(64, 'd');
        manifest.files.push_back(entry);
        QVERIFY(manifest.save(dir.path()));
        // One byte changed, the manifest left alone.
        QByteArray entries = test::readFile(dir.filePath(layout::kEntries));
        entries[entries.indexOf("0640") + 3] = '4';
        QFile::remove(dir.filePath(layout::kEntries));
        test::writeFile(dir.filePath(layout::kEntries), entries);
        Result<Manifest> loaded = Manifest::load(dir.path());
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.errorMessage().contains(QLatin1String("digest")));
        // A link in its place is not followed.
        QFile::remove(dir.filePath(layout::kEntries));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), dir.filePath(layout::kEntries)));
        QVERIFY(!Manifest::load(dir.path()).ok());
        // Missing altogether.
        QFile::remove(dir.filePath(layout::kEntries));
        QVERIFY(!Manifest::load(dir.path()).ok());
    }

    // A walk of a tree comes in the order of the file list, so the two can
    // be merged line by line: "a.b" ('.' < '/') before what "a" holds,
    // "a" itself before both, code points beyond U+FFFF after U+E000.
    void walkComesInFileListOrder() {
        QTemporaryDir dir;
        const QString root = dir.path();
        const QStringList folders = {"a", "a/x", "a-b", "b"};
        for (const QString &folder : folders)
            QVERIFY(QDir().mkpath(root + '/' + folder));
        const QStringList files = {"a.b",
                                   "a/x/1",
                                   "a/x.txt",
                                   "a-b/y",
                                   "b/z",
                                   QString::fromUtf8("\xee\x80\x80"),
                                   QString::fromUtf8("\xf0\x9f\x98\x80"),
                                   "A"};
        for (const QString &file : files)
            test::writeFile(root + '/' + file, "x");
        QStringList walked;
        walkTree(
            root, [&](const WalkEntry &entry) { walked << entry.relativePath; },
            [](const QString &path, const QString &message) { QFAIL(qPrintable(path + ": " + message)); });
        QStringList expected = folders + files;
        std::sort(expected.begin(), expected.end(), entryPathLess);
        QCOMPARE(walked, expected);
        QCOMPARE(walked.mid(0, 6), QStringList({"A", "a", "a-b", "a-b/y", "a.b", "a/x"}));
    }

    void timeFormat() {
        QCOMPARE(formatUtcTime(FileTime{}), QStringLiteral("1970-01-01T00:00:00.000000000Z"));
        QCOMPARE(parseUtcTime(formatUtcTime(FileTime{1'790'000'000, 1})),
                 std::optional<FileTime>(FileTime{1'790'000'000, 1}));
        QCOMPARE(parseUtcTime(formatUtcTime(FileTime{-2, 500'000'000})),
                 std::optional<FileTime>(FileTime{-2, 500'000'000}));
        QCOMPARE(parseUtcTime(formatUtcTime(FileTime{10'413'792'000LL, 7})),
                 std::optional<FileTime>(FileTime{10'413'792'000LL, 7}));  // 2300
        QVERIFY(!parseUtcTime(QStringLiteral("yesterday")));
    }

    void hostileManifestsAreRefused_data() {
        QTest::addColumn<QByteArray>("json");
        auto withPath = [](const QString &path) { return manifestWithFile(goodFile(path)); };
        QTest::newRow("absolute path") << withPath(QStringLiteral("/etc/passwd"));
        QTest::newRow("parent component") << withPath(QStringLiteral("filestores/../../etc/passwd"));
        QTest::newRow("leading parent") << withPath(QStringLiteral("../outside"));
        QTest::newRow("windows drive") << withPath(QStringLiteral("C:/Windows/evil.dll"));
        QTest::newRow("unc path") << withPath(QStringLiteral("\\\\server\\share\\x"));
        // A backslash or a control character is part of a POSIX name, not
        // hostile in itself (tst_oddnames); Windows leaves such names out.
        QTest::newRow("NUL character") << withPath(QStringLiteral("filestores/a") + QChar(0) + QStringLiteral("b"));
        QTest::newRow("empty component") << withPath(QStringLiteral("filestores//x"));
        QTest::newRow("dot component") << withPath(QStringLiteral("filestores/./x"));
        QTest::newRow("metadata as data") << withPath(QStringLiteral("manifest.json"));
        QJsonObject huge = goodFile(QStringLiteral("filestores/huge"));
        huge.insert(QStringLiteral("size"), 1e300);
        QTest::newRow("huge size") << manifestWithFile(huge);
        QJsonObject negative = goodFile(QStringLiteral("filestores/neg"));
        negative.insert(QStringLiteral("size"), -5);
        QTest::newRow("negative size") << manifestWithFile(negative);
        QJsonObject badDigest = goodFile(QStringLiteral("filestores/d"));
        badDigest.insert(QStringLiteral("sha256"), QStringLiteral("xyz"));
        QTest::newRow("bad digest") << manifestWithFile(badDigest);
        QJsonObject badMode = goodFile(QStringLiteral("filestores/m"));
        badMode.insert(QStringLiteral("mode"), QStringLiteral("99999"));
        QTest::newRow("bad mode") << manifestWithFile(badMode);
        QJsonObject root{{QStringLiteral("format"), QStringLiteral("lync-backup-set")},
                         {QStringLiteral("formatVersion"), 1},
                         {QStringLiteral("files"), QJsonArray{goodFile(QStringLiteral("filestores/dup")),
                                                              goodFile(QStringLiteral("filestores/dup"))}}};
        QTest::newRow("duplicate path") << QJsonDocument(root).toJson();
        QTest::newRow("future format") << QByteArray(R"({"format":"lync-backup-set","formatVersion":99})");
        QTest::newRow("not a manifest") << QByteArray(R"({"hello":"world"})");
        QTest::newRow("not json") << QByteArray("\x00\x01garbage", 9);
    }
    void hostileManifestsAreRefused() {
        QFETCH(QByteArray, json);
        Result<Manifest> parsed = Manifest::fromJson(json);
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.errorMessage().isEmpty());
    }

    void safePathsAreAccepted() {
        QVERIFY(isSafeSetPath(QStringLiteral("filestores/fs/reunião/conteúdo final.pptx")));
        QVERIFY(isSafeSetPath(QStringLiteral("filestores/fs/..hidden")));
        QVERIFY(isSafeSetPath(QStringLiteral("filestores/fs/back\\slash")));
        QVERIFY(Manifest::fromJson(manifestWithFile(goodFile(QStringLiteral("filestores/ok")))).ok());
    }
};

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
