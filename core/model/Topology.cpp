#include "model/Topology.h"

#include <QCoreApplication>
#include <QHash>

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

QString roleTitle(const QString &roleName) {
    static const QHash<QString, const char *> titles{
        {QStringLiteral("UserServices"), QT_TRANSLATE_NOOP("Role", "Front End (user services)")},
        {QStringLiteral("Registrar"), QT_TRANSLATE_NOOP("Role", "Registrar")},
        {QStringLiteral("UserStore"), QT_TRANSLATE_NOOP("Role", "Back End (user store)")},
        {QStringLiteral("FileStore"), QT_TRANSLATE_NOOP("Role", "File store")},
        {QStringLiteral("WebServices"), QT_TRANSLATE_NOOP("Role", "Web services")},
        {QStringLiteral("ConfServices"), QT_TRANSLATE_NOOP("Role", "Conferencing")},
        {QStringLiteral("ApplicationServer"), QT_TRANSLATE_NOOP("Role", "Application server")},
        {QStringLiteral("ApplicationStore"), QT_TRANSLATE_NOOP("Role", "Application store")},
        {QStringLiteral("CentralMgmt"), QT_TRANSLATE_NOOP("Role", "Central Management Server")},
        {QStringLiteral("CentralMgmtStore"), QT_TRANSLATE_NOOP("Role", "Central Management store")},
        {QStringLiteral("ArchivingStore"), QT_TRANSLATE_NOOP("Role", "Archiving store")},
        {QStringLiteral("MonitoringStore"), QT_TRANSLATE_NOOP("Role", "Monitoring store")},
        {QStringLiteral("PersistentChat"), QT_TRANSLATE_NOOP("Role", "Persistent Chat")},
        {QStringLiteral("PersistentChatStore"), QT_TRANSLATE_NOOP("Role", "Persistent Chat store")},
        {QStringLiteral("EdgeServer"), QT_TRANSLATE_NOOP("Role", "Edge Server")},
        {QStringLiteral("MediationServer"), QT_TRANSLATE_NOOP("Role", "Mediation Server")},
        {QStringLiteral("ManagementServices"), QT_TRANSLATE_NOOP("Role", "Management services")},
        {QStringLiteral("WacService"), QT_TRANSLATE_NOOP("Role", "Office Web Apps Server")},
        {QStringLiteral("ArchivingServer"), QT_TRANSLATE_NOOP("Role", "Archiving")},
        {QStringLiteral("MonitoringServer"), QT_TRANSLATE_NOOP("Role", "Monitoring")},
        {QStringLiteral("Director"), QT_TRANSLATE_NOOP("Role", "Director")},
        {QStringLiteral("PstnGateway"), QT_TRANSLATE_NOOP("Role", "PSTN gateway")},
        {QStringLiteral("TrustedApplicationPool"), QT_TRANSLATE_NOOP("Role", "Trusted application pool")},
        {QStringLiteral("ExternalServer"), QT_TRANSLATE_NOOP("Role", "External server")},
    };
    const char *title = titles.value(roleName);
    return title ? QCoreApplication::translate("Role", title) : roleName;
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
