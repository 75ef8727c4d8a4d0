#include "recovery/ServerProfile.h"

#include <QCoreApplication>
#include <QSet>

namespace lbw {
namespace {

bool sameName(const QString &a, const QString &b) {
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// The cluster a service's data lives on: its own, or its SQL instance's.
QString storeCluster(const Topology &topology, const Service &service) {
    if (!service.clusterKey.isEmpty())
        return service.clusterKey;
    const SqlInstance *instance = topology.sqlInstance(service.sqlInstanceKey);
    return instance ? instance->clusterKey : QString();
}

// The store a front-end service uses: its dependency with `storeRole`.
const Service *dependency(const Topology &topology, const Service &service, const QString &storeRole) {
    for (const QString &key : service.dependsOn)
        for (const Service &candidate : topology.services)
            if (candidate.id.roleName == storeRole && (candidate.id.key() == key || candidate.uniqueId == key))
                return &candidate;
    return nullptr;
}

// The cluster holding the Central Management store: the store of the active
// CentralMgmt service; a topology never published has none, and then the
// only CentralMgmtStore is the one candidate.
QString cmsCluster(const Topology &topology, bool *assumed) {
    *assumed = false;
    const QList<const Service *> stores = topology.servicesWithRole(QStringLiteral("CentralMgmtStore"));
    for (const Service *service : topology.servicesWithRole(QStringLiteral("CentralMgmt"))) {
        if (!sameName(service->facts.value(QStringLiteral("IsActive")), QStringLiteral("true")))
            continue;
        if (const Service *store = dependency(topology, *service, QStringLiteral("CentralMgmtStore")))
            return storeCluster(topology, *store);
        if (stores.size() == 1)
            return storeCluster(topology, *stores.first());
        // No dependency written: the store beside the active pool's user store.
        for (const Service *userServices : topology.servicesWithRole(QStringLiteral("UserServices")))
            if (userServices->clusterKey == service->clusterKey)
                if (const Service *userStore = dependency(topology, *userServices, QStringLiteral("UserStore")))
                    for (const Service *store : stores)
                        if (store->sqlInstanceKey == userStore->sqlInstanceKey)
                            return storeCluster(topology, *store);
    }
    if (stores.size() == 1) {
        *assumed = true;
        return storeCluster(topology, *stores.first());
    }
    return {};
}

// Roles installed with Lync Server setup on the computer itself (not SQL
// stores, not a file share): such a server is rebuilt with the Deployment
// Wizard. A Survivable Branch or Director pool shows only Registrar.
bool isLyncServerRole(const QString &role) {
    static const QStringList roles{QStringLiteral("UserServices"),      QStringLiteral("Registrar"),
                                   QStringLiteral("WebServices"),       QStringLiteral("ConfServices"),
                                   QStringLiteral("ApplicationServer"), QStringLiteral("MediationServer"),
                                   QStringLiteral("EdgeServer"),        QStringLiteral("PersistentChat"),
                                   QStringLiteral("Director"),          QStringLiteral("ArchivingServer"),
                                   QStringLiteral("MonitoringServer"),  QStringLiteral("TrustedApplicationPool"),
                                   QStringLiteral("CentralMgmt")};
    return roles.contains(role);
}

}  // namespace

QStringList topologyMachines(const Topology &topology) {
    QStringList machines;
    for (const Cluster &cluster : topology.clusters)
        for (const Machine &machine : cluster.machines)
            if (!machines.contains(machine.fqdn, Qt::CaseInsensitive))
                machines << machine.fqdn;
    machines.sort(Qt::CaseInsensitive);
    return machines;
}

QStringList ServerProfile::kindTexts() const {
    QStringList texts;
    auto add = [&](bool is, const char *text) {
        if (is)
            texts << QCoreApplication::translate("ServerProfile", text);
    };
    add(cmsHost, QT_TRANSLATE_NOOP("ServerProfile", "server hosting the Central Management store"));
    add(standardEdition, QT_TRANSLATE_NOOP("ServerProfile", "Standard Edition server"));
    add(backEnd, QT_TRANSLATE_NOOP("ServerProfile", "Enterprise Edition Back End Server (SQL Server)"));
    add(frontEnd, QT_TRANSLATE_NOOP("ServerProfile", "Enterprise Edition Front End Server"));
    add(archivingOrMonitoringSql, QT_TRANSLATE_NOOP("ServerProfile", "SQL Server for Archiving or Monitoring"));
    add(persistentChatStore, QT_TRANSLATE_NOOP("ServerProfile", "SQL Server for Persistent Chat"));
    add(fileServer, QT_TRANSLATE_NOOP("ServerProfile", "file server (Lync file store)"));
    add(persistentChat, QT_TRANSLATE_NOOP("ServerProfile", "Persistent Chat Front End Server"));
    add(edge, QT_TRANSLATE_NOOP("ServerProfile", "Edge Server"));
    add(director, QT_TRANSLATE_NOOP("ServerProfile", "Director"));
    add(mediation, QT_TRANSLATE_NOOP("ServerProfile", "Mediation Server"));
    if (texts.isEmpty())
        texts << QCoreApplication::translate("ServerProfile", "server with no role this version knows");
    return texts;
}

Result<ServerProfile> profileServer(const Topology &topology, const QString &fqdn) {
    const Cluster *home = nullptr;
    ServerProfile profile;
    for (const Cluster &cluster : topology.clusters) {
        for (const Machine &machine : cluster.machines)
            if (sameName(machine.fqdn, fqdn)) {
                home = &cluster;
                profile.fqdn = machine.fqdn;
            }
        // A pool's FQDN names several computers: one of them must be chosen.
        if (!home && sameName(cluster.fqdn, fqdn) && cluster.machines.size() == 1) {
            home = &cluster;
            profile.fqdn = cluster.machines.first().fqdn;
        }
        if (home)
            break;
    }
    if (!home)
        return Error{QCoreApplication::translate("ServerProfile",
                                                 "%1 is not a machine of the set's topology. Its machines are: %2.")
                         .arg(fqdn, topologyMachines(topology).join(QStringLiteral(", ")))};
    profile.clusterKey = home->key;
    profile.poolFqdn = home->fqdn;
    for (const Machine &machine : home->machines)
        profile.poolMembers << machine.fqdn;
    QSet<QString> instanceKeys;
    for (const SqlInstance &instance : topology.sqlInstances)
        if (instance.clusterKey == home->key) {
            profile.sqlInstances << instance;
            instanceKeys.insert(instance.key);
        }

    QSet<QString> roles;
    for (const Service &service : topology.services) {
        const bool onCluster = service.clusterKey == home->key;
        const bool onInstance = instanceKeys.contains(service.sqlInstanceKey);
        if (!onCluster && !onInstance)
            continue;
        roles.insert(service.id.roleName);
        const QString role = service.id.roleName;
        if (role == QLatin1String("FileStore"))
            profile.fileServer = true;
        else if (role == QLatin1String("ArchivingStore") || role == QLatin1String("MonitoringStore"))
            profile.archivingOrMonitoringSql = true;
        else if (role == QLatin1String("PersistentChatStore"))
            profile.persistentChatStore = true;
        else if (role == QLatin1String("PersistentChat"))
            profile.persistentChat = true;
        else if (role == QLatin1String("EdgeServer"))
            profile.edge = true;
        else if (role == QLatin1String("Director") ||
                 (role == QLatin1String("Registrar") &&
                  sameName(service.facts.value(QStringLiteral("IsDirector")), QStringLiteral("true"))))
            profile.director = true;
        if (onCluster && isLyncServerRole(role))
            profile.runsLyncServices = true;
        else if (role == QLatin1String("MediationServer"))
            profile.mediation = true;
    }
    profile.roles = QStringList(roles.begin(), roles.end());
    profile.roles.sort();

    // Pools whose user store (and Response Group application store) is on
    // this machine's SQL instances: their data is restored here.
    for (const Service *userServices : topology.servicesWithRole(QStringLiteral("UserServices"))) {
        const QString pool = topology.hostFqdn(*userServices);
        if (const Service *store = dependency(topology, *userServices, QStringLiteral("UserStore")))
            if (instanceKeys.contains(store->sqlInstanceKey) && !profile.userStorePools.contains(pool))
                profile.userStorePools << pool;
    }
    // Without dependencies (some .tbxml files), a user store on this machine
    // serves the pool installed on the same cluster.
    if (profile.userStorePools.isEmpty() && roles.contains(QStringLiteral("UserStore")) &&
        roles.contains(QStringLiteral("UserServices")))
        profile.userStorePools << home->fqdn;
    for (const Service *application : topology.servicesWithRole(QStringLiteral("ApplicationServer"))) {
        const QString pool = topology.hostFqdn(*application);
        const Service *store = dependency(topology, *application, QStringLiteral("ApplicationStore"));
        const bool here = store ? instanceKeys.contains(store->sqlInstanceKey)
                                : profile.userStorePools.contains(pool, Qt::CaseInsensitive);
        if (here && !profile.applicationStorePools.contains(pool))
            profile.applicationStorePools << pool;
    }

    const bool hostsUserServices = roles.contains(QStringLiteral("UserServices"));
    profile.standardEdition = hostsUserServices && home->machines.size() == 1 &&
                              profile.userStorePools.contains(home->fqdn, Qt::CaseInsensitive);
    profile.frontEnd = hostsUserServices && !profile.standardEdition;
    profile.backEnd = !profile.standardEdition && !profile.userStorePools.isEmpty();
    bool assumed = false;
    profile.cmsHost = !home->key.isEmpty() && cmsCluster(topology, &assumed) == home->key;
    profile.cmsHostAssumed = profile.cmsHost && assumed;
    return profile;
}

}  // namespace lbw
