#include "sample/SampleTopology.h"

#include "recovery/HostFacts.h"
#include "topology/Catalog.h"
#include "topology/NameRules.h"
#include "topology/TopologyReader.h"


namespace lbw {

QString sampleServerFqdn() {
    const QString fqdn = HostFacts::ofThisMachine().fqdn.toLower();
    return isValidFqdn(fqdn) ? fqdn : QStringLiteral("lync-se01.sample.invalid");
}

QByteArray sampleTopologyXml(const QString &fqdn) {
    // Only a validated host name is put into the text.
    return QStringLiteral(R"(<?xml version="1.0" encoding="utf-8"?>
<Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008">
  <InternalDomains AllowAllDomains="false" DefaultDomain="sample.invalid">
    <InternalDomain Name="sample.invalid" Authoritative="false" AllowSubDomains="false" />
  </InternalDomains>
  <Sites>
    <CentralSite SiteId="1"><Name>Sample</Name></CentralSite>
  </Sites>
  <Clusters>
    <Cluster Fqdn="%1"><ClusterId SiteId="1" Number="1" />
      <Machine OrdinalInCluster="1" Fqdn="%1"><NetInterface InterfaceSide="Primary" InterfaceNumber="1" IPAddress="0.0.0.0" /></Machine>
    </Cluster>
  </Clusters>
  <SqlInstances>
    <SqlInstance><SqlInstanceId Name="rtc"><ClusterId SiteId="1" Number="1" /></SqlInstanceId></SqlInstance>
    <SqlInstance><SqlInstanceId Name="monitoring"><ClusterId SiteId="1" Number="1" /></SqlInstanceId></SqlInstance>
  </SqlInstances>
  <Services>
    <Service><ServiceId SiteId="1" RoleName="CentralMgmtStore" Instance="1" /><InstalledOn><SqlInstanceId Name="rtc"><ClusterId SiteId="1" Number="1" /></SqlInstanceId></InstalledOn></Service>
    <Service><ServiceId SiteId="1" RoleName="CentralMgmt" Instance="1" /><InstalledOn><ClusterId SiteId="1" Number="1" /></InstalledOn>
      <DependsOn><Dependency Usage="Default"><ServiceId SiteId="1" RoleName="CentralMgmtStore" Instance="1" /></Dependency></DependsOn>
      <CentralMgmtService xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.ServiceRoles.2008" IsActive="true" /></Service>
    <Service><ServiceId SiteId="1" RoleName="UserStore" Instance="1" /><InstalledOn><SqlInstanceId Name="rtc"><ClusterId SiteId="1" Number="1" /></SqlInstanceId></InstalledOn></Service>
    <Service><ServiceId SiteId="1" RoleName="ApplicationStore" Instance="1" /><InstalledOn><SqlInstanceId Name="rtc"><ClusterId SiteId="1" Number="1" /></SqlInstanceId></InstalledOn></Service>
    <Service><ServiceId SiteId="1" RoleName="FileStore" Instance="1" /><InstalledOn><ClusterId SiteId="1" Number="1" /></InstalledOn>
      <FileStoreService xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.ServiceRoles.2008" ShareName="lyncshare" /></Service>
    <Service><ServiceId SiteId="1" RoleName="UserServices" Instance="1" />
      <DependsOn>
        <Dependency Usage="Default"><ServiceId SiteId="1" RoleName="UserStore" Instance="1" /></Dependency>
        <Dependency Usage="Default"><ServiceId SiteId="1" RoleName="FileStore" Instance="1" /></Dependency>
      </DependsOn>
      <InstalledOn><ClusterId SiteId="1" Number="1" /></InstalledOn></Service>
    <Service><ServiceId SiteId="1" RoleName="Registrar" Instance="1" /><InstalledOn><ClusterId SiteId="1" Number="1" /></InstalledOn></Service>
    <Service><ServiceId SiteId="1" RoleName="WebServices" Instance="1" /><InstalledOn><ClusterId SiteId="1" Number="1" /></InstalledOn></Service>
    <Service><ServiceId SiteId="1" RoleName="ApplicationServer" Instance="1" />
      <DependsOn><Dependency Usage="Default"><ServiceId SiteId="1" RoleName="ApplicationStore" Instance="1" /></Dependency></DependsOn>
      <InstalledOn><ClusterId SiteId="1" Number="1" /></InstalledOn></Service>
    <Service><ServiceId SiteId="1" RoleName="MonitoringStore" Instance="1" /><InstalledOn><SqlInstanceId Name="monitoring"><ClusterId SiteId="1" Number="1" /></SqlInstanceId></InstalledOn></Service>
  </Services>
</Topology>
)")
        .arg(fqdn)
        .toUtf8();
}

Status linkSampleItems(BackupPlan &plan, const QByteArray &topologyXml) {
    Result<Topology> topology = readTopology(topologyXml);
    if (!topology)
        return topology.error();
    for (const CatalogItem &catalogItem : buildCatalog(*topology)) {
        if (!catalogItem.isBackedUp())
            continue;
        // The sample's items are named after the databases they imitate.
        const QString standIn =
            catalogItem.method == BackupMethod::FileCopy ? QStringLiteral("filestore") : catalogItem.database;
        for (PlanItem &item : plan.items)
            if (item.name == standIn)
                item.options.insert(QStringLiteral("catalogItem"), catalogItem.name);
    }
    return {};
}

}  // namespace lbw
