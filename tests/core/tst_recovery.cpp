// The recovery engine on the test topologies: what each machine was, the
// ordered steps Microsoft's topics give for it, commands that quote every
// topology value, the checks against the failed server (not the computer
// that ran the backup), and the journal on disk.
#include "backupset/Manifest.h"
#include "recovery/CertificateCheck.h"
#include "recovery/Prerequisites.h"
#include "recovery/StepRunner.h"
#include "recovery/RecoveryJournal.h"
#include "recovery/RecoveryPlan.h"
#include "recovery/ServerProfile.h"
#include "topology/Catalog.h"
#include "topology/TopologyReader.h"
#include "util/PowerShell.h"

#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lbw;

namespace {

Topology load(const QString &name) {
    Result<Topology> topology = readTopologyFile(QStringLiteral(LBW_TEST_DATA "/") + name);
    if (!topology)
        qFatal("%s", qPrintable(topology.errorMessage()));
    return *topology;
}

QStringList stepIds(const RecoveryPlan &plan) {
    QStringList ids;
    for (const RecoveryStep &step : plan.steps)
        ids << step.id;
    return ids;
}

// A manifest whose items are the topology's catalog, as plan --from-topology makes them.
Manifest manifestFor(const Topology &topology) {
    Manifest manifest;
    manifest.setName = QStringLiteral("2026-11-30T031500Z");
    for (const CatalogItem &item : buildCatalog(topology)) {
        if (!item.isBackedUp())
            continue;
        const PlanItem planItem = item.toPlanItem();
        ManifestItem entry;
        entry.kind = planItem.kind;
        entry.name = planItem.name;
        entry.setPath = QStringLiteral("exports/") + planItem.name + QStringLiteral(".zip");
        entry.details = planItem.options;  // a backup records the item's server there
        manifest.items << entry;
        FileEntry file;
        file.path = entry.setPath;
        file.item = entry.name;
        manifest.files.push_back(file);
    }
    return manifest;
}

RecoveryPlan planFor(const Topology &topology, const QString &server) {
    Result<RecoveryPlan> plan =
        buildRecoveryPlan(QStringLiteral("/backups/set"), manifestFor(topology), topology, server);
    if (!plan)
        qFatal("%s", qPrintable(plan.errorMessage()));
    return *plan;
}

QStringList (*fixedResolver(const QStringList &answer))(const QString &) {
    static QStringList s_answer;
    s_answer = answer;
    return [](const QString &) { return s_answer; };
}

}  // namespace

class TestRecovery : public QObject {
    Q_OBJECT
private slots:
    void powerShellLiteralsCannotBeEscaped() {
        QCOMPARE(psLiteral(QStringLiteral("pool01.corp.example")), QStringLiteral("'pool01.corp.example'"));
        QCOMPARE(psLiteral(QStringLiteral("a'b; Remove-Item C:\\x #")), QStringLiteral("'a''b; Remove-Item C:\\x #'"));
        // PowerShell treats the typographic quotes as quotes too.
        QCOMPARE(psLiteral(QString::fromUtf8("x\u2019y")), QString::fromUtf8("'x\u2019\u2019y'"));
        QCOMPARE(psLiteral(QString()), QStringLiteral("''"));
    }

    void standardEditionServer() {
        const Topology topology = load(QStringLiteral("topology-se.xml"));
        const QStringList machines = topologyMachines(topology);
        QVERIFY(!machines.isEmpty());
        const RecoveryPlan plan = planFor(topology, machines.first());
        QVERIFY(plan.profile.standardEdition);
        QVERIFY(!plan.profile.backEnd);
        const QStringList ids = stepIds(plan);
        // Checks first, then the Deployment Wizard, then the data in the documented order.
        QCOMPARE(ids.mid(0, 3), (QStringList{QStringLiteral("verify-set"), QStringLiteral("this-computer"),
                                             QStringLiteral("certificates")}));
        QVERIFY(!ids.contains(QStringLiteral("sql-server")));  // SE setup installs SQL Express itself
        const qsizetype dw1 = ids.indexOf(QStringLiteral("dw-1"));
        const qsizetype dw4 = ids.indexOf(QStringLiteral("dw-4"));
        const QString pool = plan.profile.poolFqdn;
        const qsizetype stop = ids.indexOf(QStringLiteral("userdata-stop:") + pool);
        const qsizetype import = ids.indexOf(QStringLiteral("userdata-import:") + pool);
        const qsizetype start = ids.indexOf(QStringLiteral("userdata-start:") + pool);
        QVERIFY2(dw1 > 2 && dw1 < dw4 && dw4 < stop && stop < import && import < start, qPrintable(ids.join(u' ')));
        // The import reads the export in the set, quoted, with the pool quoted.
        const RecoveryStep *step = plan.step(QStringLiteral("userdata-import:") + pool);
        QCOMPARE(step->action, RecoveryStep::Action::Shell);
        // RTCSRV is checked stopped on every member inside the same script, before the import.
        QVERIFY2(
            step->commands.first().contains(QStringLiteral("\nImport-CsUserData -PoolFqdn '%1' -FileName '").arg(pool)),
            qPrintable(step->commands.first()));
        QVERIFY(step->commands.first().contains(QStringLiteral("throw 'RTCSRV is not stopped")));
    }

    void enterprisePoolWithSeparateBackEnd() {
        const Topology topology = load(QStringLiteral("topology-ee.xml"));
        // A Front End: member server, Deployment Wizard only; its data lives on the back end.
        const RecoveryPlan frontEnd = planFor(topology, QStringLiteral("fe02.corp.example"));
        QVERIFY(frontEnd.profile.frontEnd);
        QVERIFY(!frontEnd.profile.cmsHost);
        QStringList ids = stepIds(frontEnd);
        QVERIFY(ids.contains(QStringLiteral("dw-1")));
        QVERIFY(!ids.contains(QStringLiteral("userdata-import:pool01.corp.example")));
        QVERIFY(!ids.contains(QStringLiteral("cms-database")));

        // The back end holds the CMS and the pool's user store: SQL Server first,
        // then the CMS sequence, the databases, the user data with every Front End stopped.
        const RecoveryPlan backEnd = planFor(topology, QStringLiteral("sqlbe01.corp.example"));
        QVERIFY(backEnd.profile.backEnd);
        QVERIFY(backEnd.profile.cmsHost);
        ids = stepIds(backEnd);
        QVERIFY(!ids.contains(QStringLiteral("dw-1")));
        const QStringList order{QStringLiteral("sql-server"),
                                QStringLiteral("cms-database"),
                                QStringLiteral("cms-location"),
                                QStringLiteral("cms-import"),
                                QStringLiteral("enable-topology"),
                                QStringLiteral("databases"),
                                QStringLiteral("userdata-stop:pool01.corp.example"),
                                QStringLiteral("userdata-import:pool01.corp.example"),
                                QStringLiteral("userdata-start:pool01.corp.example"),
                                QStringLiteral("lis-import"),
                                QStringLiteral("lis-publish"),
                                QStringLiteral("rgs-import:pool01.corp.example")};
        qsizetype last = -1;
        for (const QString &id : order) {
            const qsizetype at = ids.indexOf(id);
            QVERIFY2(at > last, qPrintable(id + QStringLiteral(" in ") + ids.join(u' ')));
            last = at;
        }
        const RecoveryStep *cms = backEnd.step(QStringLiteral("cms-database"));
        QCOMPARE(cms->commands.first(), QStringLiteral("Install-CsDatabase -CentralManagementDatabase -Clean "
                                                       "-SqlServerFqdn 'sqlbe01.corp.example' -SqlInstanceName 'rtc'"));
        // RTCSRV is stopped, and checked, on every Front End of the pool.
        const RecoveryStep *stop = backEnd.step(QStringLiteral("userdata-stop:pool01.corp.example"));
        for (const char *fe : {"fe01", "fe02", "fe03"}) {
            QVERIFY(stop->commands.first().contains(QStringLiteral("'%1.corp.example'").arg(QLatin1String(fe))));
            QVERIFY(stop->checkCommands.first().contains(QStringLiteral("'%1.corp.example'").arg(QLatin1String(fe))));
        }
        const RecoveryStep *rgs = backEnd.step(QStringLiteral("rgs-import:pool01.corp.example"));
        QVERIFY(rgs->commands.first().startsWith(QStringLiteral(
            "Import-CsRgsConfiguration -Destination 'service:ApplicationServer:pool01.corp.example' -OverwriteOwner")));

        // The file server: the store back, then Enable-CsTopology for its permissions.
        const RecoveryPlan fileServer = planFor(topology, QStringLiteral("fs01.corp.example"));
        ids = stepIds(fileServer);
        QVERIFY(fileServer.profile.fileServer);
        QVERIFY(ids.indexOf(QStringLiteral("enable-topology")) >
                ids.indexOf(QStringLiteral("filestore:filestore-fs01.corp.example-lyncshare")));
        QVERIFY(!ids.contains(QStringLiteral("dw-1")));

        // Monitoring/Archiving SQL Server: its databases re-created, then restored over.
        const RecoveryPlan monitoring = planFor(topology, QStringLiteral("sqlmon01.corp.example"));
        ids = stepIds(monitoring);
        QVERIFY(monitoring.profile.archivingOrMonitoringSql);
        QVERIFY(ids.indexOf(QStringLiteral("databases")) <
                ids.indexOf(QStringLiteral("database:LcsLog-sqlmon01.corp.example_lyncmon")));
        QCOMPARE(monitoring.step(QStringLiteral("database:LcsLog-sqlmon01.corp.example_lyncmon"))->action,
                 RecoveryStep::Action::Restore);
        // Its command names the server the set recorded for the operator to
        // confirm: a restore connects only to a server given to it.
        QVERIFY2(
            monitoring.step(QStringLiteral("database:LcsLog-sqlmon01.corp.example_lyncmon"))
                ->commands.first()
                .endsWith(QStringLiteral(" --connection 'LcsLog-sqlmon01.corp.example_lyncmon=sqlmon01.corp."
                                         "example\\lyncmon'")),
            qPrintable(
                monitoring.step(QStringLiteral("database:LcsLog-sqlmon01.corp.example_lyncmon"))->commands.first()));
    }

    void aPoolNameOrAStrangerIsRefusedWithTheMachines() {
        const Topology topology = load(QStringLiteral("topology-ee.xml"));
        Result<RecoveryPlan> pool = buildRecoveryPlan(QStringLiteral("/s"), manifestFor(topology), topology,
                                                      QStringLiteral("pool01.corp.example"));
        QVERIFY(!pool);
        QVERIFY(pool.errorMessage().contains(QStringLiteral("fe01.corp.example")));
        QVERIFY(!buildRecoveryPlan(QStringLiteral("/s"), manifestFor(topology), topology,
                                   QStringLiteral("admin01.corp.example")));
    }

    void checksCompareWithTheFailedServerNotTheBackupHost() {
        const Topology topology = load(QStringLiteral("topology-ee.xml"));
        Manifest manifest = manifestFor(topology);
        manifest.host.fqdn = QStringLiteral("admin01.corp.example");  // the backup ran on an admin host
        manifest.host.domain = QStringLiteral("corp.example");
        manifest.deployment.topologyPath = QStringLiteral("deployment/topology.xml");
        manifest.deployment.names << ResolvedName{
            QStringLiteral("sqlbe01.corp.example"), {QStringLiteral("10.0.0.20")}, {}};
        const ServerProfile server = *profileServer(topology, QStringLiteral("sqlbe01.corp.example"));
        HostFacts here;
        here.fqdn = QStringLiteral("sqlbe01.corp.example");
        here.domain = QStringLiteral("corp.example");
        QList<PrerequisiteCheck> checks =
            checkAgainstServer(manifest, server, here, {}, fixedResolver({QStringLiteral("10.0.0.20")}));
        QVERIFY(!anyBlocks(checks));
        // The old check, against the backup host, would have blocked this restore.
        QVERIFY(anyBlocks(checkPrerequisites(manifest, here, {}, fixedResolver({QStringLiteral("10.0.0.20")}))));
        // New address in DNS: refused, naming both.
        checks = checkAgainstServer(manifest, server, here, {}, fixedResolver({QStringLiteral("10.9.9.9")}));
        QVERIFY(anyBlocks(checks));
        here.fqdn = QStringLiteral("fe01.corp.example");
        checks = checkAgainstServer(manifest, server, here, {}, fixedResolver({QStringLiteral("10.0.0.20")}));
        QVERIFY(anyBlocks(checks));
        QVERIFY(checks.first().explanation.contains(QStringLiteral("sqlbe01.corp.example")));
    }

    void certificateFilesAreCheckedForTheServer() {
        const QString data = QStringLiteral(LBW_TEST_DATA "/");
        const QString server = QStringLiteral("se01.corp.example");
        Result<QString> pem = checkCertificateFile(data + QStringLiteral("cert-se01.pem"), server);
        QVERIFY2(pem, pem ? "" : qPrintable(pem.errorMessage()));
        QVERIFY(checkCertificateFile(data + QStringLiteral("cert-se01.pem"), QStringLiteral("pool01.corp.example")));
        Result<QString> other = checkCertificateFile(data + QStringLiteral("cert-fe01.pem"), server);
        QVERIFY(!other);
        QVERIFY(other.errorMessage().contains(QStringLiteral("fe01.corp.example")));
        Result<QString> pfx = checkCertificateFile(data + QStringLiteral("cert-se01.pfx"), server, "Senha-de-teste");
        QVERIFY2(pfx, pfx ? "" : qPrintable(pfx.errorMessage()));
        QVERIFY(!checkCertificateFile(data + QStringLiteral("cert-se01.pfx"), server, "wrong"));
        // Lync cannot use a certificate exported without its private key.
        Result<QString> noKey =
            checkCertificateFile(data + QStringLiteral("cert-se01-nokey.pfx"), server, "Senha-de-teste");
        QVERIFY(!noKey);
        QVERIFY(!checkCertificateFile(data + QStringLiteral("topology-se.xml"), server));
    }

    // Management Shell steps run through PowerShell where it exists; a
    // stand-in (LBW_POWERSHELL) shows the runner, its script and its check.
    void shellStepsRunThroughPowerShellWithTheirCheck() {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("script.log"));
        const QString standIn = dir.filePath(QStringLiteral("powershell"));
        // Records each -Command script; a check fails while the file "fail" exists.
        test::writeFile(standIn, QStringLiteral("#!/bin/sh\nprintf '%s\\n---\\n' \"$4\" >> '%1'\n"
                                                "echo stand-in ran\n"
                                                "case \"$4\" in *Get-CsWindowsService*) [ ! -e '%2' ] ;; esac\n")
                                     .arg(log, dir.filePath(QStringLiteral("fail")))
                                     .toUtf8());
        QFile::setPermissions(standIn, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("LBW_POWERSHELL", standIn.toUtf8());
        qputenv("LBW_STATE_DIR", dir.filePath(QStringLiteral("state")).toUtf8());
        const Topology topology = load(QStringLiteral("topology-ee.xml"));
        const Manifest manifest = manifestFor(topology);
        const RecoveryPlan plan = planFor(topology, QStringLiteral("sqlbe01.corp.example"));
        RecoveryJournal journal = *RecoveryJournal::open(manifest, plan.server);
        StepRunner runner(QStringLiteral("/backups/set"), manifest, plan, journal);
        const RecoveryStep *stop = plan.step(QStringLiteral("userdata-stop:pool01.corp.example"));
        QCOMPARE(runner.run(*stop, {}, nullptr, {}).kind, StepOutcome::Kind::Done);
        const QByteArray scripts = test::readFile(log);
        QVERIFY(
            scripts.contains("Import-Module Lync\n@('fe01.corp.example', 'fe02.corp.example', 'fe03.corp.example') | "
                             "ForEach-Object { Stop-CsWindowsService -ComputerName $_ }"));
        QVERIFY(scripts.contains("Get-CsWindowsService -Name RTCSRV"));
        QCOMPARE(journal.state(stop->id).state, StepState::State::Done);
        QVERIFY(journal.state(stop->id).log.contains(QStringLiteral("stand-in ran")));
        // The commands ran but the check says RTCSRV still runs somewhere: failed, not done.
        test::writeFile(dir.filePath(QStringLiteral("fail")), "x");
        QCOMPARE(runner.run(*stop, {}, nullptr, {}).kind, StepOutcome::Kind::Failed);
        QCOMPARE(journal.state(stop->id).state, StepState::State::Failed);
        // Manual steps are never run.
        QCOMPARE(runner.run(*plan.step(QStringLiteral("sql-server")), {}, nullptr, {}).kind,
                 StepOutcome::Kind::NotRunnable);
        qunsetenv("LBW_POWERSHELL");
        qunsetenv("LBW_STATE_DIR");
    }

    void reviewFindingsStayFixed() {
        // A branch server shows only Registrar: still a Lync server, rebuilt with the Deployment Wizard.
        const Topology tbxml = load(QStringLiteral("topology-se.tbxml"));
        QVERIFY(stepIds(planFor(tbxml, QStringLiteral("sba01.contoso.com.br"))).contains(QStringLiteral("dw-1")));
        const RecoveryPlan edge = planFor(tbxml, QStringLiteral("edge01.contoso.com.br"));
        QVERIFY(edge.profile.edge);
        QVERIFY(edge.step(QStringLiteral("dw-1"))
                    ->commands.join(u'\n')
                    .contains(QStringLiteral("Import-CsConfiguration -LocalStore -FileName '")));

        // DNS: the rebuilt server also answers its loopback and link-local
        // names, and an added record is no reason to block.
        const Topology topology = load(QStringLiteral("topology-ee.xml"));
        Manifest manifest = manifestFor(topology);
        manifest.deployment.names << ResolvedName{
            QStringLiteral("sqlbe01.corp.example"), {QStringLiteral("10.0.0.20")}, {}};
        const ServerProfile server = *profileServer(topology, QStringLiteral("sqlbe01.corp.example"));
        HostFacts here;
        here.fqdn = QStringLiteral("sqlbe01.corp.example");
        here.domain = QStringLiteral("corp.example");
        QVERIFY(!anyBlocks(checkAgainstServer(
            manifest, server, here, {},
            fixedResolver({QStringLiteral("10.0.0.20"), QStringLiteral("127.0.1.1"), QStringLiteral("fe80::1")}))));
        QVERIFY(
            anyBlocks(checkAgainstServer(manifest, server, here, {}, fixedResolver({QStringLiteral("127.0.1.1")}))));

        // Two writers of one journal keep each other's steps.
        QTemporaryDir state;
        qputenv("LBW_STATE_DIR", state.path().toUtf8());
        RecoveryJournal wizard = *RecoveryJournal::open(manifest, server.fqdn);
        RecoveryJournal shell = *RecoveryJournal::open(manifest, server.fqdn);
        StepState done;
        done.state = StepState::State::Done;
        QVERIFY(wizard.record(QStringLiteral("dw-3"), done));
        QVERIFY(shell.record(QStringLiteral("sql-server"), done));
        RecoveryJournal reread = *RecoveryJournal::open(manifest, server.fqdn);
        QCOMPARE(reread.state(QStringLiteral("dw-3")).state, StepState::State::Done);
        QCOMPARE(reread.state(QStringLiteral("sql-server")).state, StepState::State::Done);

        // An import of an item that failed in the backup never runs.
        qputenv("LBW_POWERSHELL", "/bin/true");
        manifest.items.first().status = ItemStatus::Failed;
        const RecoveryPlan plan = planFor(topology, server.fqdn);
        const RecoveryStep *import = nullptr;
        for (const RecoveryStep &step : plan.steps)
            if (step.item == manifest.items.first().name)
                import = &step;
        QVERIFY(import);
        RecoveryJournal journal = *RecoveryJournal::open(manifest, server.fqdn);
        StepRunner runner(QStringLiteral("/backups/set"), manifest, plan, journal);
        QCOMPARE(runner.run(*import, {}, nullptr, {}).kind, StepOutcome::Kind::Failed);
        qunsetenv("LBW_POWERSHELL");
        qunsetenv("LBW_STATE_DIR");
    }

    void journalPersistsAndRefusesDamage() {
        QTemporaryDir state;
        qputenv("LBW_STATE_DIR", state.path().toUtf8());
        Manifest manifest;
        manifest.setName = QStringLiteral("2026-11-30T031500Z");
        {
            Result<RecoveryJournal> journal = RecoveryJournal::open(manifest, QStringLiteral("se01.corp.example"));
            QVERIFY(journal);
            QCOMPARE(journal->state(QStringLiteral("dw-1")).state, StepState::State::Pending);
            StepState done;
            done.state = StepState::State::Done;
            done.evidence = QStringLiteral("checked");
            QVERIFY(journal->record(QStringLiteral("dw-1"), done));
            StepState skipped;
            skipped.state = StepState::State::Skipped;
            skipped.message = QStringLiteral("no LIS here");
            QVERIFY(journal->record(QStringLiteral("lis-import"), skipped));
        }
        Result<RecoveryJournal> reopened = RecoveryJournal::open(manifest, QStringLiteral("SE01.corp.example"));
        QVERIFY(reopened);
        QCOMPARE(reopened->state(QStringLiteral("dw-1")).state, StepState::State::Done);
        QCOMPARE(reopened->state(QStringLiteral("dw-1")).evidence, QStringLiteral("checked"));
        QCOMPARE(reopened->state(QStringLiteral("lis-import")).message, QStringLiteral("no LIS here"));
        // Another server of the same set has a journal of its own.
        QCOMPARE(
            RecoveryJournal::open(manifest, QStringLiteral("fe01.corp.example"))->state(QStringLiteral("dw-1")).state,
            StepState::State::Pending);
        test::writeFile(reopened->path(), "{ not json");
        Result<RecoveryJournal> damaged = RecoveryJournal::open(manifest, QStringLiteral("se01.corp.example"));
        QVERIFY(!damaged);
        QVERIFY(damaged.errorMessage().contains(reopened->path()));
        qunsetenv("LBW_STATE_DIR");
    }

    // What the wizard offers to continue after a reboot: unfinished journals,
    // newest first, with their set's path; a damaged one is left out.
    void journalsAreListedUntilFinished() {
        QTemporaryDir state;
        qputenv("LBW_STATE_DIR", state.path().toUtf8());
        Manifest manifest;
        manifest.setName = QStringLiteral("2026-11-30T031500Z");
        StepState done;
        done.state = StepState::State::Done;
        Result<RecoveryJournal> older = RecoveryJournal::open(manifest, QStringLiteral("fe01.corp.example"),
                                                              QStringLiteral("/backups/2026-11-30T031500Z"));
        QVERIFY(older->record(QStringLiteral("verify-set"), done));
        QTest::qWait(1100);  // file times have a second's resolution on some systems
        Result<RecoveryJournal> newer = RecoveryJournal::open(manifest, QStringLiteral("se01.corp.example"),
                                                              QStringLiteral("/backups/2026-11-30T031500Z"));
        QVERIFY(newer->record(QStringLiteral("verify-set"), done));
        QVERIFY(newer->record(QStringLiteral("this-computer"), done));
        test::writeFile(state.filePath(QStringLiteral("recovery/recovery-damaged.json")), "{ not json");
        QList<JournalSummary> journals = RecoveryJournal::list();
        QCOMPARE(journals.size(), 2);
        QCOMPARE(journals[0].server, QStringLiteral("se01.corp.example"));
        QCOMPARE(journals[0].stepsDone, 2);
        QCOMPARE(journals[0].setPath, QStringLiteral("/backups/2026-11-30T031500Z"));
        QCOMPARE(journals[0].setName, manifest.setName);
        QVERIFY(!journals[0].finished);
        QCOMPARE(journals[1].server, QStringLiteral("fe01.corp.example"));
        // Finished stays finished when another step is recorded later, and
        // the set's path is kept by a writer that did not know it.
        QVERIFY(newer->recordFinished());
        Result<RecoveryJournal> cli = RecoveryJournal::open(manifest, QStringLiteral("se01.corp.example"));
        QVERIFY(cli->finished());
        QVERIFY(cli->record(QStringLiteral("final-check"), done));
        journals = RecoveryJournal::list();
        QCOMPARE(journals[0].server, QStringLiteral("se01.corp.example"));
        QVERIFY(journals[0].finished);
        QCOMPARE(journals[0].stepsDone, 3);
        QCOMPARE(journals[0].setPath, QStringLiteral("/backups/2026-11-30T031500Z"));
        qunsetenv("LBW_STATE_DIR");
    }
};

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
