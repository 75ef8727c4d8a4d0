// Topology import (published XML and Topology Builder .tbxml) and the data
// catalog derived from it.
#include "topology/Catalog.h"
#include "topology/TopologyReader.h"

#include <QTest>

using namespace lbw;

namespace {

const QString kData = QStringLiteral(LBW_TEST_DATA);

Topology load(const QString &name) {
    Result<Topology> topology = readTopologyFile(kData + QLatin1Char('/') + name);
    if (!topology)
        qFatal("%s", qPrintable(topology.errorMessage()));
    return *topology;
}

const CatalogItem *find(const QList<CatalogItem> &catalog, const QString &name) {
    for (const CatalogItem &item : catalog)
        if (item.name == name)
            return &item;
    return nullptr;
}

QStringList namesWith(const QList<CatalogItem> &catalog, Necessity necessity) {
    QStringList names;
    for (const CatalogItem &item : catalog)
        if (item.necessity == necessity)
            names << item.name;
    names.sort();
    return names;
}

}  // namespace

class TestTopology : public QObject {
    Q_OBJECT
private slots:
    void standardEditionPublished() {
        const Topology t = load(QStringLiteral("topology-se.xml"));
        QCOMPARE(t.internalDomains, QStringList{QStringLiteral("contoso.com.br")});
        QCOMPARE(t.sites.size(), 1);
        QCOMPARE(t.sites.first().name, QStringLiteral("São Paulo"));
        QCOMPARE(t.clusters.size(), 1);
        QCOMPARE(t.clusters.first().machines.first().addresses, QStringList{QStringLiteral("10.1.0.10")});
        QCOMPARE(t.sqlInstanceName(t.sqlInstances.first()), QStringLiteral("lyncse01.contoso.com.br\\rtc"));
        const QList<const Service *> stores = t.servicesWithRole(QStringLiteral("FileStore"));
        QCOMPARE(stores.size(), 1);
        QCOMPARE(stores.first()->facts.value(QStringLiteral("ShareName")), QStringLiteral("LyncShare"));
        const QList<const Service *> fe = t.servicesWithRole(QStringLiteral("UserServices"));
        QCOMPARE(fe.first()->dependsOn,
                 (QStringList{QStringLiteral("1-UserStore-1"), QStringLiteral("1-FileStore-1")}));
        // An unknown role is kept and shown, not a failure.
        QCOMPARE(t.unknownElements.size(), 1);
        QVERIFY(t.unknownElements.first().contains(QStringLiteral("HolographicConferencing")));

        const QList<CatalogItem> catalog = buildCatalog(t);
        QCOMPARE(namesWith(catalog, Necessity::Required),
                 (QStringList{QStringLiteral("cms"), QStringLiteral("filestore-lyncse01.contoso.com.br-LyncShare"),
                              QStringLiteral("lis"), QStringLiteral("rgs-lyncse01.contoso.com.br"),
                              QStringLiteral("userdata-lyncse01.contoso.com.br")}));
        QCOMPARE(find(catalog, QStringLiteral("cms"))->server, QStringLiteral("lyncse01.contoso.com.br"));
        QCOMPARE(find(catalog, QStringLiteral("userdata-lyncse01.contoso.com.br"))->exportCommand,
                 QStringLiteral("Export-CsUserData -PoolFqdn lyncse01.contoso.com.br -FileName $env:LBW_OUTPUT_FILE"));
        QCOMPARE(find(catalog, QStringLiteral("rgs-lyncse01.contoso.com.br"))->exportCommand,
                 QStringLiteral("Export-CsRgsConfiguration -Source ApplicationServer:lyncse01.contoso.com.br -FileName "
                                "$env:LBW_OUTPUT_FILE"));
        QCOMPARE(find(catalog, QStringLiteral("filestore-lyncse01.contoso.com.br-LyncShare"))->server,
                 QStringLiteral("\\\\lyncse01.contoso.com.br\\LyncShare"));
        QVERIFY(namesWith(catalog, Necessity::Recommended).isEmpty());  // no archiving or monitoring here
        const QStringList rebuilt = namesWith(catalog, Necessity::NotBackedUp);
        for (const char *db : {"rtcdyn", "rtcab", "rgsdyn", "cpsdyn", "lyss", "RTCLOCAL"})
            QVERIFY2(std::any_of(rebuilt.begin(), rebuilt.end(),
                                 [&](const QString &n) { return n.startsWith(QLatin1String(db)); }),
                     db);
    }

    void enterprisePoolWithSeparateServers() {
        const Topology t = load(QStringLiteral("topology-ee.xml"));
        QCOMPARE(t.clusters.size(), 5);
        QCOMPARE(t.clusters.first().machines.size(), 3);
        QCOMPARE(t.sites.size(), 2);
        QVERIFY(!t.sites.at(1).central);
        QVERIFY(t.unknownElements.isEmpty());
        const QList<CatalogItem> catalog = buildCatalog(t);
        const CatalogItem *cms = find(catalog, QStringLiteral("cms"));
        QCOMPARE(cms->server, QStringLiteral("pool01.corp.example"));
        const CatalogItem *fs = find(catalog, QStringLiteral("filestore-fs01.corp.example-lyncshare"));
        QVERIFY(fs);
        QCOMPARE(fs->server, QStringLiteral("\\\\fs01.corp.example\\lyncshare"));
        const CatalogItem *cdr = find(catalog, QStringLiteral("LcsCDR-sqlmon01.corp.example_lyncmon"));
        QVERIFY(cdr);
        QCOMPARE(cdr->necessity, Necessity::Recommended);
        QCOMPARE(cdr->server, QStringLiteral("sqlmon01.corp.example\\lyncmon"));
        QVERIFY(find(catalog, QStringLiteral("QoEMetrics-sqlmon01.corp.example_lyncmon")));
        QVERIFY(find(catalog, QStringLiteral("LcsLog-sqlmon01.corp.example_lyncmon")));
        const CatalogItem *mgc = find(catalog, QStringLiteral("mgc-pchat01.corp.example"));  // default instance
        QVERIFY(mgc);
        QCOMPARE(mgc->necessity, Necessity::Required);
        QCOMPARE(mgc->server, QStringLiteral("pchat01.corp.example"));
        QVERIFY(find(catalog, QStringLiteral("userdata-pool01.corp.example")));
        QVERIFY(find(catalog, QStringLiteral("rtcdyn-sqlbe01.corp.example_rtc")));

        const BackupPlan plan = planFromCatalog(catalog, QStringLiteral("\\\\backup01\\lync"), QStringLiteral("ee"));
        QVERIFY2(plan.problems().isEmpty(), qPrintable(plan.problems().join(QLatin1Char('\n'))));
        QCOMPARE(plan.items.size(), int(std::count_if(catalog.begin(), catalog.end(),
                                                      [](const CatalogItem &i) { return i.isBackedUp(); })));
        for (const PlanItem &item : plan.items) {
            if (item.name == QLatin1String("LcsCDR-sqlmon01.corp.example_lyncmon")) {
                QCOMPARE(item.kind, QStringLiteral("sqlserver"));
                QCOMPARE(item.options.value(QStringLiteral("instance")).toString(), QStringLiteral("lyncmon"));
                QCOMPARE(item.options.value(QStringLiteral("database")).toString(), QStringLiteral("LcsCDR"));
            }
            if (item.name == QLatin1String("cms"))
                QCOMPARE(item.kind, QStringLiteral("cmdlet"));
        }
    }

    void topologyBuilderFile() {
        const Topology t = load(QStringLiteral("topology-se.tbxml"));
        QCOMPARE(t.format, QStringLiteral("Topology Builder (.tbxml)"));
        QCOMPARE(t.internalDomains, QStringList{QStringLiteral("contoso.com.br")});
        QCOMPARE(t.sites.first().name, QStringLiteral("São Paulo"));
        QCOMPARE(t.clusters.size(), 3);
        // A branch site nested in its central site, as Topology Builder writes it.
        QCOMPARE(t.sites.size(), 2);
        QCOMPARE(t.sites.at(1).name, QStringLiteral("Campinas"));
        QVERIFY(!t.sites.at(1).central);
        QCOMPARE(t.clusters.at(2).siteId, 2);
        QCOMPARE(t.servicesWithRole(QStringLiteral("Registrar")).first()->id.key(), QStringLiteral("2-Registrar-1"));
        // A single-machine cluster's machine takes the cluster's FQDN.
        QCOMPARE(t.clusters.first().machines.first().fqdn, QStringLiteral("lyncse01.contoso.com.br"));
        QCOMPARE(t.sqlInstanceName(t.sqlInstances.first()), QStringLiteral("lyncse01.contoso.com.br\\rtc"));
        const QList<const Service *> fe = t.servicesWithRole(QStringLiteral("UserServices"));
        QCOMPARE(fe.first()->id.key(), QStringLiteral("1-UserServices-1"));
        QCOMPARE(fe.first()->dependsOn,
                 (QStringList{QStringLiteral("1-UserStore-1"), QStringLiteral("1-FileStore-1")}));
        QCOMPARE(t.hostFqdn(*t.servicesWithRole(QStringLiteral("UserStore")).first()),
                 QStringLiteral("lyncse01.contoso.com.br"));
        QVERIFY(t.unknownElements.isEmpty());  // EdgeServer, MediationServer, ManagementServices are known

        // Never published: no active CMS, so the host is unknown, but the export is still required.
        const QList<CatalogItem> catalog = buildCatalog(t);
        const CatalogItem *cms = find(catalog, QStringLiteral("cms"));
        QCOMPARE(cms->necessity, Necessity::Required);
        QVERIFY(cms->server.isEmpty());
        QVERIFY(cms->note.contains(QStringLiteral("never published")));
        QVERIFY(find(catalog, QStringLiteral("filestore-lyncse01.contoso.com.br-LyncShare")));
    }

    void brokenFilesSayWhereAndWhat_data() {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("malformed") << QByteArray("<Topology>\n<Clusters>\n<Cluster>\n</Clusters>")
                                   << QStringLiteral("Line 4");
        QTest::newRow("no services")
            << QByteArray(
                   "<Topology "
                   "xmlns=\"urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008\">\n<Clusters/>\n</Topology>")
            << QStringLiteral("<Services>");
        QTest::newRow("cluster without fqdn") << QByteArray(
                                                     "<Topology>\n<Clusters>\n<Cluster><ClusterId SiteId=\"1\" "
                                                     "Number=\"1\"/></Cluster>\n</Clusters>\n<Services/>\n</Topology>")
                                              << QStringLiteral("Line 3");
        QTest::newRow("not a topology") << QByteArray("<html><body/></html>") << QStringLiteral("neither");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid XML");
    }
    void brokenFilesSayWhereAndWhat() {
        QFETCH(QByteArray, xml);
        QFETCH(QString, expected);
        Result<Topology> topology = readTopology(xml);
        QVERIFY(!topology.ok());
        QVERIFY2(topology.errorMessage().contains(expected), qPrintable(topology.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestTopology)
#include "tst_topology.moc"
