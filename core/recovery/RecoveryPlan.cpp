#include "recovery/RecoveryPlan.h"

#include "sources/ServerConnection.h"

#include "topology/Catalog.h"
#include "util/PowerShell.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

namespace lbw {
namespace {

bool sameName(const QString &a, const QString &b) {
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool isEngineKind(const QString &kind) {
    return kind == QLatin1String("filestore") || kind == QLatin1String("sqlite") ||
           kind == QLatin1String("postgresql") || kind == QLatin1String("sqlserver");
}

// The Deployment Wizard's program, as setup installs it.
const QString kBootstrapper =
    QStringLiteral("& \"$env:ProgramFiles\\Microsoft Lync Server 2013\\Deployment\\Bootstrapper.exe\"");

class PlanBuilder {
public:
    PlanBuilder(const QString &setPath, const Manifest &manifest, const Topology &topology, RecoveryPlan &plan)
        : m_setPath(setPath),
          m_manifest(manifest),
          m_topology(topology),
          m_catalog(buildCatalog(topology)),
          m_plan(plan),
          m_profile(plan.profile),
          m_fqdn(psLiteral(plan.profile.fqdn)) {}

    void build() {
        addChecks();
        // A Standard Edition server's own SQL Express comes with setup; other
        // instances on it (Monitoring, Persistent Chat) need SQL Server first.
        const bool fullSql = m_profile.backEnd || m_profile.archivingOrMonitoringSql || m_profile.persistentChatStore;
        if (fullSql)
            addSqlServer();
        if (m_profile.standardEdition) {
            addFileStores();
            addManual(
                m_profile.cmsHost ? QStringLiteral("prepare-first-se") : QStringLiteral("topology-builder"),
                m_profile.cmsHost
                    ? QCoreApplication::translate("RecoveryPlan", "Prepare the first Standard Edition server")
                    : QCoreApplication::translate("RecoveryPlan", "Download and save the topology in Topology Builder"),
                m_profile.cmsHost
                    ? QCoreApplication::translate(
                          "RecoveryPlan",
                          "In the Deployment Wizard, run \"Prepare first Standard Edition server\": it installs "
                          "SQL Server Express with the RTC instance that will hold the Central Management "
                          "store.")
                    : QCoreApplication::translate(
                          "RecoveryPlan",
                          "On a computer with Topology Builder, download the topology from the Central "
                          "Management store and save it, so this server's definition is current."),
                m_profile.cmsHost ? QStringList{kBootstrapper + QStringLiteral(" /BootstrapSqlExpress")}
                                  : QStringList());
        }
        if (m_profile.cmsHost)
            addCentralManagementStore();
        if (fullSql)
            addShell(QStringLiteral("databases"), QCoreApplication::translate("RecoveryPlan", "Create the databases"),
                     QCoreApplication::translate(
                         "RecoveryPlan",
                         "Create the Lync databases configured for this SQL Server, empty, with their logins and "
                         "permissions (Topology Builder: publish with \"Create databases\" does the same). The data "
                         "is restored over them in the steps below."),
                     {QStringLiteral("Install-CsDatabase -ConfiguredDatabases -SqlServerFqdn %1").arg(m_fqdn)},
                     QCoreApplication::translate("RecoveryPlan",
                                                 "Test-CsDatabase reports every configured database as installed."),
                     {QStringLiteral("if (Test-CsDatabase -ConfiguredDatabases -SqlServerFqdn %1 | Where-Object "
                                     "{ -not $_.Succeed }) { exit 1 }")
                          .arg(m_fqdn)});
        if (runsLyncServices())
            addDeploymentWizard();
        if (m_profile.fileServer && !m_profile.standardEdition) {
            addFileStores();
            if (!m_plan.step(QStringLiteral("enable-topology")))
                addEnableTopology();
        }
        for (const QString &pool : m_profile.userStorePools)
            addUserData(pool);
        if (m_profile.cmsHost)
            addLocationInformation();
        for (const QString &pool : m_profile.applicationStorePools)
            addResponseGroup(pool);
        addSqlStores();
        addFinalCheck();
    }

private:
    bool runsLyncServices() const {
        return m_profile.runsLyncServices || m_profile.standardEdition || m_profile.frontEnd || m_profile.director ||
               m_profile.mediation || m_profile.edge || m_profile.persistentChat;
    }

    RecoveryStep &add(RecoveryStep step) {
        m_plan.steps << std::move(step);
        return m_plan.steps.last();
    }

    void addManual(const QString &id, const QString &title, const QString &description,
                   const QStringList &commands = {}) {
        add({id,
             title,
             description,
             commands,
             QCoreApplication::translate("RecoveryPlan", "Marked as done by the operator."),
             {},
             RecoveryStep::Action::Manual,
             {}});
    }

    void addShell(const QString &id, const QString &title, const QString &description, const QStringList &commands,
                  const QString &check, const QStringList &checkCommands, const QString &item = {}) {
        add({id, title, description, commands, check, checkCommands, RecoveryStep::Action::Shell, item});
    }

    // The set item that holds a catalog item's data, if the set has it: the
    // item of that name, or the one whose plan entry says it stands for it.
    const ManifestItem *setItem(const CatalogItem &catalogItem) const {
        QString standIn;
        for (const QJsonValue &planItem : m_manifest.plan.value(QStringLiteral("items")).toArray())
            if (planItem[QLatin1String("options")][QLatin1String("catalogItem")].toString() == catalogItem.name)
                standIn = planItem[QLatin1String("name")].toString();
        for (const ManifestItem &item : m_manifest.items)
            if (item.name == catalogItem.name || (!standIn.isEmpty() && item.name == standIn))
                return &item;
        return nullptr;
    }

    QList<CatalogItem> catalogItems(const std::function<bool(const CatalogItem &)> &wanted) const {
        QList<CatalogItem> found;
        for (const CatalogItem &item : m_catalog)
            if (item.isBackedUp() && wanted(item))
                found << item;
        return found;
    }

    // Where the export of a set item lies, for a command that reads it (an
    // item of one file is recorded at the item's own path).
    QString setFilePath(const ManifestItem &item) const {
        return QDir::toNativeSeparators(QDir(m_setPath).absoluteFilePath(item.setPath));
    }

    // Where a restore writes by default: the recorded path of files, the
    // recorded name of a database.
    static QString restoreTarget(const ManifestItem &item) {
        const bool files = item.kind == QLatin1String("filestore") || item.kind == QLatin1String("sqlite");
        return files ? QDir::toNativeSeparators(item.source)
                     : item.details.value(QStringLiteral("database")).toString(item.source);
    }

    // A step that brings data back: the engine restores what it can read
    // (files, SQLite, PostgreSQL, SQL Server backups); a cmdlet export comes
    // back through its Import-Cs* command, which `importCommand` builds from
    // the quoted file path.
    void addData(const QString &id, const QString &title, const CatalogItem &catalogItem,
                 const std::function<QString(const QString &file)> &importCommand, const QString &check = {},
                 const QStringList &checkCommands = {}) {
        const ManifestItem *item = setItem(catalogItem);
        if (!item) {
            addManual(id, title,
                      QCoreApplication::translate(
                          "RecoveryPlan",
                          "The set holds no item for %1 (%2). Restore it from another set that has it, or mark this "
                          "step as skipped with the reason.")
                          .arg(catalogItem.title, catalogItem.name));
            m_plan.notes
                << QCoreApplication::translate("RecoveryPlan", "%1 is not in this set.").arg(catalogItem.title);
            return;
        }
        if (item->status == ItemStatus::Failed)
            m_plan.notes << QCoreApplication::translate("RecoveryPlan",
                                                        "%1 failed in this backup; its step will refuse to run.")
                                .arg(item->name);
        if (isEngineKind(item->kind)) {
            add({id,
                 title,
                 QCoreApplication::translate(
                     "RecoveryPlan",
                     "Restore %1 from the set to %2, where it was backed up from, onto a clean target (one that "
                     "holds no data), then verify what was written against the set. Check that this is the right "
                     "place before running it; --target chooses another.")
                     .arg(item->name, restoreTarget(*item)),
                 {restoreCommand(*item)},
                 QCoreApplication::translate("RecoveryPlan", "The restored data is re-read and matches the set."),
                 {},
                 RecoveryStep::Action::Restore,
                 item->name});
            return;
        }
        addShell(
            id, title,
            QCoreApplication::translate("RecoveryPlan",
                                        "Import %1 from the export in the set with the Lync Server Management Shell.")
                .arg(item->name),
            {importCommand(psLiteral(setFilePath(*item)))},
            check.isEmpty() ? QCoreApplication::translate("RecoveryPlan", "The command ends without an error.") : check,
            checkCommands, item->name);
    }

    // A database on a server is restored only to the server the operator
    // names (--connection): the one the set recorded is offered, quoted,
    // for the operator to confirm or change before running it.
    QString restoreCommand(const ManifestItem &item) const {
        QString command = QStringLiteral("lync-backup restore %1 --item %2 --server %3")
                              .arg(psLiteral(QDir::toNativeSeparators(m_setPath)), item.name, m_profile.fqdn);
        if (connectsToServer(item.kind)) {
            // A PostgreSQL item without a host used the local socket, which
            // has no name to give: the operator types the server.
            const bool unnamed = item.kind == QLatin1String("postgresql") &&
                                 item.details.value(QLatin1String("host")).toString().isEmpty();
            const QString server = unnamed ? QStringLiteral("SERVER") : connectionText(item.kind, item.details);
            command += QStringLiteral(" --connection %1").arg(psLiteral(item.name + QLatin1Char('=') + server));
        }
        return command;
    }

    void addChecks() {
        add({QStringLiteral("verify-set"),
             QCoreApplication::translate("RecoveryPlan", "Verify the backup set"),
             QCoreApplication::translate(
                 "RecoveryPlan",
                 "Re-read every file of the set and compare it with its manifest before anything is restored."),
             {QStringLiteral("lync-backup verify %1").arg(psLiteral(QDir::toNativeSeparators(m_setPath)))},
             QCoreApplication::translate("RecoveryPlan", "Every file matches the manifest."),
             {},
             RecoveryStep::Action::Check,
             {}});
        add({QStringLiteral("this-computer"),
             QCoreApplication::translate("RecoveryPlan", "Check this computer against %1").arg(m_profile.fqdn),
             QCoreApplication::translate(
                 "RecoveryPlan",
                 "This computer must have the failed server's FQDN, be in its domain, and %1 must resolve to the "
                 "addresses recorded at backup time. Install the operating system with the same FQDN, join the "
                 "domain (keep the computer account and its groups) and restore the DNS records first.")
                 .arg(m_profile.fqdn),
             {QStringLiteral("lync-backup check %1 --server %2")
                  .arg(psLiteral(QDir::toNativeSeparators(m_setPath)), m_profile.fqdn)},
             QCoreApplication::translate("RecoveryPlan", "FQDN, domain and DNS checks pass."),
             {},
             RecoveryStep::Action::Check,
             {}});
        add({QStringLiteral("certificates"),
             QCoreApplication::translate("RecoveryPlan", "Reinstall the certificates"),
             QCoreApplication::translate(
                 "RecoveryPlan",
                 "Import the certificates of %1 with their private keys and chains (default, web services internal "
                 "and external, OAuthTokenIssuer; for an Edge Server the internal certificate from the same PKI) into "
                 "the computer's Personal store. Give the certificate file to check it here.")
                 .arg(m_profile.fqdn),
             {QStringLiteral("Import-PfxCertificate -FilePath <file.pfx> -CertStoreLocation "
                             "'Cert:\\LocalMachine\\My' -Password (Read-Host -AsSecureString)")},
             QCoreApplication::translate(
                 "RecoveryPlan", "A certificate for %1 that is valid now (and, from a .pfx, has its private key).")
                 .arg(m_profile.fqdn),
             {QStringLiteral("if (-not (Get-ChildItem 'Cert:\\LocalMachine\\My' | Where-Object { $_.HasPrivateKey "
                             "-and $_.NotAfter -gt (Get-Date) -and ($_.DnsNameList.Unicode -contains %1) })) "
                             "{ exit 1 }")
                  .arg(m_fqdn)},
             RecoveryStep::Action::Check,
             {}});
    }

    void addSqlServer() {
        QStringList names;
        QStringList services;
        for (const SqlInstance &instance : m_profile.sqlInstances) {
            names << (instance.name.isEmpty() ? QCoreApplication::translate("RecoveryPlan", "the default instance")
                                              : instance.name);
            services << psLiteral(instance.name.isEmpty() ? QStringLiteral("MSSQLSERVER")
                                                          : QStringLiteral("MSSQL$") + instance.name);
        }
        addManual(QStringLiteral("sql-server"),
                  QCoreApplication::translate("RecoveryPlan", "Install SQL Server with the same instance names"),
                  QCoreApplication::translate(
                      "RecoveryPlan",
                      "Install SQL Server 2012 or 2008 R2 with the instance names the topology records (%1), and the "
                      "same logins and permissions as before. Lync's databases are created in a later step.")
                      .arg(names.join(QStringLiteral(", "))),
                  {QStringLiteral("Get-Service -Name %1").arg(services.join(QStringLiteral(", ")))});
    }

    void addFileStores() {
        for (const CatalogItem &store : catalogItems([&](const CatalogItem &c) {
                 return c.method == BackupMethod::FileCopy && sameName(c.pool, m_profile.poolFqdn);
             }))
            addData(QStringLiteral("filestore:") + store.name,
                    QCoreApplication::translate("RecoveryPlan", "Restore the file store %1").arg(store.server), store,
                    [](const QString &) { return QString(); });
    }

    void addEnableTopology() {
        addShell(QStringLiteral("enable-topology"), QCoreApplication::translate("RecoveryPlan", "Enable the topology"),
                 QCoreApplication::translate(
                     "RecoveryPlan",
                     "Enable-CsTopology publishes the restored configuration and resets the permissions of the file "
                     "stores. It needs Domain Admins rights unless setup permissions were delegated "
                     "(Test-CsSetupPermission)."),
                 {QStringLiteral("Enable-CsTopology")},
                 QCoreApplication::translate("RecoveryPlan", "The command ends without an error."), {});
    }

    void addCentralManagementStore() {
        QString instance;
        for (const Service *store : m_topology.servicesWithRole(QStringLiteral("CentralMgmtStore")))
            if (const SqlInstance *sql = m_topology.sqlInstance(store->sqlInstanceKey))
                if (sql->clusterKey == m_profile.clusterKey)
                    instance = sql->name;
        const QString sqlArguments =
            instance.isEmpty()
                ? QStringLiteral("-SqlServerFqdn %1").arg(m_fqdn)
                : QStringLiteral("-SqlServerFqdn %1 -SqlInstanceName %2").arg(m_fqdn, psLiteral(instance));
        if (m_profile.cmsHostAssumed)
            m_plan.notes << QCoreApplication::translate(
                "RecoveryPlan",
                "The topology marks no Central Management store as active (it was never published); "
                "this server holds its only Central Management store, so its steps are included.");
        addShell(QStringLiteral("cms-database"),
                 QCoreApplication::translate("RecoveryPlan", "Create the Central Management store"),
                 QCoreApplication::translate(
                     "RecoveryPlan",
                     "Create an empty Central Management store database on this server's SQL Server instance. -Clean "
                     "deletes an existing one."),
                 {QStringLiteral("Install-CsDatabase -CentralManagementDatabase -Clean %1").arg(sqlArguments)},
                 QCoreApplication::translate("RecoveryPlan",
                                             "Test-CsDatabase reports the Central Management store as installed."),
                 {QStringLiteral("if (Test-CsDatabase -CentralManagementDatabase %1 | Where-Object "
                                 "{ -not $_.Succeed }) { exit 1 }")
                      .arg(sqlArguments)});
        addShell(
            QStringLiteral("cms-location"),
            QCoreApplication::translate("RecoveryPlan", "Point Active Directory at the Central Management store"),
            QCoreApplication::translate("RecoveryPlan", "Set the service connection point to this server's instance."),
            {QStringLiteral("Set-CsConfigurationStoreLocation %1").arg(sqlArguments)},
            QCoreApplication::translate("RecoveryPlan", "Get-CsConfigurationStoreLocation names this server."),
            {QStringLiteral("if ((Get-CsConfigurationStoreLocation).BackEndServer -notlike ('*' + %1 + '*')) "
                            "{ exit 1 }")
                 .arg(m_fqdn)});
        for (const CatalogItem &cms : catalogItems([](const CatalogItem &c) { return c.name == QLatin1String("cms"); }))
            addData(QStringLiteral("cms-import"),
                    QCoreApplication::translate("RecoveryPlan", "Import the Central Management store"), cms,
                    [](const QString &file) -> QString {
                        return QStringLiteral("Import-CsConfiguration -FileName %1").arg(file);
                    });
        addEnableTopology();
    }

    void addDeploymentWizard() {
        const QString fqdn = m_fqdn;
        if (m_profile.edge) {
            const QList<CatalogItem> cms =
                catalogItems([](const CatalogItem &c) { return c.name == QLatin1String("cms"); });
            const ManifestItem *item = cms.isEmpty() ? nullptr : setItem(cms.first());
            const QString file = item ? psLiteral(setFilePath(*item)) : QStringLiteral("<configuration.zip>");
            addShell(
                QStringLiteral("dw-1"),
                QCoreApplication::translate("RecoveryPlan",
                                            "Step 1: Install Local Configuration Store (import from a file)"),
                QCoreApplication::translate(
                    "RecoveryPlan",
                    "Edge Servers get their configuration from a file: the Central Management store export "
                    "(Export-CsConfiguration) of this set."),
                {kBootstrapper + QStringLiteral(" /BootstrapLocalMgmt"),
                 QStringLiteral("Import-CsConfiguration -LocalStore -FileName %1").arg(file),
                 QStringLiteral("Enable-CsReplica"), QStringLiteral("Start-CsWindowsService REPLICA")},
                QCoreApplication::translate("RecoveryPlan", "The REPLICA service runs and the replica is up to date."),
                {QStringLiteral("if ((Get-Service REPLICA).Status -ne 'Running') { exit 1 }")});
        } else {
            addShell(QStringLiteral("dw-1"),
                     QCoreApplication::translate("RecoveryPlan", "Step 1: Install Local Configuration Store"),
                     QCoreApplication::translate(
                         "RecoveryPlan",
                         "Retrieve the configuration directly from the Central Management store into the RTCLOCAL "
                         "instance."),
                     {kBootstrapper + QStringLiteral(" /BootstrapLocalMgmt"),
                      QStringLiteral("Import-CsConfiguration -ByteInput (Export-CsConfiguration -AsBytes) -LocalStore"),
                      QStringLiteral("Enable-CsReplica"), QStringLiteral("Start-CsWindowsService REPLICA")},
                     QCoreApplication::translate(
                         "RecoveryPlan",
                         "The REPLICA service runs and Get-CsManagementStoreReplicationStatus shows this server up to "
                         "date."),
                     {QStringLiteral("if (-not (Get-CsManagementStoreReplicationStatus -ReplicaFqdn %1).UpToDate) "
                                     "{ exit 1 }")
                          .arg(fqdn)});
        }
        addShell(QStringLiteral("dw-2"),
                 QCoreApplication::translate("RecoveryPlan", "Step 2: Setup or Remove Lync Server Components"),
                 QCoreApplication::translate(
                     "RecoveryPlan",
                     "Install the server roles the topology defines for this computer (this also re-creates "
                     "databases co-located with the role)."),
                 {kBootstrapper},
                 QCoreApplication::translate("RecoveryPlan", "Get-CsWindowsService lists the role services."),
                 {QStringLiteral("if (-not (Get-CsWindowsService -ComputerName %1)) { exit 1 }").arg(fqdn)});
        addManual(QStringLiteral("dw-3"),
                  QCoreApplication::translate("RecoveryPlan", "Step 3: Request, Install or Assign Certificates"),
                  QCoreApplication::translate(
                      "RecoveryPlan",
                      "Assign the certificates imported earlier to their uses (Default, WebServicesInternal, "
                      "WebServicesExternal; OAuthTokenIssuer once per deployment; Edge: Internal and external "
                      "uses). Get-CsCertificate must list every use."),
                  {QStringLiteral("Set-CsCertificate -Type Default,WebServicesInternal,WebServicesExternal "
                                  "-Thumbprint <thumbprint>"),
                   QStringLiteral("Get-CsCertificate")});
        addShell(QStringLiteral("dw-4"), QCoreApplication::translate("RecoveryPlan", "Step 4: Start Services"),
                 QCoreApplication::translate("RecoveryPlan", "Start the Lync services on this server."),
                 {QStringLiteral("Start-CsWindowsService")},
                 QCoreApplication::translate("RecoveryPlan", "Every Lync service on this server is running."),
                 {QStringLiteral("$s = @(Get-CsWindowsService -ComputerName %1); if ($s.Count -eq 0 -or ($s | "
                                 "Where-Object { $_.Status -ne 'Running' })) { exit 1 }")
                      .arg(fqdn)});
    }

    void addUserData(const QString &pool) {
        QStringList members;
        for (const Cluster &cluster : m_topology.clusters)
            if (sameName(cluster.fqdn, pool))
                for (const Machine &machine : cluster.machines)
                    members << psLiteral(machine.fqdn);
        if (members.isEmpty())
            members << psLiteral(pool);
        const QString list = QStringLiteral("@(%1)").arg(members.join(QStringLiteral(", ")));
        const QString quotedPool = psLiteral(pool);
        // Every member must answer: a pool member that cannot be asked is not known to be stopped.
        auto rtcsrvIs = [&](const QString &status) {
            return QStringLiteral(
                       "$s = @(%1 | ForEach-Object { Get-CsWindowsService -Name RTCSRV -ComputerName $_ "
                       "}); if ($s.Count -ne %2 -or ($s | Where-Object { $_.Status -ne '%3' })) { exit 1 }")
                .arg(list)
                .arg(members.size())
                .arg(status);
        };
        const QString stoppedCheck = rtcsrvIs(QStringLiteral("Stopped"));
        const QString stoppedGuard =
            QStringLiteral(
                "$s = @(%1 | ForEach-Object { Get-CsWindowsService -Name RTCSRV -ComputerName $_ }); "
                "if ($s.Count -ne %2 -or ($s | Where-Object { $_.Status -ne 'Stopped' })) { throw "
                "'RTCSRV is not stopped on every Front End Server of the pool' }")
                .arg(list)
                .arg(members.size());
        addShell(
            QStringLiteral("userdata-stop:") + pool,
            QCoreApplication::translate("RecoveryPlan", "Stop the Front End services of %1").arg(pool),
            QCoreApplication::translate(
                "RecoveryPlan",
                "Import-CsUserData needs the Front End service (RTCSRV) stopped on every Front End Server of the "
                "pool (%n servers).",
                nullptr, int(members.size())),
            {QStringLiteral("%1 | ForEach-Object { Stop-CsWindowsService -ComputerName $_ }").arg(list)},
            QCoreApplication::translate("RecoveryPlan", "RTCSRV is stopped on every Front End Server of the pool."),
            {stoppedCheck});
        for (const CatalogItem &data : catalogItems(
                 [&](const CatalogItem &c) { return c.database == QLatin1String("rtcxds") && sameName(c.pool, pool); }))
            addData(QStringLiteral("userdata-import:") + pool,
                    QCoreApplication::translate("RecoveryPlan", "Import the user data of %1").arg(pool), data,
                    [&](const QString &file) -> QString {
                        return stoppedGuard + QLatin1Char('\n') +
                               QStringLiteral("Import-CsUserData -PoolFqdn %1 -FileName %2").arg(quotedPool, file);
                    });
        addShell(
            QStringLiteral("userdata-start:") + pool,
            QCoreApplication::translate("RecoveryPlan", "Start the Front End services of %1").arg(pool),
            QCoreApplication::translate(
                "RecoveryPlan",
                "Start the services on every Front End Server of the pool together. If the whole pool was "
                "rebuilt and it does not start, reset its registrar state (quorum loss)."),
            {QStringLiteral("%1 | ForEach-Object { Start-CsWindowsService -ComputerName $_ }").arg(list),
             QStringLiteral("Get-CsPoolFabricState -PoolFqdn %1").arg(quotedPool),
             QStringLiteral("# Reset-CsPoolRegistrarState -PoolFqdn %1 -ResetType QuorumLossRecovery").arg(quotedPool)},
            QCoreApplication::translate("RecoveryPlan", "RTCSRV runs on every Front End Server of the pool."),
            {rtcsrvIs(QStringLiteral("Running"))});
    }

    void addLocationInformation() {
        for (const CatalogItem &lis :
             catalogItems([](const CatalogItem &c) { return c.name == QLatin1String("lis"); })) {
            addData(QStringLiteral("lis-import"),
                    QCoreApplication::translate("RecoveryPlan", "Import the E9-1-1 location information"), lis,
                    [](const QString &file) -> QString {
                        return QStringLiteral("Import-CsLisConfiguration -FileName %1").arg(file);
                    });
            if (!setItem(lis))
                continue;
            addShell(QStringLiteral("lis-publish"),
                     QCoreApplication::translate("RecoveryPlan", "Publish the E9-1-1 location information"),
                     QCoreApplication::translate(
                         "RecoveryPlan",
                         "Without Publish-CsLisConfiguration the imported locations are not published (the Microsoft "
                         "topic omits this command)."),
                     {QStringLiteral("Publish-CsLisConfiguration")},
                     QCoreApplication::translate("RecoveryPlan", "The command ends without an error."), {});
        }
    }

    void addResponseGroup(const QString &pool) {
        const QString destination = psLiteral(QStringLiteral("service:ApplicationServer:") + pool);
        for (const CatalogItem &rgs : catalogItems([&](const CatalogItem &c) {
                 return c.database == QLatin1String("rgsconfig") && sameName(c.pool, pool);
             }))
            addData(
                QStringLiteral("rgs-import:") + pool,
                QCoreApplication::translate("RecoveryPlan", "Import the Response Group configuration of %1").arg(pool),
                rgs, [&](const QString &file) -> QString {
                    return QStringLiteral("Import-CsRgsConfiguration -Destination %1 -OverwriteOwner -FileName %2")
                        .arg(destination, file);
                });
    }

    // Archiving, Monitoring and Persistent Chat databases on this server.
    void addSqlStores() {
        for (const CatalogItem &database : catalogItems([&](const CatalogItem &c) {
                 return c.method == BackupMethod::SqlBackup && sameName(c.pool, m_profile.poolFqdn);
             })) {
            const QString instance = psLiteral(database.server);
            addData(QStringLiteral("database:") + database.name,
                    QCoreApplication::translate("RecoveryPlan", "Restore the database %1").arg(database.database),
                    database, [&](const QString &file) -> QString {
                        return QStringLiteral("Import-CsPersistentChatData -DBInstance %1 -FileName %2")
                            .arg(instance, file);
                    });
        }
    }

    void addFinalCheck() {
        QStringList commands{QStringLiteral("Get-CsWindowsService -ComputerName %1").arg(m_fqdn)};
        if (m_profile.backEnd || m_profile.standardEdition || m_profile.archivingOrMonitoringSql)
            commands << QStringLiteral("Test-CsDatabase -ConfiguredDatabases -SqlServerFqdn %1").arg(m_fqdn);
        addManual(QStringLiteral("final-check"),
                  QCoreApplication::translate("RecoveryPlan", "Check the recovered server"),
                  QCoreApplication::translate(
                      "RecoveryPlan",
                      "Check the services, the databases and a sign-in with a test user. Compare "
                      "Get-CsServerVersion with the other servers: a cumulative update missing here needs "
                      "Install-CsDatabase -Update."),
                  commands);
    }

    const QString &m_setPath;
    const Manifest &m_manifest;
    const Topology &m_topology;
    const QList<CatalogItem> m_catalog;
    RecoveryPlan &m_plan;
    const ServerProfile &m_profile;
    const QString m_fqdn;  // quoted
};

QString procedureText(const ServerProfile &profile) {
    QStringList topics;
    if (profile.cmsHost)
        topics << QCoreApplication::translate("RecoveryPlan",
                                              "Restoring the server hosting the Central Management store");
    if (profile.standardEdition)
        topics << QCoreApplication::translate("RecoveryPlan", "Restoring a Standard Edition server");
    if (profile.backEnd)
        topics << QCoreApplication::translate("RecoveryPlan", "Restoring an Enterprise Edition back end server");
    if (profile.frontEnd || profile.director || profile.mediation || profile.edge || profile.persistentChat)
        topics << QCoreApplication::translate("RecoveryPlan", "Restoring an Enterprise Edition member server");
    if (profile.fileServer && !profile.standardEdition)
        topics << QCoreApplication::translate("RecoveryPlan", "Restoring a file store");
    if (profile.archivingOrMonitoringSql)
        topics << QCoreApplication::translate("RecoveryPlan", "Restoring monitoring or archiving data");
    if (profile.persistentChatStore)
        topics << QCoreApplication::translate("RecoveryPlan", "Restoring Persistent Chat data");
    return topics.join(QStringLiteral("; "));
}

}  // namespace

QString recoveryActionKey(RecoveryStep::Action action) {
    switch (action) {
        case RecoveryStep::Action::Check:
            return QStringLiteral("check");
        case RecoveryStep::Action::Restore:
            return QStringLiteral("restore");
        case RecoveryStep::Action::Shell:
            return QStringLiteral("shell");
        case RecoveryStep::Action::Manual:
            return QStringLiteral("manual");
    }
    return {};
}

QString recoveryActionText(RecoveryStep::Action action) {
    switch (action) {
        case RecoveryStep::Action::Check:
            return QCoreApplication::translate("RecoveryPlan", "checked here");
        case RecoveryStep::Action::Restore:
            return QCoreApplication::translate("RecoveryPlan", "restored here");
        case RecoveryStep::Action::Shell:
            return QCoreApplication::translate("RecoveryPlan", "Lync Server Management Shell");
        case RecoveryStep::Action::Manual:
            return QCoreApplication::translate("RecoveryPlan", "manual");
    }
    return {};
}

QJsonObject RecoveryStep::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("description"), description},
            {QStringLiteral("commands"), QJsonArray::fromStringList(commands)},
            {QStringLiteral("check"), check},
            {QStringLiteral("checkCommands"), QJsonArray::fromStringList(checkCommands)},
            {QStringLiteral("action"), recoveryActionKey(action)},
            {QStringLiteral("item"), item}};
}

const RecoveryStep *RecoveryPlan::step(const QString &id) const {
    for (const RecoveryStep &s : steps)
        if (s.id == id)
            return &s;
    return nullptr;
}

QJsonObject RecoveryPlan::toJson() const {
    QJsonArray stepArray;
    for (const RecoveryStep &s : steps)
        stepArray.append(s.toJson());
    return {{QStringLiteral("set"), QDir::toNativeSeparators(setPath)},
            {QStringLiteral("server"), server},
            {QStringLiteral("pool"), profile.poolFqdn},
            {QStringLiteral("roles"), QJsonArray::fromStringList(profile.roles)},
            {QStringLiteral("kinds"), QJsonArray::fromStringList(profile.kindTexts())},
            {QStringLiteral("procedure"), procedure},
            {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
            {QStringLiteral("steps"), stepArray}};
}

Result<RecoveryPlan> buildRecoveryPlan(const QString &setPath, const Manifest &manifest, const Topology &topology,
                                       const QString &server) {
    Result<ServerProfile> profile = profileServer(topology, server);
    if (!profile)
        return profile.error();
    RecoveryPlan plan;
    plan.setPath = QDir(setPath).absolutePath();
    plan.server = profile->fqdn;
    plan.profile = *profile;
    plan.procedure = procedureText(plan.profile);
    PlanBuilder(plan.setPath, manifest, topology, plan).build();
    return plan;
}

}  // namespace lbw
