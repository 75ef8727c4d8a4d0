// Recovery with lync-backup as real processes: a set taken on an admin host
// (one host name) restored on the rebuilt server (another), the host names
// set with `unshare --uts` and `hostname` as root; the journal surviving a
// SIGKILL in the middle of a restore step.
#include "sample/SampleTopology.h"

#include "CliSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <unistd.h>

using namespace lbw;

namespace {

const QString kServer = QStringLiteral("se01.corp.example");

using test::describe;
using test::Run;

// The prefix that runs lync-backup on a computer named `hostName` (a UTS
// namespace of its own).
QStringList onHost(const QString &hostName) {
    return {QStringLiteral("unshare"),
            QStringLiteral("--uts"),
            QStringLiteral("sh"),
            QStringLiteral("-c"),
            QStringLiteral("hostname \"$0\" && exec \"$@\""),
            hostName};
}

QProcessEnvironment withStateDir(const QString &stateDir) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LBW_STATE_DIR"), stateDir);
    return env;
}

Run cliOn(const QString &hostName, const QStringList &args, const QString &stateDir) {
    return test::cli(args, onHost(hostName), withStateDir(stateDir));
}

bool canSetHostNames() {
    return geteuid() == 0 && !QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty() &&
           QProcess::execute(QStringLiteral("unshare"),
                             {QStringLiteral("--uts"), QStringLiteral("hostname"), QStringLiteral("probe")}) == 0;
}

}  // namespace

class TestRecoveryCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_set;
    QString m_store;

    QString state() const { return m_dir.path() + QStringLiteral("/state"); }

private slots:
    void initTestCase() {
        if (!canSetHostNames())
            QSKIP("Needs root and unshare --uts to give the backup and the restore different host names.");
        // A file store and a CMS stand-in, named as the topology's catalog names them.
        m_store = m_dir.path() + QStringLiteral("/share");
        for (int i = 0; i < 300; ++i)
            test::writeFile(m_store + QStringLiteral("/1-WebServices-1/CollabContent/%1/deck.pptx").arg(i),
                            test::randomBytes(256 * 1024, quint32(i)));
        const QString topology = m_dir.path() + QStringLiteral("/topology.xml");
        test::writeFile(topology, sampleTopologyXml(kServer));
        // The backup runs on an admin host, not on the server it protects.
        const Run backup =
            cliOn(QStringLiteral("admin01.corp.example"),
                  {QStringLiteral("backup"), QStringLiteral("--location"), m_dir.path() + QStringLiteral("/backups"),
                   QStringLiteral("--filestore"), QStringLiteral("filestore-%1-lyncshare=%2").arg(kServer, m_store),
                   QStringLiteral("--topology"), topology},
                  state());
        QVERIFY2(backup.exitCode == 0, qPrintable(describe(backup)));
        m_set = backup.lastLine();
        QVERIFY(QFile::exists(m_set + QStringLiteral("/deployment/topology.xml")));
        QCOMPARE(test::readFile(m_set + QStringLiteral("/deployment/topology.xml")), test::readFile(topology));
    }

    void theSetNamesItsServersAndTheCatalogReadsIt() {
        const Run noServer = cliOn(kServer, {QStringLiteral("check"), m_set}, state());
        QCOMPARE(noServer.exitCode, 2);
        QVERIFY2(noServer.err.contains(kServer), qPrintable(describe(noServer)));
        const Run stranger =
            cliOn(kServer,
                  {QStringLiteral("recovery"), m_set, QStringLiteral("--server"), QStringLiteral("fe77.corp.example")},
                  state());
        QCOMPARE(stranger.exitCode, 2);
        QVERIFY(stranger.err.contains(kServer));
        const Run catalog = cliOn(kServer, {QStringLiteral("catalog"), m_set}, state());
        QVERIFY2(catalog.exitCode == 0 && catalog.out.contains(QStringLiteral("\\\\%1\\lyncshare").arg(kServer)),
                 qPrintable(describe(catalog)));
    }

    void theSetCarriesItsRunbookUnderItsDigests() {
        const QByteArray html = test::readFile(m_set + QStringLiteral("/RECOVERY.html"));
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.contains("Import-CsConfiguration") || html.contains("cms-import"));
        QVERIFY(html.contains(kServer.toUtf8()));
        QVERIFY(html.contains("Stop-CsWindowsService -ComputerName $_"));
        // verify and sha256sum -c both cover it, like the topology beside it.
        QByteArray out;
        QCOMPARE(test::runProgram(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")},
                                  &out, m_set),
                 0);
        QVERIFY(out.contains("RECOVERY.html: OK"));
        QVERIFY(out.contains("deployment/topology.xml: OK"));
        const Run runbook = cliOn(kServer,
                                  {QStringLiteral("runbook"), m_set, QStringLiteral("--server"), kServer,
                                   QStringLiteral("--output"), m_dir.filePath(QStringLiteral("runbook.html"))},
                                  state());
        QVERIFY2(runbook.exitCode == 0, qPrintable(describe(runbook)));
        QVERIFY(test::readFile(m_dir.filePath(QStringLiteral("runbook.html"))).contains(m_set.toUtf8()));
    }

    void checkComparesWithTheChosenMachine() {
        // The rebuilt server has the topology machine's name: it passes,
        // although the backup ran on admin01.
        const Run good = cliOn(kServer, {QStringLiteral("check"), m_set, QStringLiteral("--server"), kServer}, state());
        QVERIFY2(good.exitCode == 0, qPrintable(describe(good)));
        const Run wrong = cliOn(QStringLiteral("fe99.corp.example"),
                                {QStringLiteral("check"), m_set, QStringLiteral("--server"), kServer}, state());
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.out.contains(QStringLiteral("fe99.corp.example")));
        const Run json = cliOn(
            kServer, {QStringLiteral("check"), m_set, QStringLiteral("--server"), kServer, QStringLiteral("--json")},
            state());
        QVERIFY(json.out.contains(QStringLiteral("\"status\": \"pass\"")));
    }

    void journalSurvivesAKillAndTheStepResumes() {
        const QString step = QStringLiteral("filestore:filestore-%1-lyncshare").arg(kServer);
        const QString target = m_dir.path() + QStringLiteral("/restored");
        const QStringList run{
            QStringLiteral("recovery"), m_set,
            QStringLiteral("--server"), kServer,
            QStringLiteral("--run"),    step,
            QStringLiteral("--target"), QStringLiteral("filestore-%1-lyncshare=%2").arg(kServer, target)};
        // Kill the restore as soon as the journal says the step is running.
        QProcess process;
        process.setProcessEnvironment(withStateDir(state()));
        test::startCli(process, run, onHost(kServer));
        QVERIFY(process.waitForStarted());
        bool sawRunning = false;
        for (int i = 0; i < 2000 && !sawRunning; ++i) {
            for (const QString &file :
                 QDir(state() + QStringLiteral("/recovery")).entryList({QStringLiteral("*.json")}, QDir::Files))
                sawRunning |= test::readFile(state() + QStringLiteral("/recovery/") + file).contains("\"running\"");
            if (!sawRunning)
                QThread::msleep(2);
        }
        QVERIFY(sawRunning);
        ::kill(pid_t(process.processId()), SIGKILL);  // unshare execs sh, which execs lync-backup
        process.waitForFinished();
        QVERIFY(!QFile::exists(target + QStringLiteral("/1-WebServices-1/CollabContent/299/deck.pptx")) ||
                process.exitStatus() == QProcess::CrashExit);

        const Run status =
            cliOn(kServer,
                  {QStringLiteral("recovery"), m_set, QStringLiteral("--server"), kServer, QStringLiteral("--status")},
                  state());
        QVERIFY2(status.exitCode == 0 && status.out.contains(QStringLiteral("[interrupted]")),
                 qPrintable(describe(status)));

        const Run again = cliOn(kServer, run, state());
        QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
        QCOMPARE(test::filesBelow(target), test::filesBelow(m_store));
        const Run after = cliOn(
            kServer, {QStringLiteral("recovery"), m_set, QStringLiteral("--server"), kServer, QStringLiteral("--json")},
            state());
        QVERIFY(after.out.contains(QStringLiteral("\"state\": \"done\"")));

        // A manual step is marked, with its note, and stays marked.
        const Run mark =
            cliOn(kServer,
                  {QStringLiteral("recovery"), m_set, QStringLiteral("--server"), kServer, QStringLiteral("--mark"),
                   QStringLiteral("dw-3=done"), QStringLiteral("--note"), QStringLiteral("certificados atribuídos")},
                  state());
        QVERIFY2(mark.exitCode == 0, qPrintable(describe(mark)));
        const Run shell = cliOn(kServer,
                                {QStringLiteral("recovery"), m_set, QStringLiteral("--server"), kServer,
                                 QStringLiteral("--run"), QStringLiteral("dw-4")},
                                state());
        QCOMPARE(shell.exitCode, 2);  // no PowerShell here: the operator runs it and marks it
        const Run final =
            cliOn(kServer,
                  {QStringLiteral("recovery"), m_set, QStringLiteral("--server"), kServer, QStringLiteral("--status")},
                  state());
        QVERIFY(final.out.contains(QStringLiteral("certificados atribuídos")));
    }
};

QTEST_GUILESS_MAIN(TestRecoveryCli)
#include "tst_recovery_cli.moc"
