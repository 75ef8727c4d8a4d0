// Restore on real files and SQLite: a full round trip, the clean-target
// rule, damaged and hostile sets, and the prerequisite checks.
#include "backupset/Manifest.h"
#include "jobs/BackupJob.h"
#include "jobs/RestoreJob.h"
#include "jobs/VerifyJob.h"
#include "recovery/Prerequisites.h"
#include "sources/FileStoreSource.h"

#include "FormatOneSet.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace lbw;

namespace {

// Path, type, mode, mtime and content digest of everything below `root`
// (links by their text): two trees with the same snapshot are the same.
QStringList snapshot(const QString &root) {
    QStringList lines;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st {};
        ::lstat(QFile::encodeName(path).constData(), &st);
        QString line =
            QDir(root).relativeFilePath(path) +
            QStringLiteral(" mode=%1 mtime=%2.%3").arg(st.st_mode, 0, 8).arg(st.st_mtim.tv_sec).arg(st.st_mtim.tv_nsec);
        if (S_ISLNK(st.st_mode))
            line += QStringLiteral(" -> ") + QFileInfo(path).symLinkTarget();
        else if (S_ISREG(st.st_mode))
            line +=
                QStringLiteral(" sha=") +
                QString::fromLatin1(QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256).toHex());
        lines << line;
    }
    lines.sort();
    return lines;
}

QString dump(const QString &db) {
    QByteArray out;
    test::runProgram(QStringLiteral("sqlite3"), {db, QStringLiteral(".dump")}, &out);
    return QString::fromUtf8(out);
}

struct Fixture {
    QTemporaryDir dir;
    QString store = dir.filePath(QStringLiteral("lync/share"));
    QString db = dir.filePath(QStringLiteral("lync/rtcxds.sqlite"));
    QString set;

    Fixture() {
        test::writeFile(store + QStringLiteral("/1-WebServices-1/CollabContent/reunião/conteúdo final.pptx"),
                        test::randomBytes(200000, 1));
        test::writeFile(store + QStringLiteral("/1-ApplicationServer-1/saudação.wma"), test::randomBytes(2 << 20, 2));
        for (int i = 0; i < 30; ++i)
            test::writeFile(store + QStringLiteral("/meta/m%1.xml").arg(i), QByteArray(100 + i, 'x'));
        QFile::setPermissions(store + QStringLiteral("/meta/m3.xml"), QFile::ReadOwner | QFile::WriteOwner);
        QDir().mkpath(store + QStringLiteral("/vazia"));
        QFile::link(QStringLiteral("../1-ApplicationServer-1/saudação.wma"),
                    store + QStringLiteral("/meta/link-inside"));
        QFile::link(QStringLiteral("/etc/hostname"), store + QStringLiteral("/meta/link-outside"));
        test::runProgram(
            QStringLiteral("sqlite3"),
            {db, QStringLiteral("CREATE TABLE Resource(id INTEGER PRIMARY KEY, uri TEXT);"
                                "INSERT INTO Resource(uri) VALUES('sip:joão@corp.example'),('sip:ana@corp.example');"
                                "CREATE TABLE Contact(a,b); INSERT INTO Contact VALUES(1,2);")});
        BackupPlan plan;
        plan.location = dir.filePath(QStringLiteral("backups"));
        plan.items = {{QStringLiteral("filestore"), QStringLiteral("share"), store},
                      {QStringLiteral("sqlite"), QStringLiteral("rtcxds"), db}};
        const BackupReport report = BackupJob(plan).run(nullptr, {});
        QVERIFY(report.outcome == BackupOutcome::Succeeded);
        set = report.setPath;
    }
    QString target(const QString &name) const { return dir.filePath(QStringLiteral("restored/") + name); }
    // Edits the file list as a hostile set would: in a format-1 manifest,
    // where it is JSON.
    void editManifest(const std::function<void(QJsonObject &)> &edit) const {
        QVERIFY(test::rewriteAsFormatOne(set));
        QJsonObject root = QJsonDocument::fromJson(test::readFile(set + QStringLiteral("/manifest.json"))).object();
        edit(root);
        test::writeFile(set + QStringLiteral("/manifest.json"), QJsonDocument(root).toJson());
    }
};

// A target in rollback-journal mode, and one in WAL mode (whose plain
// read-only opening would leave -wal and -shm files beside it).
void journalModes() {
    QTest::addColumn<QString>("journalMode");
    QTest::newRow("delete") << QString();
    QTest::newRow("wal") << QStringLiteral("PRAGMA journal_mode=WAL;");
}

const ItemRestoreResult *resultFor(const RestoreReport &report, const QString &name) {
    for (const ItemRestoreResult &item : report.items)
        if (item.name == name)
            return &item;
    return nullptr;
}

}  // namespace

class TestRestoreJob : public QObject {
    Q_OBJECT
private slots:
    void fullRoundTripToNewTargets_data() {
        QTest::addColumn<int>("format");
        QTest::newRow("format 2 (written today)") << 2;
        QTest::newRow("format 1 (written by 0.1)") << 1;
    }
    void fullRoundTripToNewTargets() {
        QFETCH(int, format);
        Fixture f;
        if (format == 1) {
            QVERIFY(test::rewriteAsFormatOne(f.set));
            QVERIFY(!QFile::exists(f.set + QStringLiteral("/entries")));
        }
        QCOMPARE(Manifest::load(f.set)->formatVersion, format);
        const VerifyReport verified = VerifyJob(f.set).run(nullptr, {});
        QVERIFY2(verified.ok(),
                 qPrintable(verified.problems.isEmpty() ? verified.fatalError
                                                        : verified.problems.first().path + QLatin1Char(' ') +
                                                              verified.problems.first().detail));
        const RestoreReport report =
            RestoreJob({f.set,
                        {},
                        {{QStringLiteral("share"), f.target(QStringLiteral("share"))},
                         {QStringLiteral("rtcxds"), f.target(QStringLiteral("rtcxds.sqlite"))}}})
                .run(nullptr, {});
        QVERIFY2(report.fatalError.isEmpty(), qPrintable(report.fatalError));
        QVERIFY(!report.blockedByChecks());
        QVERIFY(report.allRestored());
        // Byte for byte, with modes and mtimes; only the link out of the store is missing.
        QStringList expected = snapshot(f.store);
        expected.removeIf([](const QString &line) { return line.startsWith(QLatin1String("meta/link-outside")); });
        QStringList restored = snapshot(f.target(QStringLiteral("share")));
        // Links resolve to their own tree's file: compare only their text form.
        for (QString &line : expected)
            line = line.section(QStringLiteral(" -> "), 0, 0);
        for (QString &line : restored)
            line = line.section(QStringLiteral(" -> "), 0, 0);
        QCOMPARE(restored, expected);
        QCOMPARE(QFileInfo(f.target(QStringLiteral("share/meta/link-inside"))).symLinkTarget(),
                 QFileInfo(f.target(QStringLiteral("share/1-ApplicationServer-1/saudação.wma"))).absoluteFilePath());
        const ItemRestoreResult *share = resultFor(report, QStringLiteral("share"));
        QVERIFY(share && share->verified);
        QVERIFY(share->notes.join(QLatin1Char('\n')).contains(QStringLiteral("link-outside")));
        // Row for row.
        QCOMPARE(dump(f.target(QStringLiteral("rtcxds.sqlite"))), dump(f.db));
        QVERIFY(dump(f.db).contains(QStringLiteral("joão")));
        // No staging left behind.
        QCOMPARE(QDir(f.target(QString())).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("rtcxds.sqlite"), QStringLiteral("share")}));
    }

    void restoreToRecordedPathsAfterLoss() {
        Fixture f;
        QStringList before = snapshot(f.store);
        before.removeIf([](const QString &line) { return line.startsWith(QLatin1String("meta/link-outside")); });
        const QString rows = dump(f.db);
        QVERIFY(QDir(f.store).removeRecursively());
        QVERIFY(QFile::remove(f.db));
        const RestoreReport report = RestoreJob({f.set, {}, {}}).run(nullptr, {});
        QVERIFY(report.allRestored());
        QCOMPARE(snapshot(f.store), before);
        QCOMPARE(dump(f.db), rows);
    }

    void restoreOneItem() {
        Fixture f;
        const RestoreReport report =
            RestoreJob(
                {f.set, {QStringLiteral("rtcxds")}, {{QStringLiteral("rtcxds"), f.target(QStringLiteral("x.sqlite"))}}})
                .run(nullptr, {});
        QCOMPARE(report.items.size(), 1);
        QVERIFY(report.allRestored());
        QVERIFY(!QFileInfo::exists(f.target(QStringLiteral("share"))));
        QVERIFY(!RestoreJob({f.set, {QStringLiteral("nope")}, {}}).run(nullptr, {}).fatalError.isEmpty());
    }

    void uncleanTargetsAreRefusedAndUntouched() {
        Fixture f;
        test::writeFile(f.target(QStringLiteral("share/já existe.txt")), "do not touch");
        QCOMPARE(test::runProgram(QStringLiteral("sqlite3"),
                                  {f.target(QStringLiteral("db.sqlite")),
                                   QStringLiteral("CREATE TABLE mine(x); INSERT INTO mine VALUES(42);")}),
                 0);
        const QStringList before = snapshot(f.target(QString()));
        const RestoreReport report = RestoreJob({f.set,
                                                 {},
                                                 {{QStringLiteral("share"), f.target(QStringLiteral("share"))},
                                                  {QStringLiteral("rtcxds"), f.target(QStringLiteral("db.sqlite"))}}})
                                         .run(nullptr, {});
        QCOMPARE(resultFor(report, QStringLiteral("share"))->status, ItemRestoreResult::Status::Refused);
        QVERIFY(resultFor(report, QStringLiteral("share"))->message.contains(QStringLiteral("já existe.txt")));
        QCOMPARE(resultFor(report, QStringLiteral("rtcxds"))->status, ItemRestoreResult::Status::Refused);
        QVERIFY(resultFor(report, QStringLiteral("rtcxds"))->message.contains(QStringLiteral("mine")));
        QCOMPARE(snapshot(f.target(QString())), before);
    }

    void emptyTargetsAreClean() {
        Fixture f;
        QDir().mkpath(f.target(QStringLiteral("share")));
        test::writeFile(f.target(QStringLiteral("empty.sqlite")), QByteArray());
        const RestoreReport report =
            RestoreJob({f.set,
                        {},
                        {{QStringLiteral("share"), f.target(QStringLiteral("share"))},
                         {QStringLiteral("rtcxds"), f.target(QStringLiteral("empty.sqlite"))}}})
                .run(nullptr, {});
        QVERIFY(report.allRestored());
        QCOMPARE(dump(f.target(QStringLiteral("empty.sqlite"))), dump(f.db));
    }

    void sqliteTargetWithEmptyTablesIsRestoredOver_data() { journalModes(); }
    void sqliteTargetWithEmptyTablesIsRestoredOver() {
        QFETCH(QString, journalMode);
        Fixture f;
        // As an application creates it before the data comes back: the
        // tables (one with a name that needs quoting), no rows.
        const QString target = f.target(QStringLiteral("rtcxds.sqlite"));
        QVERIFY(QDir().mkpath(f.target(QString())));
        QCOMPARE(test::runProgram(
                     QStringLiteral("sqlite3"),
                     {target, journalMode + QStringLiteral("CREATE TABLE Resource(id INTEGER PRIMARY KEY, uri TEXT);"
                                                           "CREATE TABLE Contact(a,b);"
                                                           "CREATE TABLE \"Ação \"\"x\"\" -- y\"(z);"
                                                           "CREATE TABLE filled(x); INSERT INTO filled VALUES(1);"
                                                           "DELETE FROM filled;")}),
                 0);
        QVERIFY(QFileInfo(target).size() > 0);
        const RestoreReport report =
            RestoreJob({f.set, {QStringLiteral("rtcxds")}, {{QStringLiteral("rtcxds"), target}}}).run(nullptr, {});
        QVERIFY2(report.allRestored(), qPrintable(report.items.value(0).message));
        QCOMPARE(dump(target), dump(f.db));
        QVERIFY(dump(target).contains(QStringLiteral("joão")));
        QVERIFY(!dump(target).contains(QStringLiteral("filled")));
        QCOMPARE(QDir(f.target(QString())).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("rtcxds.sqlite")});
    }

    void sqliteTargetWithOneRowIsRefusedUntouched_data() { journalModes(); }
    void sqliteTargetWithOneRowIsRefusedUntouched() {
        QFETCH(QString, journalMode);
        Fixture f;
        const QString target = f.target(QStringLiteral("rtcxds.sqlite"));
        QVERIFY(QDir().mkpath(f.target(QString())));
        QCOMPARE(test::runProgram(
                     QStringLiteral("sqlite3"),
                     {target, journalMode + QStringLiteral("CREATE TABLE Resource(id INTEGER PRIMARY KEY, uri TEXT);"
                                                           "CREATE TABLE Contact(a,b);"
                                                           "CREATE TABLE \"Sala \"\"de\"\" Reunião\"(n);"
                                                           "INSERT INTO \"Sala \"\"de\"\" Reunião\" VALUES(7);")}),
                 0);
        const QByteArray bytes = test::readFile(target);
        const QStringList before = snapshot(f.target(QString()));
        const RestoreReport report =
            RestoreJob({f.set, {QStringLiteral("rtcxds")}, {{QStringLiteral("rtcxds"), target}}}).run(nullptr, {});
        const ItemRestoreResult *result = resultFor(report, QStringLiteral("rtcxds"));
        QCOMPARE(result->status, ItemRestoreResult::Status::Refused);
        QVERIFY2(result->message.contains(QStringLiteral("Sala \"de\" Reunião")), qPrintable(result->message));
        QVERIFY2(!result->message.contains(QStringLiteral("Contact")), qPrintable(result->message));
        // Not a byte changed, and nothing (no -wal, no -shm) appeared beside it.
        QCOMPARE(test::readFile(target), bytes);
        QCOMPARE(snapshot(f.target(QString())), before);
    }

    void fileStoreTargetWithEmptyFoldersIsRestoredInto() {
        Fixture f;
        // The empty tree Lync setup creates in the share, in a share folder
        // with its own permissions.
        const QString target = f.target(QStringLiteral("share"));
        QVERIFY(QDir().mkpath(target + QStringLiteral("/1-WebServices-1/CollabContent")));
        QVERIFY(QDir().mkpath(target + QStringLiteral("/1-ApplicationServer-1")));
        QVERIFY(QDir().mkpath(target + QStringLiteral("/.hidden/empty")));
        QCOMPARE(::chmod(QFile::encodeName(target).constData(), 0750), 0);
        struct stat rootBefore {};
        QCOMPARE(::stat(QFile::encodeName(target).constData(), &rootBefore), 0);

        const RestoreReport report =
            RestoreJob({f.set, {QStringLiteral("share")}, {{QStringLiteral("share"), target}}}).run(nullptr, {});
        const ItemRestoreResult *share = resultFor(report, QStringLiteral("share"));
        QVERIFY2(report.allRestored(), qPrintable(share->message));
        QVERIFY(share->verified);

        struct stat rootAfter {};
        QCOMPARE(::stat(QFile::encodeName(target).constData(), &rootAfter), 0);
        QCOMPARE(rootAfter.st_ino, rootBefore.st_ino);
        QCOMPARE(rootAfter.st_dev, rootBefore.st_dev);
        QCOMPARE(rootAfter.st_mode & 07777, mode_t(0750));
        // Below the root: the backed-up tree, byte for byte, with modes and
        // mtimes; the target's own empty folders are gone.
        QStringList expected = snapshot(f.store);
        expected.removeIf([](const QString &line) { return line.startsWith(QLatin1String("meta/link-outside")); });
        QStringList restored = snapshot(target);
        for (QString &line : expected)
            line = line.section(QStringLiteral(" -> "), 0, 0);
        for (QString &line : restored)
            line = line.section(QStringLiteral(" -> "), 0, 0);
        QCOMPARE(restored, expected);
        QVERIFY(!QFileInfo::exists(target + QStringLiteral("/.hidden")));
        // No staging left beside it.
        QCOMPARE(QDir(f.target(QString())).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("share")});
    }

    void fileStoreTargetWithOneFileDeepInsideIsRefused_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("file") << QStringLiteral("file");
        QTest::newRow("link") << QStringLiteral("link");
        QTest::newRow("pipe") << QStringLiteral("pipe");
    }
    void fileStoreTargetWithOneFileDeepInsideIsRefused() {
        QFETCH(QString, kind);
        Fixture f;
        const QString target = f.target(QStringLiteral("share"));
        QVERIFY(QDir().mkpath(target + QStringLiteral("/1-ApplicationServer-1")));
        const QString relative = QStringLiteral("1-WebServices-1/CollabContent/reunião/ata de 'março'.txt");
        const QString path = target + QLatin1Char('/') + relative;
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        if (kind == QLatin1String("file"))
            test::writeFile(path, "anotações da reunião");
        else if (kind == QLatin1String("link"))
            QVERIFY(QFile::link(QStringLiteral("../../../1-ApplicationServer-1"), path));
        else
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        const QStringList before = snapshot(f.dir.filePath(QStringLiteral("restored")));

        const RestoreReport report =
            RestoreJob({f.set, {QStringLiteral("share")}, {{QStringLiteral("share"), target}}}).run(nullptr, {});
        const ItemRestoreResult *share = resultFor(report, QStringLiteral("share"));
        QCOMPARE(share->status, ItemRestoreResult::Status::Refused);
        QVERIFY2(share->message.contains(relative), qPrintable(share->message));
        QCOMPARE(snapshot(f.dir.filePath(QStringLiteral("restored"))), before);
        if (kind == QLatin1String("file"))
            QCOMPARE(test::readFile(path), QByteArray("anotações da reunião"));
    }

    void partlyMovedTreeIsRefusedUntilMovedAway() {
        Fixture f;
        // What a kill while the staged entries are being moved into an
        // existing folder leaves: some entries in the target, the rest in
        // the hidden staging folder beside it.
        const QString target = f.target(QStringLiteral("share"));
        test::writeFile(target + QStringLiteral("/1-WebServices-1/CollabContent/reunião/conteúdo final.pptx"),
                        test::randomBytes(200000, 1));
        const QString leftover = f.target(QStringLiteral(".share.lbw-restore-killed"));
        test::writeFile(leftover + QStringLiteral("/1-ApplicationServer-1/saudação.wma"), "partial");
        const QStringList before = snapshot(f.target(QString()));

        const RestoreReport refused =
            RestoreJob({f.set, {QStringLiteral("share")}, {{QStringLiteral("share"), target}}}).run(nullptr, {});
        const ItemRestoreResult *share = resultFor(refused, QStringLiteral("share"));
        QCOMPARE(share->status, ItemRestoreResult::Status::Refused);
        QVERIFY2(share->message.contains(QStringLiteral("1-WebServices-1/CollabContent/reunião/conteúdo final.pptx")),
                 qPrintable(share->message));
        QCOMPARE(snapshot(f.target(QString())), before);

        // Once the operator has moved it away, the restore goes through and
        // clears the leftover.
        QVERIFY(QDir(target).removeRecursively());
        QVERIFY(QDir().mkpath(target));
        const RestoreReport restored =
            RestoreJob({f.set, {QStringLiteral("share")}, {{QStringLiteral("share"), target}}}).run(nullptr, {});
        QVERIFY(restored.allRestored());
        QStringList expected = test::filesBelow(f.store);
        expected.removeAll(QStringLiteral("meta/link-outside"));  // not recreated: it points out of the store
        QCOMPARE(test::filesBelow(target), expected);
        QCOMPARE(QDir(f.target(QString())).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("share")});
    }

    void corruptedFileRefusesOnlyItsItem() {
        Fixture f;
        const QString victim = f.set + QStringLiteral("/filestores/share/meta/m5.xml");
        QFile::setPermissions(victim, QFile::ReadOwner | QFile::WriteOwner);
        test::writeFile(victim, QByteArray(105, 'y'));  // same size, other bytes
        const RestoreReport report = RestoreJob({f.set,
                                                 {},
                                                 {{QStringLiteral("share"), f.target(QStringLiteral("share"))},
                                                  {QStringLiteral("rtcxds"), f.target(QStringLiteral("db.sqlite"))}}})
                                         .run(nullptr, {});
        const ItemRestoreResult *share = resultFor(report, QStringLiteral("share"));
        QCOMPARE(share->status, ItemRestoreResult::Status::Refused);
        QVERIFY2(share->message.contains(QStringLiteral("meta/m5.xml")), qPrintable(share->message));
        QVERIFY(!QFileInfo::exists(f.target(QStringLiteral("share"))));
        QCOMPARE(resultFor(report, QStringLiteral("rtcxds"))->status, ItemRestoreResult::Status::Restored);
    }

    void hostileSetsWriteNothingOutsideTheTarget_data() {
        QTest::addColumn<QString>("hostility");
        for (const char *name : {"absolute path", "parent components", "backslash parents", "control character",
                                 "NUL in name", "duplicate path", "huge size", "set path outside", "file outside item",
                                 "file below a link", "link escaping", "windows drive", "sums outside"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void hostileSetsWriteNothingOutsideTheTarget() {
        QFETCH(QString, hostility);
        Fixture f;
        auto files = [](QJsonObject &root) { return root[QStringLiteral("files")].toArray(); };
        // The first file of the share, the item being restored.
        auto firstFileIndex = [](const QJsonArray &array) {
            for (qsizetype i = 0; i < array.size(); ++i)
                if (array[i][QLatin1String("type")].toString() == QLatin1String("file") &&
                    array[i][QLatin1String("item")].toString() == QLatin1String("share"))
                    return i;
            return qsizetype(-1);
        };
        auto setFirstFilePath = [&](const QString &path) {
            f.editManifest([&](QJsonObject &root) {
                QJsonArray array = files(root);
                QJsonObject entry = array[firstFileIndex(array)].toObject();
                entry[QStringLiteral("path")] = path;
                array[firstFileIndex(array)] = entry;
                root[QStringLiteral("files")] = array;
            });
        };
        bool expectFatal = true;
        if (hostility == QLatin1String("absolute path")) {
            setFirstFilePath(f.dir.filePath(QStringLiteral("pwned")));
        } else if (hostility == QLatin1String("parent components")) {
            setFirstFilePath(QStringLiteral("filestores/share/../../../pwned"));
        } else if (hostility == QLatin1String("backslash parents")) {
            expectFatal = false;  // one POSIX name inside the target, whose data the set lacks
            setFirstFilePath(QStringLiteral("filestores/share/..\\..\\..\\pwned"));
        } else if (hostility == QLatin1String("control character")) {
            expectFatal = false;  // a legal POSIX name, whose data the set lacks
            setFirstFilePath(QStringLiteral("filestores/share/a\u001bb"));
        } else if (hostility == QLatin1String("NUL in name")) {
            setFirstFilePath(QStringLiteral("filestores/share/a") + QChar(0) + QStringLiteral("/../../pwned"));
        } else if (hostility == QLatin1String("windows drive")) {
            setFirstFilePath(QStringLiteral("C:/pwned"));
        } else if (hostility == QLatin1String("duplicate path")) {
            f.editManifest([&](QJsonObject &root) {
                QJsonArray array = files(root);
                array.append(array[firstFileIndex(array)]);
                root[QStringLiteral("files")] = array;
            });
        } else if (hostility == QLatin1String("huge size")) {
            expectFatal = false;  // valid JSON, refused when the set is checked
            f.editManifest([&](QJsonObject &root) {
                QJsonArray array = files(root);
                QJsonObject entry = array[firstFileIndex(array)].toObject();
                entry[QStringLiteral("size")] = 4.0e15;
                array[firstFileIndex(array)] = entry;
                root[QStringLiteral("files")] = array;
            });
        } else if (hostility == QLatin1String("set path outside")) {
            f.editManifest([&](QJsonObject &root) {
                QJsonArray items = root[QStringLiteral("items")].toArray();
                QJsonObject item = items[0].toObject();
                item[QStringLiteral("setPath")] = QStringLiteral("../..");
                items[0] = item;
                root[QStringLiteral("items")] = items;
            });
        } else if (hostility == QLatin1String("file outside item")) {
            expectFatal = false;  // refused by the item's restore
            setFirstFilePath(QStringLiteral("databases/sneaky.bin"));
        } else if (hostility == QLatin1String("file below a link")) {
            expectFatal = false;
            f.editManifest([&](QJsonObject &root) {
                QJsonArray array = files(root);
                array.append(QJsonObject{{QStringLiteral("path"), QStringLiteral("filestores/share/escape")},
                                         {QStringLiteral("item"), QStringLiteral("share")},
                                         {QStringLiteral("type"), QStringLiteral("symlink")},
                                         {QStringLiteral("target"), f.dir.filePath(QStringLiteral("outside"))},
                                         {QStringLiteral("mode"), QStringLiteral("0777")},
                                         {QStringLiteral("mtime"), QStringLiteral("2026-01-01T00:00:00.000000000Z")}});
                QJsonObject entry = array[firstFileIndex(array)].toObject();
                entry[QStringLiteral("path")] = QStringLiteral("filestores/share/escape/pwned");
                array[firstFileIndex(array)] = entry;
                root[QStringLiteral("files")] = array;
            });
            // The set itself holds the file where the manifest says.
            QDir().mkpath(f.set + QStringLiteral("/filestores/share/escape"));
        } else if (hostility == QLatin1String("link escaping")) {
            expectFatal = false;  // restored, but the link is not recreated
            f.editManifest([&](QJsonObject &root) {
                QJsonArray array = files(root);
                array.append(QJsonObject{{QStringLiteral("path"), QStringLiteral("filestores/share/up")},
                                         {QStringLiteral("item"), QStringLiteral("share")},
                                         {QStringLiteral("type"), QStringLiteral("symlink")},
                                         {QStringLiteral("target"), QStringLiteral("../../../../outside")},
                                         {QStringLiteral("mode"), QStringLiteral("0777")},
                                         {QStringLiteral("mtime"), QStringLiteral("2026-01-01T00:00:00.000000000Z")}});
                root[QStringLiteral("files")] = array;
            });
        } else if (hostility == QLatin1String("sums outside")) {
            expectFatal = false;  // SHA256SUMS is never used to open files; the set is inconsistent
            QFile sums(f.set + QStringLiteral("/SHA256SUMS"));
            QVERIFY(sums.open(QIODevice::Append));
            sums.write(QByteArray(64, 'a') + "  ../../../etc/passwd\n");
        }

        QDir().mkpath(f.dir.filePath(QStringLiteral("restored")));
        const QStringList before = snapshot(f.dir.path());
        const RestoreReport report =
            RestoreJob(
                {f.set, {QStringLiteral("share")}, {{QStringLiteral("share"), f.target(QStringLiteral("share"))}}})
                .run(nullptr, {});
        if (expectFatal) {
            QVERIFY2(!report.fatalError.isEmpty(), "a hostile manifest must be refused as a whole");
        } else if (hostility == QLatin1String("sums outside")) {
            QVERIFY(report.allRestored());  // the line names no file of the item being restored
            const VerifyReport whole = VerifyJob(f.set).run(nullptr, {});
            QCOMPARE(whole.problems.size(), 1);
            QCOMPARE(whole.problems.first().path, QStringLiteral("../../../etc/passwd"));
            QCOMPARE(whole.problems.first().kind, VerifyProblem::Kind::Inconsistent);
        } else if (hostility == QLatin1String("link escaping")) {
            QVERIFY(report.allRestored());
            QVERIFY(!QFileInfo(f.target(QStringLiteral("share/up"))).isSymLink());
            QVERIFY(resultFor(report, QStringLiteral("share"))
                        ->notes.join(QLatin1Char(' '))
                        .contains(QStringLiteral("up")));
        } else {
            QVERIFY(!report.anyRestored());
        }
        // Nothing appeared or changed anywhere but below the target (whose
        // parent folder's time changes when the target is created in it).
        auto outsideTarget = [](QStringList lines) {
            lines.removeIf([](const QString &line) {
                return line.startsWith(QLatin1String("restored/share")) ||
                       line.startsWith(QLatin1String("restored mode="));
            });
            return lines;
        };
        const QStringList after = outsideTarget(snapshot(f.dir.path()));
        const QStringList expected = outsideTarget(before);
        QCOMPARE(after, expected);
        QVERIFY(!QFileInfo::exists(f.dir.filePath(QStringLiteral("pwned"))));
        QVERIFY(!QFileInfo::exists(f.dir.filePath(QStringLiteral("outside"))));
    }

    // Every byte of a format-2 set is under a digest, the manifest included:
    // an edit of it is caught by verify and by sha256sum -c, and a restore
    // never comes back empty and "verified".
    void manifestEditsAreCaught_data() {
        QTest::addColumn<bool>("redigested");  // SHA256SUMS made to match the edit, as a tamperer would
        QTest::newRow("manifest changed") << false;
        QTest::newRow("manifest and SHA256SUMS changed") << true;
    }
    void manifestEditsAreCaught() {
        QFETCH(bool, redigested);
        Fixture f;
        const QString manifestPath = f.set + QStringLiteral("/manifest.json");
        QFile::setPermissions(manifestPath, QFile::ReadOwner | QFile::WriteOwner);
        QByteArray manifest = test::readFile(manifestPath);
        QVERIFY(manifest.contains("\"filestores/share\""));
        manifest.replace("\"filestores/share\"", "\"filestores/shbre\"");  // one byte
        test::writeFile(manifestPath, manifest);
        if (redigested) {
            const QString sumsPath = f.set + QStringLiteral("/SHA256SUMS");
            QFile::setPermissions(sumsPath, QFile::ReadOwner | QFile::WriteOwner);
            QByteArray sums = test::readFile(sumsPath);
            const qsizetype line = sums.indexOf("  manifest.json\n");
            QVERIFY(line >= 64);
            sums.replace(line - 64, 64, QCryptographicHash::hash(manifest, QCryptographicHash::Sha256).toHex());
            test::writeFile(sumsPath, sums);
        } else {
            QVERIFY(test::runProgram(QStringLiteral("sha256sum"),
                                     {QStringLiteral("--quiet"), QStringLiteral("-c"), QStringLiteral("SHA256SUMS")},
                                     nullptr, f.set) != 0);
        }
        const VerifyReport verified = VerifyJob(f.set).run(nullptr, {});
        QVERIFY(!verified.ok());
        const RestoreReport report =
            RestoreJob(
                {f.set, {QStringLiteral("share")}, {{QStringLiteral("share"), f.target(QStringLiteral("share"))}}})
                .run(nullptr, {});
        QVERIFY(!report.anyRestored());
        QVERIFY(!QFileInfo::exists(f.target(QStringLiteral("share"))));
        if (redigested)
            QVERIFY2(resultFor(report, QStringLiteral("share"))->message.contains(QStringLiteral("manifest counts")),
                     qPrintable(resultFor(report, QStringLiteral("share"))->message));
        else
            QVERIFY2(report.fatalError.contains(QStringLiteral("manifest.json")), qPrintable(report.fatalError));
    }

    void duplicatedSumsLineAndLogDamageAreCaught() {
        Fixture f;
        const QString sumsPath = f.set + QStringLiteral("/SHA256SUMS");
        QFile::setPermissions(sumsPath, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray sums = test::readFile(sumsPath);
        const QByteArray first = sums.left(sums.indexOf('\n') + 1);
        // The same file twice, the second time with a wrong digest: coreutils fails it, so must verify.
        test::writeFile(sumsPath, sums + QByteArray(64, 'a') + first.mid(64));
        QVERIFY(test::runProgram(QStringLiteral("sha256sum"),
                                 {QStringLiteral("--quiet"), QStringLiteral("-c"), QStringLiteral("SHA256SUMS")},
                                 nullptr, f.set) != 0);
        QVERIFY(!VerifyJob(f.set).run(nullptr, {}).ok());
        test::writeFile(sumsPath, sums);
        QVERIFY(VerifyJob(f.set).run(nullptr, {}).ok());
        // backup.log is covered too.
        const QString logPath = f.set + QStringLiteral("/backup.log");
        QFile::setPermissions(logPath, QFile::ReadOwner | QFile::WriteOwner);
        QByteArray log = test::readFile(logPath);
        log[10] = log[10] == 'x' ? 'y' : 'x';
        test::writeFile(logPath, log);
        const VerifyReport verified = VerifyJob(f.set).run(nullptr, {});
        QVERIFY(!verified.ok());
        QCOMPARE(verified.problems.value(0).path, QStringLiteral("backup.log"));
    }

    void caseCollisionsAreReported() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        test::writeFile(store + QStringLiteral("/Ata.docx"), "1");
        test::writeFile(store + QStringLiteral("/ata.docx"), "2");
        BackupPlan plan;
        plan.location = dir.filePath(QStringLiteral("backups"));
        plan.items = {{QStringLiteral("filestore"), QStringLiteral("s"), store}};
        const BackupReport backup = BackupJob(plan).run(nullptr, {});
        const RestoreReport report =
            RestoreJob({backup.setPath, {}, {{QStringLiteral("s"), dir.filePath(QStringLiteral("r"))}}})
                .run(nullptr, {});
        QVERIFY(report.allRestored());
        QVERIFY(report.items.first().notes.join(QLatin1Char(' ')).contains(QStringLiteral("case")));
    }

    void linkJudgement() {
        QVERIFY(FileStoreSource::linkStaysInside(QStringLiteral("a/b/link"), QStringLiteral("../c")));
        QVERIFY(FileStoreSource::linkStaysInside(QStringLiteral("link"), QStringLiteral("a/./b")));
        QVERIFY(!FileStoreSource::linkStaysInside(QStringLiteral("link"), QStringLiteral("../x")));
        QVERIFY(!FileStoreSource::linkStaysInside(QStringLiteral("a/link"), QStringLiteral("../../x")));
        QVERIFY(!FileStoreSource::linkStaysInside(QStringLiteral("a/link"), QStringLiteral("/etc/passwd")));
        QVERIFY(!FileStoreSource::linkStaysInside(QStringLiteral("a/link"), QStringLiteral("..\\..\\x")));
        QVERIFY(!FileStoreSource::linkStaysInside(QStringLiteral("a/link"), QStringLiteral("C:/x")));
    }

    void mismatchedFqdnBlocksTheRestore() {
        Fixture f;
        f.editManifest([](QJsonObject &root) {
            QJsonObject host = root[QStringLiteral("host")].toObject();
            host[QStringLiteral("fqdn")] = QStringLiteral("fe02.corp.example");
            root[QStringLiteral("host")] = host;
        });
        HostFacts here = HostFacts::ofThisMachine();
        here.fqdn = QStringLiteral("fe01.corp.example");
        const Result<Manifest> manifest = Manifest::load(f.set);
        const QList<PrerequisiteCheck> checks = checkPrerequisites(*manifest, here, {});
        QVERIFY(anyBlocks(checks));
        QCOMPARE(checks.first().id, QStringLiteral("fqdn"));
        QCOMPARE(checks.first().explanation,
                 QStringLiteral("This computer is fe01.corp.example; the backup was taken on fe02.corp.example. "
                                "Install the operating system with the same FQDN before restoring."));
        // And the whole job refuses, writing nothing.
        const RestoreReport report =
            RestoreJob({f.set, {}, {{QStringLiteral("share"), f.target(QStringLiteral("share"))}}}).run(nullptr, {});
        QVERIFY(report.blockedByChecks());
        QVERIFY(!report.anyRestored());
        QVERIFY(!QFileInfo::exists(f.target(QStringLiteral("share"))));
    }

    void dnsChangesAreCaught() {
        Fixture f;
        const Result<Manifest> manifest = Manifest::load(f.set);
        QVERIFY(manifest.ok());
        Manifest changed = *manifest;
        changed.host.addresses = {QStringLiteral("10.0.0.5")};
        const QList<PrerequisiteCheck> checks = checkPrerequisites(
            changed, manifest->host, {}, [](const QString &) { return QStringList{QStringLiteral("10.0.0.9")}; });
        const auto dns =
            std::find_if(checks.begin(), checks.end(), [](const auto &c) { return c.id == QLatin1String("dns"); });
        QCOMPARE(dns->result, PrerequisiteCheck::Result::Fail);
        QVERIFY(dns->explanation.contains(QStringLiteral("10.0.0.9")));
        QVERIFY(dns->explanation.contains(QStringLiteral("10.0.0.5")));
    }
};

QTEST_GUILESS_MAIN(TestRestoreJob)
#include "tst_restorejob.moc"
