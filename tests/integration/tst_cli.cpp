// lync-backup run as a real process: the sample deployment end to end, exit
// codes, a run killed with SIGKILL, and an unreadable file (as user nobody).
#include "location/BackupLocation.h"
#include "model/BackupPlan.h"

#include "CliSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace lbw;

namespace {

using test::cli;
using test::describe;
using test::Run;

}  // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void helpVersionAndUsageErrors() {
        Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("Exit codes")));
        QVERIFY(help.out.contains(QStringLiteral("completed with errors")));
        QVERIFY(cli({QStringLiteral("--version")}).out.contains(QStringLiteral(LBW_VERSION)));
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("backup")}).exitCode, 2);  // no location, no items
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--location"), QStringLiteral("/tmp/x"),
                      QStringLiteral("--filestore"), QStringLiteral("no-equals-sign")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--help")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("verify")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("restore"), QStringLiteral("/nowhere"), QStringLiteral("--target"),
                      QStringLiteral("x")})
                     .exitCode,
                 2);
    }

    void wizardAnswersHelpWithoutADisplay() {
        QProcess wizard;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        wizard.setProcessEnvironment(environment);
        for (const QString &option : {QStringLiteral("--version"), QStringLiteral("--help")}) {
            wizard.start(QStringLiteral(LBW_WIZARD_PATH), {option});
            QVERIFY(wizard.waitForFinished(20000));
            QCOMPARE(wizard.exitCode(), 0);
            const QByteArray out = wizard.readAllStandardOutput();
            QVERIFY2(out.contains("lync-backup-wizard") || out.contains("--plan"), out.constData());
        }
    }

    void sampleDeploymentEndToEnd() {
        QTemporaryDir dir;
        const QString sample = dir.filePath(QStringLiteral("sample"));
        Run demo = cli({QStringLiteral("demo"), sample});
        QVERIFY2(demo.exitCode == 0, qPrintable(describe(demo)));
        const QString plan = demo.lastLine();
        QVERIFY(QFileInfo::exists(plan));

        Run backup = cli({QStringLiteral("backup"), QStringLiteral("--plan"), plan});
        QVERIFY2(backup.exitCode == 0, qPrintable(describe(backup)));
        const QString set = backup.lastLine();
        QVERIFY2(QFileInfo(set + QStringLiteral("/manifest.json")).isFile(), qPrintable(describe(backup)));
        QVERIFY(backup.out.contains(QStringLiteral("Verify: OK")));
        QVERIFY(backup.out.contains(QStringLiteral("Meeting.Active")));  // skipped, and said so
        QCOMPARE(BackupLocation(sample + QStringLiteral("/backups")).latestSetPath(), set);
        for (const char *db : {"xds", "lis", "rtcxds", "rgsconfig", "LcsCDR", "QoEMetrics"})
            QVERIFY(QFileInfo(set + QStringLiteral("/databases/%1.sqlite").arg(QLatin1String(db))).isFile());

        QCOMPARE(cli({QStringLiteral("verify"), set}).exitCode, 0);
        QCOMPARE(test::runProgram(QStringLiteral("sha256sum"),
                                  {QStringLiteral("-c"), QStringLiteral("--quiet"), QStringLiteral("SHA256SUMS")},
                                  nullptr, set),
                 0);
        Run list = cli({QStringLiteral("list"), sample + QStringLiteral("/backups")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(QFileInfo(set).fileName()));

        // A damaged set: verify says where, and exits 4.
        const QStringList files = test::filesBelow(set + QStringLiteral("/filestores"));
        QVERIFY(files.size() > 100);
        const QString victim = set + QStringLiteral("/filestores/") + files.at(files.size() / 2);
        QFile file(victim);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray first = file.read(1);
        file.seek(0);
        file.write(QByteArray(1, char(first.at(0) ^ 0x20)));
        file.close();
        Run verify = cli({QStringLiteral("verify"), set});
        QCOMPARE(verify.exitCode, 4);
        QVERIFY2(verify.out.contains(files.at(files.size() / 2)), qPrintable(describe(verify)));
        // Each result is kept in the location: list and status say the set is damaged.
        list = cli({QStringLiteral("list"), sample + QStringLiteral("/backups")});
        QVERIFY2(list.out.contains(QStringLiteral("DAMAGED at verification")), qPrintable(describe(list)));
        Run status = cli({QStringLiteral("status"), sample + QStringLiteral("/backups")});
        QCOMPARE(status.exitCode, 2);  // the only good set is damaged: critical
        QVERIFY2(status.out.contains(QStringLiteral("failed its last verification")), qPrintable(describe(status)));
        // Put right, verified again: intact, and the latest result is what counts.
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write(first);
        file.close();
        QCOMPARE(cli({QStringLiteral("verify"), set}).exitCode, 0);
        list = cli({QStringLiteral("list"), sample + QStringLiteral("/backups")});
        QVERIFY2(list.out.contains(QStringLiteral("verified intact")), qPrintable(describe(list)));
    }

    // What a monitoring system and a scheduler see: status exit codes 0, 1,
    // 2 and 3; a drill that passes and is recorded; schedule --print.
    void statusDrillAndScheduleFromTheCommandLine() {
        QTemporaryDir dir;
        const QString sample = dir.filePath(QStringLiteral("sample"));
        const QString location = sample + QStringLiteral("/backups");
        Run demo = cli({QStringLiteral("demo"), sample});
        QVERIFY2(demo.exitCode == 0, qPrintable(describe(demo)));
        const QString plan = demo.lastLine();
        QCOMPARE(cli({QStringLiteral("status"), location}).exitCode, 3);  // not there yet: unknown
        QVERIFY(QDir().mkpath(location));
        QCOMPARE(cli({QStringLiteral("status"), location}).exitCode, 2);  // no set: critical
        QCOMPARE(cli({QStringLiteral("status"), location, QStringLiteral("--notify")}).exitCode, 3);  // needs --plan
        Run backup = cli({QStringLiteral("backup"), QStringLiteral("--plan"), plan});
        QVERIFY2(backup.exitCode == 0, qPrintable(describe(backup)));

        Run fresh = cli({QStringLiteral("status"), location});
        QVERIFY2(fresh.exitCode == 0, qPrintable(describe(fresh)));
        QCOMPARE(cli({QStringLiteral("status"), location, QStringLiteral("--warn-after"), QStringLiteral("0.00001")})
                     .exitCode,
                 1);
        Run json = cli({QStringLiteral("status"), QStringLiteral("--plan"), plan, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));

        Run drill = cli(
            {QStringLiteral("drill"), location, QStringLiteral("--scratch"), dir.filePath(QStringLiteral("scratch"))});
        QVERIFY2(drill.exitCode == 0, qPrintable(describe(drill)));
        QVERIFY(drill.out.contains(QStringLiteral("Drill: passed.")));
        QVERIFY(cli({QStringLiteral("status"), location}).out.contains(QStringLiteral("Last drill:       passed")));

        Run print = cli({QStringLiteral("schedule"), QStringLiteral("install"), QStringLiteral("--plan"), plan,
                         QStringLiteral("--daily"), QStringLiteral("02:30"), QStringLiteral("--print")});
        QVERIFY2(print.exitCode == 0, qPrintable(describe(print)));
        QVERIFY(print.out.contains(QStringLiteral("OnCalendar=*-*-* 02:30:00")));
        QCOMPARE(cli({QStringLiteral("schedule"), QStringLiteral("install"), QStringLiteral("--plan"), plan,
                      QStringLiteral("--daily"), QStringLiteral("25:00"), QStringLiteral("--print")})
                     .exitCode,
                 2);

        // A run that died: critical, and the reason from its log.
        test::writeFile(location + QStringLiteral("/2099-01-01T020000Z.partial/backup.log"),
                        "[2099-01-01 02:00:09.000] [backup] [error] No space left on device\n");
        Run failed = cli({QStringLiteral("status"), location});
        QCOMPARE(failed.exitCode, 2);
        QVERIFY2(failed.out.contains(QStringLiteral("No space left on device")), qPrintable(describe(failed)));
    }

    // A scheduled run of a plan with a notification mails its report in the
    // operator's language through a real SMTP server; the mail never
    // changes the exit code, even when the server is gone.
    void aPlanRunMailsItsReportInPortuguese() {
        if (test::runProgram(QStringLiteral("/usr/bin/python3"),
                             {QStringLiteral("-c"), QStringLiteral("import aiosmtpd")}) != 0)
            QFAIL("python3-aiosmtpd is missing: ./setup.sh test installs it");
        QTemporaryDir dir;
        const QString maildir = dir.filePath(QStringLiteral("mail"));
        QVERIFY(QDir().mkpath(maildir));
        QProcess server;
        server.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(LBW_TEST_TOOLS "/smtp_server.py"), maildir});
        int port = 0;
        while (port == 0 && server.waitForReadyRead(20000)) {
            const QByteArray line = server.readLine();
            if (line.startsWith("ready "))
                port = line.mid(6).trimmed().toInt();
        }
        QVERIFY(port > 0);

        const QString sample = dir.filePath(QStringLiteral("sample"));
        Run demo = cli({QStringLiteral("demo"), sample});
        QVERIFY2(demo.exitCode == 0, qPrintable(describe(demo)));
        const QString plan = demo.lastLine();
        QJsonObject json = QJsonDocument::fromJson(test::readFile(plan)).object();
        json.insert(QStringLiteral("notify"),
                    QJsonObject{{QStringLiteral("smtpHost"), QStringLiteral("127.0.0.1")},
                                {QStringLiteral("smtpPort"), port},
                                {QStringLiteral("security"), QStringLiteral("none")},
                                {QStringLiteral("from"), QStringLiteral("lbw@example.com")},
                                {QStringLiteral("to"), QJsonArray{QStringLiteral("ops@example.com")}}});
        QFile::remove(plan);
        test::writeFile(plan, QJsonDocument(json).toJson());
        QProcessEnvironment portuguese = QProcessEnvironment::systemEnvironment();
        portuguese.insert(QStringLiteral("LBW_LANGUAGE"), QStringLiteral("pt_BR"));
        Run backup = cli({QStringLiteral("backup"), QStringLiteral("--plan"), plan}, {}, portuguese);
        QVERIFY2(backup.exitCode == 0, qPrintable(describe(backup)));
        const QStringList mails = QDir(maildir).entryList({QStringLiteral("*.eml")}, QDir::Files);
        QCOMPARE(mails.size(), 1);
        const QString raw = QString::fromUtf8(test::readFile(maildir + QLatin1Char('/') + mails.first()));
        const QRegularExpression subjectWord(QStringLiteral("Subject: =\\?UTF-8\\?B\\?([A-Za-z0-9+/=]+)\\?="));
        const QString subject =
            QString::fromUtf8(QByteArray::fromBase64(subjectWord.match(raw).captured(1).toLatin1()));
        QVERIFY2(subject.startsWith(QStringLiteral("[Lync Backup] bem-sucedido: backup")), qPrintable(subject));
        const QString body =
            QString::fromUtf8(QByteArray::fromBase64(raw.mid(raw.indexOf(QLatin1String("\r\n\r\n")) + 4).toLatin1()));
        QVERIFY2(body.contains(QStringLiteral("Conjunto: ") + backup.lastLine()), qPrintable(body));

        // The server gone: the backup still succeeds, and says the mail did not go.
        server.kill();
        server.waitForFinished(5000);
        Run unmailed = cli({QStringLiteral("backup"), QStringLiteral("--plan"), plan});
        QCOMPARE(unmailed.exitCode, 0);
        QVERIFY2(unmailed.err.contains(QStringLiteral("The report could not be mailed")),
                 qPrintable(describe(unmailed)));
    }

    void killedRunIsNeverTakenForASet() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        for (int i = 0; i < 20; ++i)
            test::writeFile(store + QStringLiteral("/conteúdo/f%1.bin").arg(i), test::randomBytes(50000, quint32(i)));
        const QString db = dir.filePath(QStringLiteral("xds.sqlite"));
        QCOMPARE(test::runProgram(QStringLiteral("sqlite3"),
                                  {db, QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES(1);")}),
                 0);
        const QString location = dir.filePath(QStringLiteral("backups"));
        const QStringList args{QStringLiteral("backup"),      QStringLiteral("--location"),  location,
                               QStringLiteral("--filestore"), QStringLiteral("fs=") + store, QStringLiteral("--sqlite"),
                               QStringLiteral("xds=") + db};
        Run good = cli(args);
        QVERIFY2(good.exitCode == 0, qPrintable(describe(good)));
        const QString goodSet = good.lastLine();

        // Hold the database locked so the next run waits inside its second
        // item, after the file store is already written: then kill it.
        QProcess locker;
        locker.start(QStringLiteral("sqlite3"), {db});
        QVERIFY(locker.waitForStarted());
        locker.write("BEGIN EXCLUSIVE; INSERT INTO t VALUES(2);\n");
        QTest::qWait(300);
        QProcess victim;
        test::startCli(victim, args);
        QVERIFY(victim.waitForStarted());
        QString partial;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(partial =
                  [&] {
                      const QStringList runs = QDir(location).entryList({QStringLiteral("*.partial")}, QDir::Dirs);
                      return runs.isEmpty() ? QString() : location + QLatin1Char('/') + runs.first();
                  }())
                    .isEmpty() &&
                test::readFile(partial + QStringLiteral("/backup.log")).contains("xds: sqlite"),
            20000);
        ::kill(pid_t(victim.processId()), SIGKILL);
        victim.waitForFinished();
        locker.write("ROLLBACK;\n.quit\n");
        locker.closeWriteChannel();
        locker.waitForFinished();

        const BackupLocation backups(location);
        QCOMPARE(backups.completeSets().size(), 1);
        QCOMPARE(backups.incompleteRuns().size(), 1);
        QCOMPARE(backups.latestSetPath(), goodSet);
        Run list = cli({QStringLiteral("list"), location});
        QVERIFY(list.out.contains(QStringLiteral("Incomplete runs")));
        QVERIFY(list.out.contains(QStringLiteral("never used for a restore")));
        QVERIFY(list.out.contains(QFileInfo(partial).fileName()));
        QCOMPARE(cli({QStringLiteral("verify"), partial}).exitCode, 1);  // no manifest: not a set

        // The next run finds the dead run's lock, says so, and goes on.
        Run next = cli(args);
        QVERIFY2(next.exitCode == 0, qPrintable(describe(next)));
        QVERIFY2(next.err.contains(QStringLiteral("no longer running")), qPrintable(describe(next)));
        QCOMPARE(backups.completeSets().size(), 2);
        QCOMPARE(backups.latestSetPath(), next.lastLine());
    }

    // lync-backup copy: a killed copy never leaves a set that is not whole,
    // the next copy replaces what it left, and a copy made twice is made once.
    void copyToASecondLocationSurvivesAKill() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        for (int i = 0; i < 600; ++i)
            test::writeFile(store + QStringLiteral("/d%1/f%2.bin").arg(i % 20).arg(i),
                            test::randomBytes(100000, quint32(i)));
        const QString location = dir.filePath(QStringLiteral("backups"));
        const QString second = dir.filePath(QStringLiteral("second"));
        Run backup = cli({QStringLiteral("backup"), QStringLiteral("--location"), location,
                          QStringLiteral("--filestore"), QStringLiteral("fs=") + store, QStringLiteral("--no-verify")});
        QVERIFY2(backup.exitCode == 0, qPrintable(describe(backup)));
        const QString set = backup.lastLine();
        QCOMPARE(cli({QStringLiteral("copy"), location}).exitCode, 2);  // no --to

        QProcess victim;
        test::startCli(victim, {QStringLiteral("copy"), location, QStringLiteral("--to"), second});
        QVERIFY(victim.waitForStarted());
        const QString partial = second + QLatin1Char('/') + QFileInfo(set).fileName() + QStringLiteral(".partial");
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(partial) || victim.state() == QProcess::NotRunning, 20000);
        ::kill(pid_t(victim.processId()), SIGKILL);
        victim.waitForFinished();
        // Killed at any moment: no set, or a whole one.
        for (const SetSummary &copied : BackupLocation(second).completeSets()) {
            Run verify = cli({QStringLiteral("verify"), copied.path});
            QVERIFY2(verify.exitCode == 0, qPrintable(describe(verify)));
        }

        Run copy = cli({QStringLiteral("copy"), location, QStringLiteral("--to"), second});
        QVERIFY2(copy.exitCode == 0, qPrintable(describe(copy)));
        QVERIFY(!QFileInfo::exists(partial));
        QCOMPARE(BackupLocation(second).latestSetPath(), second + QLatin1Char('/') + QFileInfo(set).fileName());
        Run again = cli({QStringLiteral("copy"), set, QStringLiteral("--to"), second});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("already holds this set")), qPrintable(describe(again)));
    }

    // Every run that writes or proves something leaves its log and how it
    // ended in the product's log; a log that cannot be written never stops
    // a backup.
    void theProductLogRecordsEveryRun() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        test::writeFile(store + QStringLiteral("/a.txt"), "a");
        const QString location = dir.filePath(QStringLiteral("backups"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LBW_LOG_DIR"), dir.filePath(QStringLiteral("logs")));
        const QStringList backupArgs{QStringLiteral("backup"), QStringLiteral("--location"), location,
                                     QStringLiteral("--filestore"), QStringLiteral("fs=") + store};
        Run backup = cli(backupArgs, {}, environment);
        QVERIFY2(backup.exitCode == 0, qPrintable(describe(backup)));
        Run verify = cli({QStringLiteral("verify"), dir.filePath(QStringLiteral("nothing"))}, {}, environment);
        QCOMPARE(verify.exitCode, 1);
        QCOMPARE(cli({QStringLiteral("list"), location}, {}, environment).exitCode, 0);  // reads only: not logged

        const QString log = QString::fromUtf8(test::readFile(dir.filePath(QStringLiteral("logs/lync-backup.log"))));
        QVERIFY2(log.contains(QStringLiteral("[backup] [info] Committed ") + backup.lastLine()), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("[run] [info] lync-backup backup --location ") + location),
                 qPrintable(log));
        QVERIFY(log.contains(QStringLiteral(": exit 0 (success)")));
        QVERIFY(log.contains(QStringLiteral("[run] [error] lync-backup verify ")));
        QVERIFY(log.contains(QStringLiteral(": exit 1 (failure)")));
        QVERIFY(!log.contains(QStringLiteral("lync-backup list")));
        QVERIFY(cli({QStringLiteral("--help")}, {}, environment)
                    .out.contains(dir.filePath(QStringLiteral("logs/lync-backup.log"))));

        // The log's folder cannot be made (a file is in the way): the run goes on and says so.
        test::writeFile(dir.filePath(QStringLiteral("blocked")), "a file, not a folder");
        environment.insert(QStringLiteral("LBW_LOG_DIR"), dir.filePath(QStringLiteral("blocked/logs")));
        QTest::qWait(1100);
        Run unlogged = cli(backupArgs, {}, environment);
        QVERIFY2(unlogged.exitCode == 0, qPrintable(describe(unlogged)));
        QVERIFY2(unlogged.err.contains(QStringLiteral("cannot be written")), qPrintable(describe(unlogged)));
    }

    // The likeliest reason backups stop, a share that is not mounted, is
    // told to the plan's people like any other problem (exit 3: unknown).
    void statusNotifiesALocationThatCannotBeReached() {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("told"));
        const QString script = dir.filePath(QStringLiteral("page.sh"));
        test::writeFile(
            script,
            QStringLiteral("#!/bin/sh\nprintf '%s|%s' \"$LBW_RESULT\" \"$LBW_ERROR\" > '%1'\n").arg(out).toUtf8());
        QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        BackupPlan plan;
        plan.name = QStringLiteral("offsite");
        plan.location = dir.filePath(QStringLiteral("not-mounted/lync"));
        plan.items.append({QStringLiteral("filestore"), QStringLiteral("fs"), dir.path()});
        plan.notify.onFailure = script;
        const QString planFile = dir.filePath(QStringLiteral("plan.json"));
        QVERIFY(plan.save(planFile).ok());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LBW_LOG_DIR"), dir.filePath(QStringLiteral("logs")));
        Run status = cli({QStringLiteral("status"), QStringLiteral("--plan"), planFile, QStringLiteral("--notify")}, {},
                         environment);
        QCOMPARE(status.exitCode, 3);
        const QString told = QString::fromUtf8(test::readFile(out));
        QVERIFY2(told.startsWith(QStringLiteral("critical|")) && told.contains(QStringLiteral("not-mounted")),
                 qPrintable(told + describe(status)));
        QFile::remove(out);
        QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("--plan"), planFile, QStringLiteral("--notify")}, {},
                     environment)
                     .exitCode,
                 3);
        QVERIFY(!QFile::exists(out));  // said once
    }

    void unreadableFileIsReportedByName() {
        if (::geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("needs root and setpriv to run the backup as the unprivileged user nobody");
        const QStringList asNobody{QStringLiteral("setpriv"), QStringLiteral("--reuid=nobody"),
                                   QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups"),
                                   QStringLiteral("--")};
        if (Run probe = cli({QStringLiteral("--version")}, asNobody); probe.exitCode != 0)
            QSKIP(qPrintable(QStringLiteral("the user nobody cannot run %1 here (a folder above it is not "
                                            "readable by others?): %2")
                                 .arg(test::cliPath(), describe(probe))));
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFile::Permissions(0x7755));
        const QString store = dir.filePath(QStringLiteral("store"));
        test::writeFile(store + QStringLiteral("/reunião/ok.txt"), "readable");
        test::writeFile(store + QStringLiteral("/reunião/secreto.docx"), "not for nobody");
        QVERIFY(QFile::setPermissions(store + QStringLiteral("/reunião/secreto.docx"), QFile::Permissions()));
        const QString location = dir.filePath(QStringLiteral("backups"));
        QDir().mkpath(location);
        QVERIFY(::chown(QFile::encodeName(location).constData(), 65534, 65534) == 0);

        Run run = cli({QStringLiteral("backup"), QStringLiteral("--location"), location, QStringLiteral("--filestore"),
                       QStringLiteral("fs=") + store},
                      asNobody);
        QVERIFY2(run.exitCode == 3, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("reunião/secreto.docx")), qPrintable(describe(run)));
        const QString set = run.lastLine();
        QVERIFY(QFileInfo(set + QStringLiteral("/filestores/fs/reunião/ok.txt")).isFile());
        QVERIFY(!QFileInfo::exists(set + QStringLiteral("/filestores/fs/reunião/secreto.docx")));
        QCOMPARE(cli({QStringLiteral("verify"), set}).exitCode, 0);
    }

    void checkAndRestoreFromTheCommandLine() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("share"));
        test::writeFile(store + QStringLiteral("/reunião/ata.docx"), "ata");
        Run backup = cli({QStringLiteral("backup"), QStringLiteral("--location"), dir.filePath(QStringLiteral("b")),
                          QStringLiteral("--filestore"), QStringLiteral("share=") + store});
        QCOMPARE(backup.exitCode, 0);
        const QString set = backup.lastLine();
        Run check = cli({QStringLiteral("check"), set});
        QVERIFY2(check.exitCode == 0, qPrintable(describe(check)));

        // Onto a clean target: restored and verified; onto it again: refused.
        const QStringList restoreArgs{QStringLiteral("restore"), set, QStringLiteral("--target"),
                                      QStringLiteral("share=") + dir.filePath(QStringLiteral("r"))};
        Run restore = cli(restoreArgs);
        QVERIFY2(restore.exitCode == 0, qPrintable(describe(restore)));
        QVERIFY(restore.out.contains(QStringLiteral("verified")));
        QCOMPARE(test::readFile(dir.filePath(QStringLiteral("r/reunião/ata.docx"))), QByteArray("ata"));
        Run again = cli(restoreArgs);
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.out.contains(QStringLiteral("not empty")));

        // A backup from another computer: check fails with the documented advice.
        const QString manifestPath = set + QStringLiteral("/manifest.json");
        QByteArray manifest = test::readFile(manifestPath);
        const QJsonObject host = QJsonDocument::fromJson(manifest).object()[QStringLiteral("host")].toObject();
        const QByteArray recorded = QByteArray("\"fqdn\": \"") + host[QStringLiteral("fqdn")].toString().toUtf8() + '"';
        QVERIFY(manifest.contains(recorded));
        manifest.replace(recorded, "\"fqdn\": \"fe02.corp.example\"");
        QFile::setPermissions(manifestPath, QFile::ReadOwner | QFile::WriteOwner);
        test::writeFile(manifestPath, manifest);
        Run mismatch = cli({QStringLiteral("check"), set});
        QCOMPARE(mismatch.exitCode, 1);
        QVERIFY2(
            mismatch.out.contains(QStringLiteral("the backup was taken on fe02.corp.example. Install the operating "
                                                 "system with the same FQDN before restoring.")),
            qPrintable(describe(mismatch)));
        Run refused = cli({QStringLiteral("restore"), set, QStringLiteral("--target"),
                           QStringLiteral("share=") + dir.filePath(QStringLiteral("r2"))});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("r2"))));
    }

    void killedRestoreLeavesNoCompleteLookingTarget() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("share"));
        for (int i = 0; i < 400; ++i)
            test::writeFile(store + QStringLiteral("/d%1/f%2.bin").arg(i % 20).arg(i),
                            test::randomBytes(256 * 1024, quint32(i)));
        Run backup =
            cli({QStringLiteral("backup"), QStringLiteral("--no-verify"), QStringLiteral("--location"),
                 dir.filePath(QStringLiteral("b")), QStringLiteral("--filestore"), QStringLiteral("share=") + store});
        QCOMPARE(backup.exitCode, 0);
        const QString target = dir.filePath(QStringLiteral("r/share"));
        QDir().mkpath(dir.filePath(QStringLiteral("r")));
        const QStringList args{QStringLiteral("restore"), backup.lastLine(), QStringLiteral("--target"),
                               QStringLiteral("share=") + target};
        QProcess victim;
        test::startCli(victim, args);
        QVERIFY(victim.waitForStarted());
        // Kill it as soon as the staged copy holds some data.
        bool staged = false;
        for (int spin = 0; spin < 20000 && !staged && victim.state() == QProcess::Running; ++spin) {
            const QStringList hidden =
                QDir(dir.filePath(QStringLiteral("r"))).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
            staged =
                !hidden.isEmpty() && test::filesBelow(dir.filePath(QStringLiteral("r/")) + hidden.first()).size() > 10;
            if (!staged)
                QThread::usleep(500);
        }
        QVERIFY2(staged, "the restore finished before it could be killed");
        ::kill(pid_t(victim.processId()), SIGKILL);
        victim.waitForFinished();
        QVERIFY(!QFileInfo::exists(target));  // nothing at the target looks restored

        // The next run clears the leftover and restores everything.
        Run rerun = cli(args);
        QVERIFY2(rerun.exitCode == 0, qPrintable(describe(rerun)));
        QCOMPARE(test::filesBelow(target), test::filesBelow(store));
        QCOMPARE(
            QDir(dir.filePath(QStringLiteral("r"))).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList{QStringLiteral("share")});
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
