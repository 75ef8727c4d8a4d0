// The sources that talk to other programs: cmdlet exports with real child
// processes, T-SQL and ODBC text with hostile names, PostgreSQL against a
// real server (started by ./setup.sh test), and the ODBC code path through
// the psqlODBC driver.
#include "jobs/BackupJob.h"
#include "jobs/RestoreJob.h"
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
        QCOMPARE(tsql::restoreDatabase(QStringLiteral("mgc"), QStringLiteral("f.bak")),
                 QStringLiteral("RESTORE DATABASE [mgc] FROM DISK = N'f.bak' WITH REPLACE, CHECKSUM"));
        QCOMPARE(tsql::databaseExists(QStringLiteral("x' OR 1=1 --")),
                 QStringLiteral("SELECT CASE WHEN DB_ID(N'x'' OR 1=1 --') IS NULL THEN 0 ELSE 1 END"));
        QCOMPARE(tsql::userTableCount(QStringLiteral("q]")),
                 QStringLiteral("SELECT COUNT(*) FROM [q]]].sys.tables WHERE is_ms_shipped = 0"));
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
        const RestoreReport refused = RestoreJob({backup.setPath, {}, {}}).run(nullptr, {});
        QCOMPARE(refused.items.first().status, ItemRestoreResult::Status::Refused);
        QVERIFY2(refused.items.first().message.contains(QStringLiteral("tblchat")),
                 qPrintable(refused.items.first().message));

        QCOMPARE(psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE %1").arg(db)), 0);
        const RestoreReport restored = RestoreJob({backup.setPath, {}, {}}).run(nullptr, {});
        QVERIFY2(restored.allRestored(), qPrintable(restored.items.first().message));
        QByteArray after;
        psql(db, QStringLiteral("SELECT md5(string_agg(id || sender || body, ',' ORDER BY id)) FROM tblChat"), &after);
        QCOMPARE(after, before);
        QByteArray rows;
        psql(db, QStringLiteral("SELECT count(*) FROM \"ação\".\"Sala de Reunião\""), &rows);
        QCOMPARE(rows.trimmed(), QByteArray("3"));
        psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE %1").arg(db));
    }

    void postgresQuoting() {
        QCOMPARE(PostgresSource::quoteIdentifier(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
    }
};

QTEST_GUILESS_MAIN(TestSources)
#include "tst_sources.moc"
