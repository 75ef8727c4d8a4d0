#include "topology/Catalog.h"

#include "util/PowerShell.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QSet>

namespace lbw {
namespace {

// The Lync Server Management Shell, as the documents run the cmdlets. The
// output file reaches the command through the environment, not the command
// text, so no path can break the quoting of the PowerShell command.
QJsonArray powershell(const QString &script) {
    return {QStringLiteral("powershell.exe"), QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"),
            QStringLiteral("-Command"), QString(QStringLiteral("Import-Module Lync; ") + script)};
}

// Item names become folder names in the set: keep them short and safe.
QString itemName(const QString &raw) {
    QString name;
    for (const QChar c : raw)
        name += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('.') || c == QLatin1Char('-') ||
                        c == QLatin1Char('_')
                    ? c
                    : QLatin1Char('_');
    if (name.size() > 64)
        name = name.left(55) + QLatin1Char('-') +
               QString::fromLatin1(QCryptographicHash::hash(raw.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    return name;
}

CatalogItem sqlItem(const Topology &topology, const Service &store, const QString &database, Necessity necessity,
                    const QString &title) {
    const SqlInstance *instance = topology.sqlInstance(store.sqlInstanceKey);
    const QString server = instance ? topology.sqlInstanceName(*instance) : topology.hostFqdn(store);
    CatalogItem item;
    item.name = itemName(database + QLatin1Char('-') + server);
    item.title = title;
    item.necessity = necessity;
    item.method = BackupMethod::SqlBackup;
    item.pool = topology.hostFqdn(store);
    item.server = server;
    item.database = database;
    item.exportCommand = QStringLiteral("BACKUP DATABASE [%1] ... WITH COPY_ONLY, CHECKSUM").arg(database);
    item.importCommand = QStringLiteral("RESTORE DATABASE [%1] ... WITH REPLACE").arg(database);
    return item;
}

CatalogItem rebuilt(const QString &database, const QString &pool, const QString &server, const QString &why) {
    CatalogItem item;
    item.name = itemName(database + QLatin1Char('-') + server);
    item.title = database;
    item.necessity = Necessity::NotBackedUp;
    item.method = BackupMethod::RebuiltBySetup;
    item.pool = pool;
    item.server = server;
    item.database = database;
    item.note = why;
    return item;
}

}  // namespace

QString necessityKey(Necessity necessity) {
    switch (necessity) {
        case Necessity::Required:
            return QStringLiteral("required");
        case Necessity::Recommended:
            return QStringLiteral("recommended");
        case Necessity::Optional:
            return QStringLiteral("optional");
        case Necessity::NotBackedUp:
            return QStringLiteral("not-backed-up");
    }
    return {};
}

QString necessityText(Necessity necessity) {
    switch (necessity) {
        case Necessity::Required:
            return QCoreApplication::translate("Catalog", "required");
        case Necessity::Recommended:
            return QCoreApplication::translate("Catalog", "recommended");
        case Necessity::Optional:
            return QCoreApplication::translate("Catalog", "optional");
        case Necessity::NotBackedUp:
            return QCoreApplication::translate("Catalog", "not backed up");
    }
    return {};
}

QString methodKey(BackupMethod method) {
    switch (method) {
        case BackupMethod::CmdletExport:
            return QStringLiteral("cmdlet");
        case BackupMethod::SqlBackup:
            return QStringLiteral("sql");
        case BackupMethod::FileCopy:
            return QStringLiteral("file");
        case BackupMethod::RebuiltBySetup:
            return QStringLiteral("rebuilt");
    }
    return {};
}

QString methodText(BackupMethod method) {
    switch (method) {
        case BackupMethod::CmdletExport:
            return QCoreApplication::translate("Catalog", "cmdlet export");
        case BackupMethod::SqlBackup:
            return QCoreApplication::translate("Catalog", "SQL Server backup");
        case BackupMethod::FileCopy:
            return QCoreApplication::translate("Catalog", "file copy");
        case BackupMethod::RebuiltBySetup:
            return QCoreApplication::translate("Catalog", "rebuilt by setup");
    }
    return {};
}

PlanItem CatalogItem::toPlanItem() const {
    switch (method) {
        case BackupMethod::FileCopy:
            return {QStringLiteral("filestore"), name, server, {}};
        case BackupMethod::SqlBackup: {
            const QString host = server.section(QLatin1Char('\\'), 0, 0);
            const QString instance = server.section(QLatin1Char('\\'), 1);
            return {QStringLiteral("sqlserver"),
                    name,
                    server,
                    {{QStringLiteral("server"), host},
                     {QStringLiteral("instance"), instance},
                     {QStringLiteral("database"), database},
                     {QStringLiteral("authentication"), QStringLiteral("integrated")}}};
        }
        default: {
            // The documents say these three write ZIP files; a backup checks that they did.
            const bool zipExport = exportCommand.startsWith(QLatin1String("Export-CsConfiguration")) ||
                                   exportCommand.startsWith(QLatin1String("Export-CsUserData")) ||
                                   exportCommand.startsWith(QLatin1String("Export-CsRgsConfiguration"));
            return {QStringLiteral("cmdlet"),
                    name,
                    server,
                    {{QStringLiteral("command"), powershell(exportCommand)},
                     {QStringLiteral("import"), importCommand},
                     {QStringLiteral("output"), QString(name + QStringLiteral(".zip"))},
                     {QStringLiteral("format"), zipExport ? QStringLiteral("zip") : QStringLiteral("file")},
                     {QStringLiteral("timeoutSeconds"), 3600}}};
        }
    }
}

QJsonObject CatalogItem::toJson() const {
    return {{QStringLiteral("name"), name},
            {QStringLiteral("title"), title},
            {QStringLiteral("necessity"), necessityKey(necessity)},
            {QStringLiteral("method"), methodKey(method)},
            {QStringLiteral("pool"), pool},
            {QStringLiteral("server"), server},
            {QStringLiteral("database"), database},
            {QStringLiteral("export"), exportCommand},
            {QStringLiteral("import"), importCommand},
            {QStringLiteral("note"), note}};
}

QList<CatalogItem> buildCatalog(const Topology &topology) {
    QList<CatalogItem> catalog;
    const QString file = QStringLiteral("$env:LBW_OUTPUT_FILE");

    // The Central Management store: the pool/server whose CentralMgmt
    // service is active. A topology that was never published has none; the
    // host is then unknown, but the export is required all the same.
    QString cmsHost;
    for (const Service *service : topology.servicesWithRole(QStringLiteral("CentralMgmt")))
        if (service->facts.value(QStringLiteral("IsActive")).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            cmsHost = topology.hostFqdn(*service);
    const QString cmsNote = cmsHost.isEmpty()
                                ? QCoreApplication::translate("Catalog",
                                                              "The topology names no active Central "
                                                              "Management store (it was never published); "
                                                              "run the export on any server of the "
                                                              "deployment.")
                                : QString();
    CatalogItem cms;
    cms.name = QStringLiteral("cms");
    cms.title =
        QCoreApplication::translate("Catalog", "Central Management store: topology, policies and settings (xds)");
    cms.pool = cms.server = cmsHost;
    cms.database = QStringLiteral("xds");
    cms.exportCommand = QStringLiteral("Export-CsConfiguration -FileName ") + file;
    cms.importCommand = QStringLiteral("Import-CsConfiguration -FileName <file>");
    cms.note = cmsNote;
    catalog << cms;

    CatalogItem lis = cms;
    lis.name = QStringLiteral("lis");
    lis.title = QCoreApplication::translate("Catalog", "E9-1-1 location information (lis)");
    lis.database = QStringLiteral("lis");
    lis.exportCommand = QStringLiteral("Export-CsLisConfiguration -FileName ") + file;
    lis.importCommand = QStringLiteral("Import-CsLisConfiguration -FileName <file>");
    catalog << lis;

    // Per Front End pool / Standard Edition server: persistent user data.
    QSet<QString> pools;
    for (const Service *service : topology.servicesWithRole(QStringLiteral("UserServices"))) {
        const QString pool = topology.hostFqdn(*service);
        if (pool.isEmpty() || pools.contains(pool))
            continue;
        pools.insert(pool);
        CatalogItem item;
        item.name = itemName(QStringLiteral("userdata-") + pool);
        item.title = QCoreApplication::translate("Catalog", "User data of %1: contacts, permissions, meetings (rtcxds)")
                         .arg(pool);
        item.pool = item.server = pool;
        item.database = QStringLiteral("rtcxds");
        item.exportCommand = QStringLiteral("Export-CsUserData -PoolFqdn %1 -FileName %2").arg(psLiteral(pool), file);
        item.importCommand = QStringLiteral("Import-CsUserData -PoolFqdn %1 -FileName <file>").arg(psLiteral(pool));
        catalog << item;
        catalog << rebuilt(
            QStringLiteral("lyss"), pool, pool + QStringLiteral("\\LYNCLOCAL"),
            QCoreApplication::translate("Catalog", "Local storage of each Front End; rebuilt by setup."));
        catalog << rebuilt(QStringLiteral("RTCLOCAL"), pool, pool + QStringLiteral("\\RTCLOCAL"),
                           QCoreApplication::translate("Catalog",
                                                       "Read-only replica of the Central Management store "
                                                       "on every server; rebuilt by setup."));
    }

    // Per pool running Response Group.
    QSet<QString> rgsPools;
    for (const Service *service : topology.servicesWithRole(QStringLiteral("ApplicationServer"))) {
        const QString pool = topology.hostFqdn(*service);
        if (pool.isEmpty() || rgsPools.contains(pool))
            continue;
        rgsPools.insert(pool);
        CatalogItem item;
        item.name = itemName(QStringLiteral("rgs-") + pool);
        item.title = QCoreApplication::translate("Catalog", "Response Group configuration of %1 (rgsconfig)").arg(pool);
        item.pool = item.server = pool;
        item.database = QStringLiteral("rgsconfig");
        item.exportCommand = QStringLiteral("Export-CsRgsConfiguration -Source %1 -FileName %2")
                                 .arg(psLiteral(QStringLiteral("ApplicationServer:") + pool), file);
        item.importCommand = QStringLiteral(
                                 "Import-CsRgsConfiguration -Destination %1 "
                                 "-OverwriteOwner -FileName <file>")
                                 .arg(psLiteral(QStringLiteral("service:ApplicationServer:") + pool));
        catalog << item;
    }

    for (const Service *store : topology.servicesWithRole(QStringLiteral("ArchivingStore"))) {
        CatalogItem item = sqlItem(topology, *store, QStringLiteral("LcsLog"), Necessity::Recommended,
                                   QCoreApplication::translate("Catalog", "Archiving (LcsLog)"));
        item.note = QCoreApplication::translate("Catalog", "Back up as your retention policy requires.");
        catalog << item;
    }
    for (const Service *store : topology.servicesWithRole(QStringLiteral("MonitoringStore"))) {
        for (const QString &db : {QStringLiteral("LcsCDR"), QStringLiteral("QoEMetrics")}) {
            CatalogItem item =
                sqlItem(topology, *store, db, Necessity::Recommended,
                        db == QLatin1String("LcsCDR")
                            ? QCoreApplication::translate("Catalog", "Monitoring: call detail records (LcsCDR)")
                            : QCoreApplication::translate("Catalog", "Monitoring: quality of experience (QoEMetrics)"));
            item.note = QCoreApplication::translate("Catalog", "Back up as your retention policy requires.");
            catalog << item;
        }
    }
    for (const Service *store : topology.servicesWithRole(QStringLiteral("PersistentChatStore"))) {
        CatalogItem item = sqlItem(topology, *store, QStringLiteral("mgc"), Necessity::Required,
                                   QCoreApplication::translate("Catalog", "Persistent Chat (mgc)"));
        item.note = QCoreApplication::translate("Catalog", "Export-CsPersistentChatData is an alternative.");
        catalog << item;
    }

    for (const Service *store : topology.servicesWithRole(QStringLiteral("FileStore"))) {
        const QString host = topology.hostFqdn(*store);
        const QString share = store->facts.value(QStringLiteral("ShareName"));
        CatalogItem item;
        item.server = QStringLiteral("\\\\%1\\%2").arg(host, share);
        item.name = itemName(QStringLiteral("filestore-%1-%2").arg(host, share));
        item.title = QCoreApplication::translate("Catalog", "File store %1").arg(item.server);
        item.method = BackupMethod::FileCopy;
        item.pool = host;
        item.note = QCoreApplication::translate("Catalog", "Copied to the set; Meeting.Active files are skipped.");
        catalog << item;
    }

    // Considered, and deliberately not backed up.
    for (const Service *store : topology.servicesWithRole(QStringLiteral("UserStore"))) {
        const SqlInstance *instance = topology.sqlInstance(store->sqlInstanceKey);
        const QString server = instance ? topology.sqlInstanceName(*instance) : topology.hostFqdn(*store);
        for (const QString &db : {QStringLiteral("rtcdyn"), QStringLiteral("rtcab")})
            catalog << rebuilt(db, topology.hostFqdn(*store), server,
                               QCoreApplication::translate("Catalog", "Transient data; rebuilt by setup."));
    }
    for (const Service *store : topology.servicesWithRole(QStringLiteral("ApplicationStore"))) {
        const SqlInstance *instance = topology.sqlInstance(store->sqlInstanceKey);
        const QString server = instance ? topology.sqlInstanceName(*instance) : topology.hostFqdn(*store);
        for (const QString &db : {QStringLiteral("rgsdyn"), QStringLiteral("cpsdyn")})
            catalog << rebuilt(db, topology.hostFqdn(*store), server,
                               QCoreApplication::translate("Catalog", "Transient data; rebuilt by setup."));
    }
    for (const Service *store : topology.servicesWithRole(QStringLiteral("PersistentChatComplianceStore"))) {
        const SqlInstance *instance = topology.sqlInstance(store->sqlInstanceKey);
        catalog << rebuilt(QStringLiteral("mgccomp"), topology.hostFqdn(*store),
                           instance ? topology.sqlInstanceName(*instance) : topology.hostFqdn(*store),
                           QCoreApplication::translate("Catalog", "Transient compliance data; rebuilt by setup."));
    }
    return catalog;
}

BackupPlan planFromCatalog(const QList<CatalogItem> &catalog, const QString &location, const QString &name) {
    BackupPlan plan;
    plan.name = name;
    plan.location = location;
    for (const CatalogItem &item : catalog)
        if (item.isBackedUp())
            plan.items << item.toPlanItem();
    return plan;
}

}  // namespace lbw
