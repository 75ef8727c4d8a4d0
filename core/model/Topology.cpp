#include "model/Topology.h"

namespace lbw {

bool isKnownRole(const QString &roleName) {
    static const QStringList roles{
        QStringLiteral("UserServices"),
        QStringLiteral("Registrar"),
        QStringLiteral("UserStore"),
        QStringLiteral("FileStore"),
        QStringLiteral("WebServices"),
        QStringLiteral("ConfServices"),
        QStringLiteral("ApplicationServer"),
        QStringLiteral("ApplicationStore"),
        QStringLiteral("CentralMgmt"),
        QStringLiteral("CentralMgmtStore"),
        QStringLiteral("ArchivingStore"),
        QStringLiteral("MonitoringStore"),
        QStringLiteral("PersistentChat"),
        QStringLiteral("PersistentChatStore"),
        QStringLiteral("EdgeServer"),
        QStringLiteral("MediationServer"),
        QStringLiteral("ManagementServices"),
        QStringLiteral("WacService"),
        QStringLiteral("ArchivingServer"),
        QStringLiteral("MonitoringServer"),
        QStringLiteral("Director"),
        QStringLiteral("PstnGateway"),
        QStringLiteral("TrustedApplicationPool"),
        QStringLiteral("ExternalServer"),
        QStringLiteral("PersistentChatComplianceStore"),
        QStringLiteral("ReverseProxy"),
    };
    return roles.contains(roleName);
}

const Cluster *Topology::cluster(const QString &key) const {
    for (const Cluster &c : clusters)
        if (c.key == key)
            return &c;
    return nullptr;
}

const SqlInstance *Topology::sqlInstance(const QString &key) const {
    for (const SqlInstance &s : sqlInstances)
        if (s.key == key)
            return &s;
    return nullptr;
}

const Site *Topology::site(int siteId) const {
    for (const Site &s : sites)
        if (s.siteId == siteId)
            return &s;
    return nullptr;
}

QList<const Service *> Topology::servicesWithRole(const QString &roleName) const {
    QList<const Service *> found;
    for (const Service &service : services)
        if (service.id.roleName == roleName)
            found << &service;
    return found;
}

QString Topology::sqlInstanceName(const SqlInstance &instance) const {
    const Cluster *host = cluster(instance.clusterKey);
    const QString fqdn = host ? host->fqdn : QString();
    return instance.name.isEmpty() ? fqdn : fqdn + QLatin1Char('\\') + instance.name;
}

QString Topology::hostFqdn(const Service &service) const {
    if (const Cluster *c = cluster(service.clusterKey))
        return c->fqdn;
    if (const SqlInstance *s = sqlInstance(service.sqlInstanceKey))
        if (const Cluster *c = cluster(s->clusterKey))
            return c->fqdn;
    return {};
}

}  // namespace lbw
