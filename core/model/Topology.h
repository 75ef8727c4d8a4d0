#pragma once
// The Lync deployment as the topology describes it: sites, clusters (pools
// and stand-alone servers) with their machines, SQL instances, and the
// services installed on them. Built from Get-CsTopology -AsXml or from a
// Topology Builder .tbxml by topology/TopologyReader.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace lbw {

struct Site {
    int siteId = 0;
    QString name;
    bool central = true;  // false for branch (remote) sites
};

struct Machine {
    QString fqdn;
    QStringList addresses;
};

struct Cluster {
    QString key;  // "<site>:<number>" (published XML) or the UniqueId (.tbxml)
    QString fqdn;
    int siteId = 0;
    QList<Machine> machines;
};

struct SqlInstance {
    QString key;         // "<cluster key>\<name>" or the UniqueId (.tbxml)
    QString clusterKey;  // the cluster the instance runs on
    QString name;        // empty: the default instance
};

struct ServiceRole {
    int siteId = 0;
    QString roleName;  // UserServices, FileStore, CentralMgmt, ...
    int instance = 0;
    QString key() const { return QStringLiteral("%1-%2-%3").arg(siteId).arg(roleName).arg(instance); }
};

struct Service {
    ServiceRole id;
    QString uniqueId;               // .tbxml only
    QString clusterKey;             // installed on a cluster, or
    QString sqlInstanceKey;         // on a SQL instance
    QList<QString> dependsOn;       // keys of services ("1-UserStore-1")
    QHash<QString, QString> facts;  // role payload attributes: ShareName, IsActive, ...
    bool knownRole = true;
};

struct Topology {
    QString format;  // "Get-CsTopology -AsXml" or "Topology Builder (.tbxml)"
    QStringList internalDomains;
    QList<Site> sites;
    QList<Cluster> clusters;
    QList<SqlInstance> sqlInstances;
    QList<Service> services;
    QStringList unknownElements;  // kept and shown, never a reason to fail

    const Cluster *cluster(const QString &key) const;
    const SqlInstance *sqlInstance(const QString &key) const;
    const Site *site(int siteId) const;
    QList<const Service *> servicesWithRole(const QString &roleName) const;
    // "sql01.contoso.com\rtc", or the FQDN alone for a default instance.
    QString sqlInstanceName(const SqlInstance &instance) const;
    // FQDN of the cluster a service runs on (through its SQL instance if need be).
    QString hostFqdn(const Service &service) const;
};

bool isKnownRole(const QString &roleName);
// What Lync's documents call a role ("Front End (user services)" for
// UserServices), translated; an unknown role's name as it is.
QString roleTitle(const QString &roleName);

}  // namespace lbw
