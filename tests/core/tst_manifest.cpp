// The manifest round-trips, and a manifest from a damaged or hostile set is
// refused before any of its paths is used.
#include "backupset/Manifest.h"
#include "backupset/SetPath.h"

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
        file.mtimeNs = 1'790'000'000'123'456'789LL;
        file.sha256 = QByteArray(64, 'b');
        FileEntry link;
        link.path = QStringLiteral("filestores/fs/link");
        link.type = FileEntry::Type::Symlink;
        link.linkTarget = QStringLiteral("../outside");
        manifest.files = {file, link};

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
        QCOMPARE(parsed->files[0].mtimeNs, file.mtimeNs);
        QCOMPARE(parsed->files[0].mode, quint32(0640));
        QCOMPARE(parsed->files[0].size, qint64(12345));
        QCOMPARE(parsed->files[1].type, FileEntry::Type::Symlink);
        QCOMPARE(parsed->files[1].linkTarget, QStringLiteral("../outside"));
        QVERIFY(parsed->hasErrors());
    }

    void timeFormat() {
        QCOMPARE(formatUtcNs(0), QStringLiteral("1970-01-01T00:00:00.000000000Z"));
        QCOMPARE(parseUtcNs(formatUtcNs(1'790'000'000'000'000'001LL)),
                 std::optional<qint64>(1'790'000'000'000'000'001LL));
        QCOMPARE(parseUtcNs(formatUtcNs(-1'500'000'000LL)), std::optional<qint64>(-1'500'000'000LL));
        QVERIFY(!parseUtcNs(QStringLiteral("yesterday")));
    }

    void hostileManifestsAreRefused_data() {
        QTest::addColumn<QByteArray>("json");
        auto withPath = [](const QString &path) { return manifestWithFile(goodFile(path)); };
        QTest::newRow("absolute path") << withPath(QStringLiteral("/etc/passwd"));
        QTest::newRow("parent component") << withPath(QStringLiteral("filestores/../../etc/passwd"));
        QTest::newRow("leading parent") << withPath(QStringLiteral("../outside"));
        QTest::newRow("backslash parent") << withPath(QStringLiteral("filestores\\..\\..\\x"));
        QTest::newRow("windows drive") << withPath(QStringLiteral("C:/Windows/evil.dll"));
        QTest::newRow("unc path") << withPath(QStringLiteral("\\\\server\\share\\x"));
        QTest::newRow("control character") << withPath(QStringLiteral("filestores/a\u0001b"));
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
