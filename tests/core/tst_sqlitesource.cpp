// SQLite copies are consistent snapshots, even while another process writes,
// and every copy passes integrity_check and stands alone (no -wal file).
#include "sources/SqliteSource.h"
#include "util/CancelToken.h"

#include "TestSupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace lbw;

namespace {

QString queryOne(const QString &db, const QString &sql) {
    QByteArray out;
    test::runProgram(QStringLiteral("sqlite3"), {db, sql}, &out);
    return QString::fromUtf8(out).trimmed();
}

}  // namespace

class TestSqliteSource : public QObject {
    Q_OBJECT
private slots:
    void copyWhileAnotherProcessWrites_data() {
        QTest::addColumn<QString>("journalMode");
        QTest::newRow("wal") << QStringLiteral("wal");
        QTest::newRow("rollback journal") << QStringLiteral("delete");
    }
    void copyWhileAnotherProcessWrites() {
        QFETCH(QString, journalMode);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("rtcxds.sqlite"));
        QCOMPARE(test::runProgram(
                     QStringLiteral("sqlite3"),
                     {db, QStringLiteral("PRAGMA journal_mode=%1; CREATE TABLE t(id INTEGER PRIMARY KEY, v BLOB);"
                                         "CREATE TABLE counter(n INTEGER); INSERT INTO counter VALUES(0);")
                              .arg(journalMode)}),
                 0);

        // Another process writes in many small transactions; each keeps the
        // invariant count(t) == counter.n, which only a consistent copy has.
        QByteArray script = "PRAGMA busy_timeout=20000; PRAGMA synchronous=OFF;\n";
        for (int i = 0; i < 30000; ++i)
            script += "BEGIN; INSERT INTO t(v) VALUES(randomblob(300)); UPDATE counter SET n=n+1; COMMIT;\n";
        QProcess writer;
        writer.start(QStringLiteral("sqlite3"), {db});
        QVERIFY(writer.waitForStarted());
        writer.write(script);
        writer.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(queryOne(db, QStringLiteral("PRAGMA busy_timeout=5000; SELECT n FROM counter"))
                                         .section(QLatin1Char('\n'), -1)
                                         .toInt() > 200,
                                 20000);

        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        Result<QJsonObject> result = SqliteSource::copyDatabase(db, copy, CancelToken());
        const bool writerWasRunning = writer.state() == QProcess::Running;
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.errorMessage()));
        writer.waitForFinished(120000);
        QVERIFY2(writerWasRunning, "the writer finished before the copy; the test proves nothing");

        QCOMPARE(queryOne(copy, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        const int rows = queryOne(copy, QStringLiteral("SELECT count(*) FROM t")).toInt();
        QVERIFY(rows > 0);
        QCOMPARE(queryOne(copy, QStringLiteral("SELECT n FROM counter")).toInt(), rows);
        QCOMPARE(queryOne(copy, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("delete"));
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-wal")));
    }

    void refusesToOverwrite() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("xds.sqlite"));
        QCOMPARE(test::runProgram(QStringLiteral("sqlite3"), {db, QStringLiteral("CREATE TABLE a(x);")}), 0);
        test::writeFile(dir.filePath(QStringLiteral("exists.sqlite")), "keep me");
        QVERIFY(!SqliteSource::copyDatabase(db, dir.filePath(QStringLiteral("exists.sqlite")), CancelToken()).ok());
        QCOMPARE(test::readFile(dir.filePath(QStringLiteral("exists.sqlite"))), QByteArray("keep me"));
    }

    void notADatabaseIsRefusedBeforeTheRun() {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("fake.sqlite")), "this is not sqlite");
        SqliteSource source(
            {QStringLiteral("sqlite"), QStringLiteral("lis"), dir.filePath(QStringLiteral("fake.sqlite"))});
        Status ready = source.checkReady();
        QVERIFY(!ready.ok());
        QVERIFY(ready.errorMessage().contains(QStringLiteral("not an SQLite database")));
        SqliteSource missing(
            {QStringLiteral("sqlite"), QStringLiteral("lis"), dir.filePath(QStringLiteral("none.sqlite"))});
        QVERIFY(!missing.checkReady().ok());
    }
};

QTEST_GUILESS_MAIN(TestSqliteSource)
#include "tst_sqlitesource.moc"
