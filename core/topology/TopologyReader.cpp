#include "topology/TopologyReader.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QDomElement>
#include <QFile>
#include <QSet>

namespace lbw {
namespace {

// Children by local name: namespaces vary between Lync versions and the two
// file forms, and names are what the schemas agree on.
QList<QDomElement> children(const QDomElement &parent, const QString &localName) {
    QList<QDomElement> found;
    for (QDomElement e = parent.firstChildElement(); !e.isNull(); e = e.nextSiblingElement())
        if (e.localName() == localName)
            found << e;
    return found;
}

QDomElement child(const QDomElement &parent, const QString &localName) {
    const QList<QDomElement> found = children(parent, localName);
    return found.isEmpty() ? QDomElement() : found.first();
}

Error missing(const QDomElement &where, const QString &what) {
    return Error{QCoreApplication::translate("TopologyReader", "Line %1: %2 is missing %3.")
                     .arg(where.lineNumber())
                     .arg(where.localName(), what)};
}

// Role payloads (<FileStoreService ShareName=...>, <CentralMgmtService
// IsActive=...>) become facts; the structural children are read elsewhere.
void readPayload(const QDomElement &serviceElement, Service &service) {
    static const QSet<QString> structural{QStringLiteral("ServiceId"), QStringLiteral("DependsOn"),
                                          QStringLiteral("InstalledOn"), QStringLiteral("Ports")};
    for (QDomElement e = serviceElement.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        if (structural.contains(e.localName()))
            continue;
        const QDomNamedNodeMap attributes = e.attributes();
        for (int i = 0; i < attributes.count(); ++i) {
            const QDomAttr attribute = attributes.item(i).toAttr();
            if (attribute.prefix() != QLatin1String("xmlns") && attribute.name() != QLatin1String("xmlns"))
                service.facts.insert(attribute.localName().isEmpty() ? attribute.name() : attribute.localName(),
                                     attribute.value());
        }
        service.facts.insert(QStringLiteral("payload"), e.localName());
    }
}

QString clusterKey(const QDomElement &clusterId) {
    return clusterId.attribute(QStringLiteral("SiteId")) + QLatin1Char(':') +
           clusterId.attribute(QStringLiteral("Number"));
}

Result<Topology> readPublished(const QDomElement &root) {
    Topology topology;
    topology.format = QStringLiteral("Get-CsTopology -AsXml");
    for (const QDomElement &domain :
         children(child(root, QStringLiteral("InternalDomains")), QStringLiteral("InternalDomain")))
        topology.internalDomains << domain.attribute(QStringLiteral("Name"));
    for (QDomElement site = child(root, QStringLiteral("Sites")).firstChildElement(); !site.isNull();
         site = site.nextSiblingElement())
        topology.sites << Site{site.attribute(QStringLiteral("SiteId")).toInt(),
                               child(site, QStringLiteral("Name")).text(),
                               site.localName() == QLatin1String("CentralSite")};

    const QDomElement clusters = child(root, QStringLiteral("Clusters"));
    if (clusters.isNull())
        return missing(root, QStringLiteral("<Clusters>"));
    for (const QDomElement &element : children(clusters, QStringLiteral("Cluster"))) {
        const QDomElement id = child(element, QStringLiteral("ClusterId"));
        if (id.isNull())
            return missing(element, QStringLiteral("<ClusterId>"));
        Cluster cluster{clusterKey(id),
                        element.attribute(QStringLiteral("Fqdn")),
                        id.attribute(QStringLiteral("SiteId")).toInt(),
                        {}};
        if (cluster.fqdn.isEmpty())
            return missing(element, QStringLiteral("Fqdn"));
        for (const QDomElement &machine : children(element, QStringLiteral("Machine"))) {
            Machine m{machine.attribute(QStringLiteral("Fqdn"), cluster.fqdn), {}};
            for (const QDomElement &nic : children(machine, QStringLiteral("NetInterface")))
                m.addresses << nic.attribute(QStringLiteral("IPAddress"));
            cluster.machines << m;
        }
        topology.clusters << cluster;
    }

    for (const QDomElement &element :
         children(child(root, QStringLiteral("SqlInstances")), QStringLiteral("SqlInstance"))) {
        const QDomElement id = child(element, QStringLiteral("SqlInstanceId"));
        const QDomElement onCluster = child(id, QStringLiteral("ClusterId"));
        if (id.isNull() || onCluster.isNull())
            return missing(element, QStringLiteral("<SqlInstanceId><ClusterId>"));
        const QString name = id.attribute(QStringLiteral("Name"));
        topology.sqlInstances << SqlInstance{clusterKey(onCluster) + QLatin1Char('\\') + name, clusterKey(onCluster),
                                             name};
    }

    const QDomElement services = child(root, QStringLiteral("Services"));
    if (services.isNull())
        return missing(root, QStringLiteral("<Services>"));
    for (const QDomElement &element : children(services, QStringLiteral("Service"))) {
        const QDomElement id = child(element, QStringLiteral("ServiceId"));
        if (id.isNull())
            return missing(element, QStringLiteral("<ServiceId>"));
        Service service;
        service.id =
            ServiceRole{id.attribute(QStringLiteral("SiteId")).toInt(), id.attribute(QStringLiteral("RoleName")),
                        id.attribute(QStringLiteral("Instance")).toInt()};
        if (service.id.roleName.isEmpty())
            return missing(id, QStringLiteral("RoleName"));
        const QDomElement installedOn = child(element, QStringLiteral("InstalledOn"));
        if (const QDomElement onCluster = child(installedOn, QStringLiteral("ClusterId")); !onCluster.isNull())
            service.clusterKey = clusterKey(onCluster);
        if (const QDomElement onSql = child(installedOn, QStringLiteral("SqlInstanceId")); !onSql.isNull())
            service.sqlInstanceKey = clusterKey(child(onSql, QStringLiteral("ClusterId"))) + QLatin1Char('\\') +
                                     onSql.attribute(QStringLiteral("Name"));
        for (const QDomElement &dependency :
             children(child(element, QStringLiteral("DependsOn")), QStringLiteral("Dependency"))) {
            const QDomElement target = child(dependency, QStringLiteral("ServiceId"));
            if (!target.isNull())
                service.dependsOn << ServiceRole{target.attribute(QStringLiteral("SiteId")).toInt(),
                                                 target.attribute(QStringLiteral("RoleName")),
                                                 target.attribute(QStringLiteral("Instance")).toInt()}
                                         .key();
        }
        readPayload(element, service);
        service.knownRole = isKnownRole(service.id.roleName);
        topology.services << service;
    }
    return topology;
}

void readTbxmlClusters(const QDomElement &site, int siteId, Topology &topology) {
    for (const QDomElement &element : children(child(site, QStringLiteral("Clusters")), QStringLiteral("Cluster"))) {
        Cluster cluster{
            element.attribute(QStringLiteral("UniqueId")), element.attribute(QStringLiteral("Fqdn")), siteId, {}};
        for (const QDomElement &machine :
             children(child(element, QStringLiteral("Machines")), QStringLiteral("Machine"))) {
            // A single-machine cluster's machine carries no FQDN of its own.
            Machine m{machine.attribute(QStringLiteral("Fqdn"), cluster.fqdn), {}};
            for (const QDomElement &nic : children(machine, QStringLiteral("NetInterface")))
                m.addresses << nic.attribute(QStringLiteral("IPAddress"));
            cluster.machines << m;
        }
        for (const QDomElement &sql :
             children(child(element, QStringLiteral("SqlInstances")), QStringLiteral("SqlInstance")))
            topology.sqlInstances << SqlInstance{sql.attribute(QStringLiteral("UniqueId")), cluster.key,
                                                 sql.attribute(QStringLiteral("Name"))};
        topology.clusters << cluster;
    }
}

Result<Topology> readTopologyBuilder(const QDomElement &root) {
    QDomElement partial = child(child(root, QStringLiteral("NewTopology")), QStringLiteral("PartialTopology"));
    if (partial.isNull())
        partial = child(child(root, QStringLiteral("OriginalTopology")), QStringLiteral("PartialTopology"));
    if (partial.isNull())
        return missing(root, QStringLiteral("<NewTopology><PartialTopology>"));
    Topology topology;
    topology.format = QStringLiteral("Topology Builder (.tbxml)");
    for (const QDomElement &domain :
         children(child(partial, QStringLiteral("InternalDomains")), QStringLiteral("InternalDomain")))
        topology.internalDomains << domain.attribute(QStringLiteral("Name"));
    // Branch sites (RemoteSites) sit inside their central site in files
    // Topology Builder writes; older files put them beside CentralSites.
    auto readSite = [&topology](const QDomElement &site, bool central) {
        const int siteId = site.attribute(QStringLiteral("SiteId")).toInt();
        topology.sites << Site{siteId, child(site, QStringLiteral("Name")).text(), central};
        readTbxmlClusters(site, siteId, topology);
    };
    for (QDomElement central = child(partial, QStringLiteral("CentralSites")).firstChildElement(); !central.isNull();
         central = central.nextSiblingElement()) {
        readSite(central, true);
        for (QDomElement branch = child(central, QStringLiteral("RemoteSites")).firstChildElement(); !branch.isNull();
             branch = branch.nextSiblingElement())
            readSite(branch, false);
    }
    for (QDomElement branch = child(partial, QStringLiteral("RemoteSites")).firstChildElement(); !branch.isNull();
         branch = branch.nextSiblingElement())
        readSite(branch, false);
    if (topology.clusters.isEmpty())
        return missing(partial, QStringLiteral("<CentralSites><CentralSite><Clusters>"));

    const QDomElement services = child(partial, QStringLiteral("Services"));
    if (services.isNull())
        return missing(partial, QStringLiteral("<Services>"));
    QHash<QString, int> instances;       // "<site>-<role>" -> last instance number
    QHash<QString, QString> byUniqueId;  // service UniqueId -> key
    QList<QStringList> pendingDependencies;
    for (const QDomElement &element : children(services, QStringLiteral("Service"))) {
        Service service;
        service.uniqueId = element.attribute(QStringLiteral("UniqueId"));
        service.id.roleName = element.attribute(QStringLiteral("RoleName"));
        if (service.id.roleName.isEmpty())
            return missing(element, QStringLiteral("RoleName"));
        const QString installedOn = element.attribute(QStringLiteral("InstalledOn"));
        if (topology.cluster(installedOn))
            service.clusterKey = installedOn;
        else if (topology.sqlInstance(installedOn))
            service.sqlInstanceKey = installedOn;
        const Cluster *host = topology.cluster(service.clusterKey);
        if (!host)
            if (const SqlInstance *sql = topology.sqlInstance(service.sqlInstanceKey))
                host = topology.cluster(sql->clusterKey);
        service.id.siteId = host ? host->siteId : 0;
        service.id.instance = ++instances[QStringLiteral("%1-%2").arg(service.id.siteId).arg(service.id.roleName)];
        QStringList dependencies;
        for (const QDomElement &dependency :
             children(child(element, QStringLiteral("DependsOn")), QStringLiteral("Dependency")))
            for (const QString &attribute :
                 {QStringLiteral("ServiceUniqueId"), QStringLiteral("UniqueId"), QStringLiteral("Service")})
                if (dependency.hasAttribute(attribute))
                    dependencies << dependency.attribute(attribute);
        pendingDependencies << dependencies;
        readPayload(element, service);
        service.knownRole = isKnownRole(service.id.roleName);
        byUniqueId.insert(service.uniqueId, service.id.key());
        topology.services << service;
    }
    for (qsizetype i = 0; i < topology.services.size(); ++i)
        for (const QString &uniqueId : pendingDependencies[i])
            topology.services[i].dependsOn << byUniqueId.value(uniqueId, uniqueId);
    return topology;
}

}  // namespace

Result<Topology> readTopology(const QByteArray &xml) {
    QDomDocument document;
    QString message;
    int line = 0;
    int column = 0;
    if (!document.setContent(xml, true, &message, &line, &column))
        return Error{QCoreApplication::translate("TopologyReader",
                                                 "Line %1, column %2: the topology is not valid XML "
                                                 "(%3).")
                         .arg(line)
                         .arg(column)
                         .arg(message)};
    const QDomElement root = document.documentElement();
    Result<Topology> topology = Error{};
    if (root.localName() == QLatin1String("Topology"))
        topology = readPublished(root);
    else if (root.localName() == QLatin1String("TopologyBuilder"))
        topology = readTopologyBuilder(root);
    else
        return Error{QCoreApplication::translate("TopologyReader",
                                                 "Line %1: <%2> is neither a published topology (<Topology>, from "
                                                 "Get-CsTopology -AsXml) nor a Topology Builder file "
                                                 "(<TopologyBuilder>, .tbxml).")
                         .arg(root.lineNumber())
                         .arg(root.tagName())};
    if (topology)
        for (const Service &service : topology->services)
            if (!service.knownRole)
                topology->unknownElements << QCoreApplication::translate("TopologyReader", "role %1 (service %2)")
                                                 .arg(service.id.roleName, service.id.key());
    return topology;
}

Result<Topology> readTopologyFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("TopologyReader", "Cannot open the topology %1: %2.")
                         .arg(path, file.errorString())};
    Result<Topology> topology = readTopology(file.readAll());
    if (!topology)
        return Error{QStringLiteral("%1: %2").arg(path, topology.errorMessage())};
    return topology;
}

}  // namespace lbw
