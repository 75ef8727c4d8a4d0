// The sources that talk to other programs: cmdlet exports with real child
// processes, T-SQL and ODBC text with hostile names, PostgreSQL against a
// real server (started by ./setup.sh test), and the ODBC code path through
// the psqlODBC driver.
#include "jobs/BackupJob.h"
#include "jobs/RestoreJob.h"
#include "sources/ServerConnection.h"
#include "sources/CmdletSource.h"
#include "sources/PostgresSource.h"
#include "sources/SqlConnection.h"
#include "sources/SqlServerSource.h"
#include "sources/TSql.h"

#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace lbw;

namespace {

QJsonArray shell(const QString &script) {
    return {QStringLiteral("/bin/sh"), QStringLiteral("-c"), script};
}

BackupReport runCmdlet(const QTemporaryDir &dir, const QJsonObject &options) {
    BackupPlan plan;
    plan.location = dir.filePath(QStringLiteral("backups"));
    plan.items = {{QStringLiteral("cmdlet"), QStringLiteral("cms"), QString(), options}};
    return BackupJob(plan).run(nullptr, {});
}

QString pgEnv(const char *name) {
    return qEnvironmentVariable(name);
}

bool havePostgres() {
    return !pgEnv("LBW_TEST_PG_PORT").isEmpty();
}

int psql(const QString &database, const QString &sql, QByteArray *out = nullptr) {
    return test::runProgram(
        QStringLiteral("psql"),
        {QStringLiteral("-h"), pgEnv("LBW_TEST_PG_HOST"), QStringLiteral("-p"), pgEnv("LBW_TEST_PG_PORT"),
         QStringLiteral("-U"), pgEnv("LBW_TEST_PG_USER"), QStringLiteral("-d"), database, QStringLiteral("-v"),
         QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-At"), QStringLiteral("-c"), sql},
        out);
}

QJsonObject pgOptions(const QString &database) {
    return {{QStringLiteral("host"), pgEnv("LBW_TEST_PG_HOST")},
            {QStringLiteral("port"), pgEnv("LBW_TEST_PG_PORT")},
            {QStringLiteral("user"), pgEnv("LBW_TEST_PG_USER")},
            {QStringLiteral("database"), database}};
}

// A restore of one PostgreSQL item, connected where the operator says (the
// test server), never where the set says.
RestoreRequest pgRestore(const QString &set, const QString &item, const QString &target = {}) {
    RestoreRequest request{set, {}, {}};
    if (!target.isEmpty())
        request.targets.insert(item, target);
    request.connections.insert(item, connectionOf(pgOptions(QString()), QStringLiteral("postgresql")));
    return request;
}

}  // namespace

class TestSources : public QObject {
    Q_OBJECT
private slots:
    void cmdletSuccessLandsInTheSet() {
        QTemporaryDir dir;
        const BackupReport report = runCmdlet(
            dir, {{QStringLiteral("command"),
                   shell(QStringLiteral("echo exporting; printf 'zip of %s' \"$LBW_BACKUP\" > \"$LBW_OUTPUT_FILE\""))},
                  {QStringLiteral("import"), QStringLiteral("Import-CsConfiguration -FileName <file>")}});
        QCOMPARE(report.outcome, BackupOutcome::Succeeded);
        QVERIFY(report.verify && report.verify->ok());
        const QString file = report.setPath + QStringLiteral("/exports/cms.zip");
        QVERIFY(test::readFile(file).startsWith("zip of "));
        QCOMPARE(report.manifest.items.first().details.value(QStringLiteral("import")).toString(),
                 QStringLiteral("Import-CsConfiguration -FileName <file>"));
        QVERIFY(test::readFile(report.setPath + QStringLiteral("/backup.log")).contains("cms: exporting"));
    }

    void cmdletFailuresCarryTheCommandsMessage_data() {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("timeout");
        QTest::addColumn<QString>("expected");
        QTest::newRow("non-zero exit") << QStringLiteral("echo 'Export-CsConfiguration : Access denied' >&2; exit 3")
                                       << 60 << QStringLiteral("Access denied");
        QTest::newRow("missing output") << QStringLiteral("echo done") << 60 << QStringLiteral("did not write");
        QTest::newRow("empty output") << QStringLiteral(": > \"$LBW_OUTPUT_FILE\"") << 60 << QStringLiteral("empty");
        QTest::newRow("timeout") << QStringLiteral("sleep 30") << 1
                                 << QStringLiteral("did not finish within 1 seconds");
    }
    void cmdletFailuresCarryTheCommandsMessage() {
        QFETCH(QString, script);
        QFETCH(int, timeout);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QElapsedTimer clock;
        clock.start();
        const BackupReport report =
            runCmdlet(dir, {{QStringLiteral("command"), shell(script)}, {QStringLiteral("timeoutSeconds"), timeout}});
        QVERIFY(clock.elapsed() < 20000);
        QCOMPARE(report.outcome, BackupOutcome::Failed);  // the only item failed: nothing committed
        QCOMPARE(report.manifest.items.first().status, ItemStatus::Failed);
        const QString message = report.manifest.items.first().errors.first().message;
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void cmdletRefusesAnExistingOutput() {
        QTemporaryDir dir;
        // The command itself creates the file first, then the export "runs" again.
        const BackupReport report = runCmdlet(
            dir, {{QStringLiteral("command"),
                   shell(QStringLiteral("echo a > \"$LBW_OUTPUT_FILE\"; set -C; echo b > \"$LBW_OUTPUT_FILE\""))}});
        QCOMPARE(report.outcome, BackupOutcome::Failed);
        CmdletSource source({QStringLiteral("cmdlet"),
                             QStringLiteral("x"),
                             QString(),
                             {{QStringLiteral("command"), shell(QStringLiteral("true"))}}});
        QVERIFY(source.checkReady().ok());
    }

    void missingShellIsReportedBeforeTheRun() {
        CmdletSource source(
            {QStringLiteral("cmdlet"),
             QStringLiteral("cms"),
             QString(),
             {{QStringLiteral("command"),
               QJsonArray{QStringLiteral("powershell.exe"), QStringLiteral("-Command"), QStringLiteral("x")}}}});
        Status ready = source.checkReady();
        QVERIFY(!ready.ok());
        QVERIFY2(ready.errorMessage().contains(QStringLiteral("powershell.exe is not installed")),
                 qPrintable(ready.errorMessage()));
        CmdletSource probed(
            {QStringLiteral("cmdlet"),
             QStringLiteral("cms"),
             QString(),
             {{QStringLiteral("command"), shell(QStringLiteral("true"))},
              {QStringLiteral("probe"), shell(QStringLiteral("echo 'module Lync not found'; exit 1"))}}});
        QVERIFY(probed.checkReady().errorMessage().contains(QStringLiteral("module Lync not found")));
    }

    void tsqlQuotesHostileNames() {
        QCOMPARE(tsql::quoteIdentifier(QStringLiteral("LcsCDR")), QStringLiteral("[LcsCDR]"));
        QCOMPARE(tsql::quoteIdentifier(QStringLiteral("evil]; DROP DATABASE master; --")),
                 QStringLiteral("[evil]]; DROP DATABASE master; --]"));
        QCOMPARE(tsql::quoteString(QStringLiteral("\\\\bk01\\lync\\O'Brien.bak")),
                 QStringLiteral("N'\\\\bk01\\lync\\O''Brien.bak'"));
        QCOMPARE(tsql::backupDatabase(QStringLiteral("a]b"), QStringLiteral("x'y.bak")),
                 QStringLiteral("BACKUP DATABASE [a]]b] TO DISK = N'x''y.bak' WITH COPY_ONLY, CHECKSUM, INIT"));
        QCOMPARE(tsql::verifyBackup(QStringLiteral("c:\\b'.bak")),
                 QStringLiteral("RESTORE VERIFYONLY FROM DISK = N'c:\\b''.bak' WITH CHECKSUM"));
        QCOMPARE(tsql::databaseExists(QStringLiteral("x' OR 1=1 --")),
                 QStringLiteral("SELECT CASE WHEN DB_ID(N'x'' OR 1=1 --') IS NULL THEN 0 ELSE 1 END"));
        QCOMPARE(tsql::quoteIdentifier(QStringLiteral("a\nb")), QStringLiteral("[a\nb]"));
        QCOMPARE(tsql::quoteString(QStringLiteral("a\n'b")), QStringLiteral("N'a\n''b'"));
    }

    void tsqlCleanTargetCheck() {
        // Rows of the heap or clustered index of every user table; a
        // database whose tables are all empty returns no rows.
        QCOMPARE(tsql::userTablesWithRows(QStringLiteral("LcsCDR")),
                 QStringLiteral("SELECT s.name + N'.' + t.name FROM [LcsCDR].sys.tables AS t "
                                "JOIN [LcsCDR].sys.schemas AS s ON s.schema_id = t.schema_id "
                                "JOIN [LcsCDR].sys.partitions AS p ON p.object_id = t.object_id "
                                "WHERE t.is_ms_shipped = 0 AND p.index_id IN (0, 1) "
                                "GROUP BY s.name, t.name HAVING SUM(p.rows) > 0 ORDER BY s.name, t.name"));
        const QString hostile = QStringLiteral("x]; DROP DATABASE master; --\n'");
        QCOMPARE(tsql::userTablesWithRows(hostile),
                 QStringLiteral("SELECT s.name + N'.' + t.name FROM [x]]; DROP DATABASE master; --\n'].sys.tables AS t "
                                "JOIN [x]]; DROP DATABASE master; --\n'].sys.schemas AS s ON s.schema_id = t.schema_id "
                                "JOIN [x]]; DROP DATABASE master; --\n'].sys.partitions AS p ON p.object_id = "
                                "t.object_id WHERE t.is_ms_shipped = 0 AND p.index_id IN (0, 1) "
                                "GROUP BY s.name, t.name HAVING SUM(p.rows) > 0 ORDER BY s.name, t.name"));
        // Placeholders inside a name are not expanded again.
        QVERIFY(tsql::userTablesWithRows(QStringLiteral("%1%2")).contains(QStringLiteral("[%1%2].sys.tables")));
    }

    void tsqlFileListAndDefaultFolders() {
        QCOMPARE(tsql::fileListOnly(QStringLiteral("\\\\bk01\\lync\\O'Brien\n].bak")),
                 QStringLiteral("RESTORE FILELISTONLY FROM DISK = N'\\\\bk01\\lync\\O''Brien\n].bak'"));
        QCOMPARE(tsql::instanceDefaultPaths(),
                 QStringLiteral("SELECT CAST(SERVERPROPERTY(N'InstanceDefaultDataPath') AS nvarchar(4000)), "
                                "CAST(SERVERPROPERTY(N'InstanceDefaultLogPath') AS nvarchar(4000))"));
    }

    void tsqlMovesToTheInstanceFolders() {
        const QList<tsql::BackupFile> files{{QStringLiteral("LcsCDR_data"), QLatin1Char('D')},
                                            {QStringLiteral("LcsCDR_log"), QLatin1Char('L')}};
        const QList<tsql::FileMove> moves = tsql::movesToDefaultFolders(
            QStringLiteral("LcsCDR"), files, QStringLiteral("D:\\SQLData\\"), QStringLiteral("L:\\SQLLogs"));
        QCOMPARE(moves.size(), 2);
        QCOMPARE(moves[0].logicalName, QStringLiteral("LcsCDR_data"));
        QCOMPARE(moves[0].physicalName, QStringLiteral("D:\\SQLData\\LcsCDR_1.mdf"));
        QCOMPARE(moves[1].logicalName, QStringLiteral("LcsCDR_log"));
        QCOMPARE(moves[1].physicalName, QStringLiteral("L:\\SQLLogs\\LcsCDR_2.ldf"));
        // SQL Server on Linux reports '/'-separated folders.
        QCOMPARE(tsql::movesToDefaultFolders(QStringLiteral("mgc"), files, QStringLiteral("/var/opt/mssql/data"),
                                             QStringLiteral("/var/opt/mssql/log/"))[1]
                     .physicalName,
                 QStringLiteral("/var/opt/mssql/log/mgc_2.ldf"));

        // A hostile database name never leads out of the folder, nor
        // breaks the file name; the logical names are only quoted.
        const QList<tsql::BackupFile> hostileFiles{{QStringLiteral("d'1]"), QLatin1Char('D')},
                                                   {QStringLiteral("l\nog"), QLatin1Char('L')},
                                                   {QStringLiteral("fs"), QLatin1Char('S')}};
        const QString hostile = QStringLiteral("..\\..\\Windows/x]'\n:*?");
        const QList<tsql::FileMove> hostileMoves = tsql::movesToDefaultFolders(
            hostile, hostileFiles, QStringLiteral("C:\\Data\\"), QStringLiteral("C:\\Log\\"));
        QCOMPARE(hostileMoves[0].physicalName, QStringLiteral("C:\\Data\\.._.._Windows_x]'_____1.mdf"));
        QCOMPARE(hostileMoves[1].physicalName, QStringLiteral("C:\\Log\\.._.._Windows_x]'_____2.ldf"));
        QCOMPARE(hostileMoves[2].physicalName, QStringLiteral("C:\\Data\\.._.._Windows_x]'_____3"));

        QCOMPARE(tsql::restoreDatabase(hostile, QStringLiteral("\\\\bk01\\set\\O'Brien.bak"), hostileMoves, true),
                 QStringLiteral("RESTORE DATABASE [..\\..\\Windows/x]]'\n:*?] FROM DISK = "
                                "N'\\\\bk01\\set\\O''Brien.bak' WITH "
                                "MOVE N'd''1]' TO N'C:\\Data\\.._.._Windows_x]''_____1.mdf', "
                                "MOVE N'l\nog' TO N'C:\\Log\\.._.._Windows_x]''_____2.ldf', "
                                "MOVE N'fs' TO N'C:\\Data\\.._.._Windows_x]''_____3', REPLACE, CHECKSUM"));
    }

    void tsqlReplaceOnlyOverAnExistingDatabase() {
        const QList<tsql::FileMove> moves{{QStringLiteral("QoEMetrics_data"), QStringLiteral("D:\\QoEMetrics_1.mdf")},
                                          {QStringLiteral("QoEMetrics_log"), QStringLiteral("L:\\QoEMetrics_2.ldf")}};
        QCOMPARE(tsql::restoreDatabase(QStringLiteral("QoEMetrics"), QStringLiteral("f.bak"), moves, true),
                 QStringLiteral("RESTORE DATABASE [QoEMetrics] FROM DISK = N'f.bak' WITH "
                                "MOVE N'QoEMetrics_data' TO N'D:\\QoEMetrics_1.mdf', "
                                "MOVE N'QoEMetrics_log' TO N'L:\\QoEMetrics_2.ldf', REPLACE, CHECKSUM"));
        QCOMPARE(tsql::restoreDatabase(QStringLiteral("QoEMetrics"), QStringLiteral("f.bak"), moves, false),
                 QStringLiteral("RESTORE DATABASE [QoEMetrics] FROM DISK = N'f.bak' WITH "
                                "MOVE N'QoEMetrics_data' TO N'D:\\QoEMetrics_1.mdf', "
                                "MOVE N'QoEMetrics_log' TO N'L:\\QoEMetrics_2.ldf', CHECKSUM"));
        QCOMPARE(tsql::restoreDatabase(QStringLiteral("mgc"), QStringLiteral("f.bak"), {}, true),
                 QStringLiteral("RESTORE DATABASE [mgc] FROM DISK = N'f.bak' WITH REPLACE, CHECKSUM"));
    }

    void tsqlChecksAfterTheRestore() {
        QCOMPARE(tsql::databaseState(QStringLiteral("LcsLog")),
                 QStringLiteral("SELECT COALESCE((SELECT state_desc FROM sys.databases WHERE name = N'LcsLog'), "
                                "N'MISSING')"));
        QCOMPARE(tsql::databaseState(QStringLiteral("a'); DROP DATABASE x; --\n]")),
                 QStringLiteral("SELECT COALESCE((SELECT state_desc FROM sys.databases WHERE name = "
                                "N'a''); DROP DATABASE x; --\n]'), N'MISSING')"));
        QCOMPARE(tsql::databaseUserCount(QStringLiteral("LcsCDR"), QStringLiteral("RTCComponentUniversalServices")),
                 QStringLiteral("SELECT COUNT(*) FROM [LcsCDR].sys.database_principals WHERE name = "
                                "N'RTCComponentUniversalServices' OR name LIKE N'%\\RTCComponentUniversalServices'"));
        // LIKE wildcards in the user name match only themselves.
        QCOMPARE(tsql::databaseUserCount(QStringLiteral("q]\n'"), QStringLiteral("o'k_%[x]")),
                 QStringLiteral("SELECT COUNT(*) FROM [q]]\n'].sys.database_principals WHERE name = N'o''k_%[x]' "
                                "OR name LIKE N'%\\o''k[_][%][[]x]'"));
    }

    void odbcConnectionStrings() {
        const QJsonObject integrated{{QStringLiteral("server"), QStringLiteral("sqlmon01.corp.example")},
                                     {QStringLiteral("instance"), QStringLiteral("lyncmon")}};
        QCOMPARE(tsql::odbcConnectionString(integrated, QStringLiteral("master"), QString()),
                 QStringLiteral("Driver={ODBC Driver 18 for SQL Server};Server=sqlmon01.corp.example\\lyncmon;"
                                "Database=master;Trusted_Connection=yes;Encrypt=yes;TrustServerCertificate=yes;"));
        const QJsonObject sqlAuth{{QStringLiteral("server"), QStringLiteral("pchat01")},
                                  {QStringLiteral("authentication"), QStringLiteral("sql")},
                                  {QStringLiteral("user"), QStringLiteral("backup;op")}};
        QCOMPARE(tsql::odbcConnectionString(sqlAuth, QStringLiteral("mgc"), QStringLiteral("p}w;d")),
                 QStringLiteral("Driver={ODBC Driver 18 for SQL Server};Server=pchat01;Database=mgc;"
                                "UID={backup;op};PWD={p}}w;d};Encrypt=yes;TrustServerCertificate=yes;"));
    }

    void sqlServerNeedsAPathItCanReach() {
        QVERIFY(!SqlServerSource::unreachablePathReason(QStringLiteral("/srv/backups/set"),
                                                        QStringLiteral("sqlmon01.corp.example"))
                     .isEmpty());
        QVERIFY(SqlServerSource::unreachablePathReason(QStringLiteral("\\\\bk01\\lync\\set"),
                                                       QStringLiteral("sqlmon01.corp.example"))
                    .isEmpty());
        QVERIFY(SqlServerSource::unreachablePathReason(QStringLiteral("/srv/backups/set"), QStringLiteral("localhost"))
                    .isEmpty());
    }

    void odbcCodePathThroughPsqlOdbc() {
        if (!havePostgres())
            QSKIP("no PostgreSQL test server (LBW_TEST_PG_PORT unset): run the suite through ./setup.sh test");
        if (!QFileInfo::exists(QStringLiteral("/usr/lib/x86_64-linux-gnu/odbc/psqlodbcw.so")))
            QSKIP("the psqlODBC driver (odbc-postgresql) is not installed");
        // The same QODBC connection path the SQL Server source uses, against
        // the one ODBC server available here.
        SqlConnection connection(QStringLiteral("QODBC"));
        connection.database().setDatabaseName(
            QStringLiteral(
                "Driver=/usr/lib/x86_64-linux-gnu/odbc/psqlodbcw.so;Server=%1;Port=%2;Database=postgres;Uid=%3;")
                .arg(pgEnv("LBW_TEST_PG_HOST"), pgEnv("LBW_TEST_PG_PORT"), pgEnv("LBW_TEST_PG_USER")));
        Status opened = connection.open(QStringLiteral("psqlODBC"));
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        Result<QVariant> value = connection.scalar(QStringLiteral("SELECT 6 * 7"));
        QVERIFY(value.ok());
        QCOMPARE(value->toInt(), 42);
        QVERIFY(!connection.exec(QStringLiteral("SELECT * FROM no_such_table")).ok());
    }

    void postgresBackupDropRestore() {
        if (!havePostgres())
            QSKIP("no PostgreSQL test server (LBW_TEST_PG_PORT unset): run the suite through ./setup.sh test");
        const QString db = QStringLiteral("lbw_mgc_%1").arg(QCoreApplication::applicationPid());
        QCOMPARE(psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(db)), 0);
        QCOMPARE(psql(db, QStringLiteral("CREATE TABLE tblChat(id serial PRIMARY KEY, sender text, body text);"
                                         "INSERT INTO tblChat(sender, body) SELECT 'joão' || g, 'mensagem ' || g "
                                         "FROM generate_series(1, 2500) g;"
                                         "CREATE SCHEMA \"ação\"; CREATE TABLE \"ação\".\"Sala de Reunião\"(n int);"
                                         "INSERT INTO \"ação\".\"Sala de Reunião\" VALUES (1),(2),(3);")),
                 0);
        QByteArray before;
        psql(db, QStringLiteral("SELECT md5(string_agg(id || sender || body, ',' ORDER BY id)) FROM tblChat"), &before);

        QTemporaryDir dir;
        BackupPlan plan;
        plan.location = dir.filePath(QStringLiteral("backups"));
        plan.items = {{QStringLiteral("postgresql"), QStringLiteral("mgc"), QString(), pgOptions(db)}};
        const BackupReport backup = BackupJob(plan).run(nullptr, {});
        QVERIFY2(backup.outcome == BackupOutcome::Succeeded,
                 qPrintable(backup.error + backup.manifest.items.value(0).errors.value(0).message));
        QVERIFY(QFileInfo(backup.setPath + QStringLiteral("/databases/mgc.pgdump")).size() > 0);

        // Restore refused onto a database that has user tables; nothing changes.
        const RestoreReport refused = RestoreJob(pgRestore(backup.setPath, QStringLiteral("mgc"))).run(nullptr, {});
        QCOMPARE(refused.items.first().status, ItemRestoreResult::Status::Refused);
        QVERIFY2(refused.items.first().message.contains(QStringLiteral("tblchat")),
                 qPrintable(refused.items.first().message));

        QCOMPARE(psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE %1").arg(db)), 0);
        const RestoreReport restored = RestoreJob(pgRestore(backup.setPath, QStringLiteral("mgc"))).run(nullptr, {});
        QVERIFY2(restored.allRestored(), qPrintable(restored.items.first().message));
        QByteArray after;
        psql(db, QStringLiteral("SELECT md5(string_agg(id || sender || body, ',' ORDER BY id)) FROM tblChat"), &after);
        QCOMPARE(after, before);
        QByteArray rows;
        psql(db, QStringLiteral("SELECT count(*) FROM \"ação\".\"Sala de Reunião\""), &rows);
        QCOMPARE(rows.trimmed(), QByteArray("3"));
        psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE %1").arg(db));
    }

    void postgresRestoresOverATargetWithEmptyTables() {
        if (pgEnv("LBW_TEST_PG_HOST").isEmpty())
            QSKIP("no PostgreSQL test server (LBW_TEST_PG_HOST unset): run the suite through ./setup.sh test");
        const qint64 pid = QCoreApplication::applicationPid();
        const QString db = QStringLiteral("lbw_cdr_%1").arg(pid);
        const QString empty = QStringLiteral("lbw_cdr_empty_%1").arg(pid);
        const QString filled = QStringLiteral("lbw_cdr_filled_%1").arg(pid);
        const QString blocked = QStringLiteral("lbw_cdr_blocked_%1").arg(pid);
        const QString schema = QStringLiteral(
            "CREATE TABLE tblCall(id serial PRIMARY KEY, caller text NOT NULL, duration int);"
            "CREATE TABLE tblSession(id int PRIMARY KEY, call int REFERENCES tblCall(id));"
            "CREATE SCHEMA \"ação\"; CREATE TABLE \"ação\".\"Sala de Reunião\"(n int);"
            "CREATE VIEW long_calls AS SELECT id FROM tblCall WHERE duration > 60;");
        for (const QString &name : {db, empty, filled, blocked}) {
            psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
            QCOMPARE(psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name)), 0);
            QCOMPARE(psql(name, schema), 0);
        }
        QCOMPARE(psql(db, QStringLiteral("INSERT INTO tblCall(caller, duration) SELECT 'joão' || g, g % 300 "
                                         "FROM generate_series(1, 1500) g;"
                                         "INSERT INTO tblSession SELECT id, id FROM tblCall WHERE id % 3 = 0;"
                                         "INSERT INTO \"ação\".\"Sala de Reunião\" VALUES (1),(2),(3);")),
                 0);
        // The filled target has one row, in one table.
        QCOMPARE(psql(filled, QStringLiteral("INSERT INTO \"ação\".\"Sala de Reunião\" VALUES (42)")), 0);
        auto contents = [&](const QString &database) {
            QByteArray out;
            psql(database,
                 QStringLiteral(
                     "SELECT (SELECT md5(string_agg(id || caller || duration, ',' ORDER BY id)) FROM tblCall),"
                     "(SELECT count(*) FROM tblSession), (SELECT count(*) FROM long_calls),"
                     "(SELECT string_agg(n::text, ',' ORDER BY n) FROM \"ação\".\"Sala de Reunião\"),"
                     "(SELECT last_value FROM tblcall_id_seq)"),
                 &out);
            return out;
        };
        const QByteArray before = contents(db);

        QTemporaryDir dir;
        BackupPlan plan;
        plan.location = dir.filePath(QStringLiteral("backups"));
        plan.items = {{QStringLiteral("postgresql"), QStringLiteral("cdr"), QString(), pgOptions(db)}};
        const BackupReport backup = BackupJob(plan).run(nullptr, {});
        QVERIFY2(backup.outcome == BackupOutcome::Succeeded,
                 qPrintable(backup.error + backup.manifest.items.value(0).errors.value(0).message));

        // Tables without rows: clean, restored over.
        const RestoreReport restored =
            RestoreJob(pgRestore(backup.setPath, QStringLiteral("cdr"), empty)).run(nullptr, {});
        QVERIFY2(restored.allRestored(), qPrintable(restored.items.first().message));
        QCOMPARE(contents(empty), before);
        const QJsonObject counts = backup.manifest.items.first().details.value(QStringLiteral("rowCounts")).toObject();
        QCOMPARE(counts.size(), 3);
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
            QByteArray rows;
            QCOMPARE(psql(empty, QStringLiteral("SELECT count(*) FROM %1").arg(it.key()), &rows), 0);
            QCOMPARE(rows.trimmed().toLongLong(), it.value().toInteger());
        }

        // Clean, but pg_restore cannot replace a table that an object the
        // dump does not know depends on: it fails, and its one transaction
        // leaves the target as it was.
        QCOMPARE(psql(blocked, QStringLiteral("CREATE VIEW local_sessions AS SELECT call FROM tblSession")), 0);
        const RestoreReport failed =
            RestoreJob(pgRestore(backup.setPath, QStringLiteral("cdr"), blocked)).run(nullptr, {});
        QCOMPARE(failed.items.first().status, ItemRestoreResult::Status::Failed);
        QVERIFY2(failed.items.first().message.contains(QStringLiteral("left as it was")),
                 qPrintable(failed.items.first().message));
        QByteArray untouched;
        psql(blocked,
             QStringLiteral("SELECT (SELECT count(*) FROM tblCall) + (SELECT count(*) FROM tblSession),"
                            "(SELECT count(*) FROM local_sessions)"),
             &untouched);
        QCOMPARE(untouched, QByteArray("0|0\n"));

        // One row: refused, naming the table; the row is still there.
        const RestoreReport refused =
            RestoreJob(pgRestore(backup.setPath, QStringLiteral("cdr"), filled)).run(nullptr, {});
        QCOMPARE(refused.items.first().status, ItemRestoreResult::Status::Refused);
        const QString message = refused.items.first().message;
        QVERIFY2(message.contains(QStringLiteral("\"ação\".\"Sala de Reunião\"")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("tblcall")), qPrintable(message));
        QByteArray still;
        psql(filled,
             QStringLiteral("SELECT string_agg(n::text, ',') FROM \"ação\".\"Sala de Reunião\";"
                            "SELECT count(*) FROM tblCall"),
             &still);
        QCOMPARE(still, QByteArray("42\n0\n"));

        for (const QString &name : {db, empty, filled, blocked})
            psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE %1").arg(name));
    }

    void postgresQuoting() {
        QCOMPARE(PostgresSource::quoteIdentifier(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
    }
};

QTEST_GUILESS_MAIN(TestSources)
#include "tst_sources.moc"
