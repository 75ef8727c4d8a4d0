// Topology import (published XML and Topology Builder .tbxml) and the data
// catalog derived from it; and the reader against hostile files: injected
// names, entity expansion, huge, deep and endless input, and its peak memory
// measured in a child process.
#include "topology/Catalog.h"
#include "topology/NameRules.h"
#include "topology/TopologyReader.h"

#include "TestSupport.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <functional>
#include <thread>
#include <vector>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/wait.h>
extern char **environ;
#endif

using namespace lbw;

namespace {

const QString kData = QStringLiteral(LBW_TEST_DATA);

// The test binary run again with these set only reads the topology and
// writes what it saw into the report (see main()).
const char kChildTopology[] = "LBW_TST_TOPOLOGY_READ";
const char kChildReport[] = "LBW_TST_TOPOLOGY_REPORT";

QByteArray dataFile(const QString &name) {
    return test::readFile(kData + QLatin1Char('/') + name);
}

// `original` with the first `from` replaced by `to`; fails the test when
// `from` is not there, so an edited fixture cannot silently void a test.
QByteArray replacedOnce(const QByteArray &original, const QByteArray &from, const QByteArray &to) {
    const qsizetype at = original.indexOf(from);
    if (at < 0)
        qFatal("fixture text not found: %s", from.constData());
    QByteArray result = original;
    return result.replace(at, from.size(), to);
}

// Writes head, units from unit(0), unit(1), ... until the file holds about
// `size` bytes, then tail; in blocks, so a 60 MiB file costs no 60 MiB here.
void writeGenerated(const QString &path, const QByteArray &head, const std::function<QByteArray(qint64)> &unit,
                    qint64 size, const QByteArray &tail) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(head);
    qint64 written = head.size();
    qint64 units = 0;
    QByteArray block;
    while (written + block.size() < size) {
        block += unit(units++);
        if (block.size() >= 1024 * 1024) {
            file.write(block);
            written += block.size();
            block.clear();
        }
    }
    file.write(block);
    file.write(tail);
}

#ifdef Q_OS_LINUX
// A field of /proc/self/status in KiB (VmRSS, VmHWM).
qint64 statusKiB(const char *field) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
    return -1;
}

// The child: RSS before the read, then the outcome.
int readInThisProcess(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const qint64 before = statusKiB("VmRSS");
    const Result<Topology> topology = readTopologyFile(qEnvironmentVariable(kChildTopology));
    QFile report(qEnvironmentVariable(kChildReport));
    if (!report.open(QIODevice::WriteOnly))
        return 2;
    report.write(QByteArray::number(before) + '\n');
    if (topology)
        report.write("read " + QByteArray::number(topology->clusters.value(0).machines.size()) + " machines\n");
    else
        report.write("refused: " + topology.errorMessage().toUtf8() + '\n');
    return 0;
}

struct ChildRead {
    qint64 baselineKiB = -1;  // the child's RSS before reading
    qint64 peakKiB = -1;      // the child's peak RSS (ru_maxrss from wait4)
    QString outcome;
};

// Runs this binary again to read `topology` and nothing else, so its peak
// RSS is the reader's and not the test's.
ChildRead readInChild(const QString &topology, const QString &reportPath) {
    QByteArray program = QFile::encodeName(QCoreApplication::applicationFilePath());
    QList<QByteArray> variables;
    for (char **variable = environ; *variable; ++variable)
        variables << QByteArray(*variable);
    variables << QByteArray(kChildTopology) + '=' + QFile::encodeName(topology)
              << QByteArray(kChildReport) + '=' + QFile::encodeName(reportPath);
    std::vector<char *> envp;
    for (QByteArray &variable : variables)
        envp.push_back(variable.data());
    envp.push_back(nullptr);
    char *argv[] = {program.data(), nullptr};

    ChildRead result;
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::execve(program.constData(), argv, envp.data());
        ::_exit(127);
    }
    if (pid < 0)
        return result;
    int status = 0;
    struct rusage usage {};
    pid_t waited = -1;
    do
        waited = ::wait4(pid, &status, 0, &usage);
    while (waited < 0 && errno == EINTR);
    if (waited != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return result;
    const QList<QByteArray> lines = test::readFile(reportPath).split('\n');
    result.baselineKiB = lines.value(0).toLongLong();
    result.peakKiB = usage.ru_maxrss;  // KiB on Linux
    result.outcome = QString::fromUtf8(lines.value(1));
    return result;
}
#endif

enum Shape { LongNames, BareMachines, HugeAttribute, AtTheLimits };  // of peakMemoryIsBounded's files

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
        QCOMPARE(
            find(catalog, QStringLiteral("userdata-lyncse01.contoso.com.br"))->exportCommand,
            QStringLiteral("Export-CsUserData -PoolFqdn 'lyncse01.contoso.com.br' -FileName $env:LBW_OUTPUT_FILE"));
        QCOMPARE(
            find(catalog, QStringLiteral("rgs-lyncse01.contoso.com.br"))->exportCommand,
            QStringLiteral("Export-CsRgsConfiguration -Source 'ApplicationServer:lyncse01.contoso.com.br' -FileName "
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

    // -----------------------------------------------------------------
    // Hostile input.

    void injectedPoolNameIsRefused() {
        const Result<Topology> topology = readTopologyFile(kData + QStringLiteral("/hostile-injection.xml"));
        QVERIFY(!topology.ok());
        const QString message = topology.errorMessage();
        QVERIFY2(message.contains(QStringLiteral("Line 13:")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("\"pool01.corp.example; Remove-Item -Recurse C:\\x #\"")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Cluster@Fqdn")), qPrintable(message));
    }

    // Each kind of name, in both file forms, once accepted and once refused
    // with its line and its value as the message shows it.
    void namesFromTheTopologyAreChecked_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<int>("line");       // 0: accepted
        QTest::addColumn<QString>("shown");  // the value as the message quotes it

        const QString xml = QStringLiteral("topology-se.xml");
        const QString tbxml = QStringLiteral("topology-se.tbxml");
        const QByteArray pool = "RequiresSetup=\"true\" Fqdn=\"lyncse01.contoso.com.br\"";
        const QByteArray machine = "OrdinalInCluster=\"1\" Fqdn=\"lyncse01.contoso.com.br\"";
        QTest::newRow("pool: hyphen and digits")
            << xml << pool << QByteArray("RequiresSetup=\"true\" Fqdn=\"pool-01.corp.example\"") << 0 << QString();
        QTest::newRow("pool: one label") << xml << pool << QByteArray("RequiresSetup=\"true\" Fqdn=\"lyncse01\"") << 0
                                         << QString();
        QTest::newRow("pool: trailing dot")
            << xml << pool << QByteArray("RequiresSetup=\"true\" Fqdn=\"pool01.corp.example.\"") << 13
            << QStringLiteral("pool01.corp.example.");
        QTest::newRow("pool: label starts with -")
            << xml << pool << QByteArray("RequiresSetup=\"true\" Fqdn=\"-pool.corp.example\"") << 13
            << QStringLiteral("-pool.corp.example");
        QTest::newRow("pool: underscore")
            << xml << pool << QByteArray("RequiresSetup=\"true\" Fqdn=\"pool_01.corp.example\"") << 13
            << QStringLiteral("pool_01.corp.example");
        QTest::newRow("pool: label of 64")
            << xml << pool << QByteArray("RequiresSetup=\"true\" Fqdn=\"" + QByteArray(64, 'a') + ".corp.example\"")
            << 13 << QString(QString(64, QLatin1Char('a')) + QStringLiteral(".corp.example\""));
        QTest::newRow("pool: quote and subexpression")
            << xml << pool << QByteArray("RequiresSetup=\"true\" Fqdn=\"x'$(calc)'.corp.example\"") << 13
            << QStringLiteral("x'$(calc)'.corp.example");
        QTest::newRow("machine: empty") << xml << machine << QByteArray("OrdinalInCluster=\"1\" Fqdn=\"\"") << 15
                                        << QStringLiteral("\"\"");
        QTest::newRow("machine: space") << xml << machine
                                        << QByteArray("OrdinalInCluster=\"1\" Fqdn=\"fe01 .corp.example\"") << 15
                                        << QStringLiteral("fe01 .corp.example");
        QTest::newRow("machine: line break, escaped")
            << xml << machine << QByteArray("OrdinalInCluster=\"1\" Fqdn=\"fe01&#10;x\"") << 15
            << QStringLiteral("fe01\\u{000a}x");
        QTest::newRow("domain: refused") << xml << QByteArray("InternalDomain Name=\"contoso.com.br\"")
                                         << QByteArray("InternalDomain Name=\"contoso.com.br;x\"") << 4
                                         << QStringLiteral("contoso.com.br;x");
        QTest::newRow("site: accented") << xml << QByteArray("<Name>São Paulo</Name>")
                                        << QByteArray("<Name>São Paulo — Zona Sul (SP-01)</Name>") << 0 << QString();
        QTest::newRow("site: 256 characters")
            << xml << QByteArray("<Name>São Paulo</Name>") << QByteArray("<Name>" + QByteArray(256, 's') + "</Name>")
            << 0 << QString();
        QTest::newRow("site: 257 characters")
            << xml << QByteArray("<Name>São Paulo</Name>") << QByteArray("<Name>" + QByteArray(257, 's') + "</Name>")
            << 8 << QString(QString(80, QLatin1Char('s')) + QStringLiteral("..."));
        QTest::newRow("site: right-to-left override")
            << xml << QByteArray("<Name>São Paulo</Name>") << QByteArray("<Name>São&#x202E;Paulo</Name>") << 8
            << QStringLiteral("São\\u{202e}Paulo");
        QTest::newRow("site: C1 control")
            << xml << QByteArray("<Name>São Paulo</Name>") << QByteArray("<Name>São&#x85;Paulo</Name>") << 8
            << QStringLiteral("São\\u{0085}Paulo");
        QTest::newRow("address: IPv6") << xml << QByteArray("IPAddress=\"10.1.0.10\"")
                                       << QByteArray("IPAddress=\"fe80::10\"") << 0 << QString();
        QTest::newRow("address: empty") << xml << QByteArray("IPAddress=\"10.1.0.10\"") << QByteArray("IPAddress=\"\"")
                                        << 0 << QString();
        QTest::newRow("address: command")
            << xml << QByteArray("IPAddress=\"10.1.0.10\"") << QByteArray("IPAddress=\"10.1.0.10; calc\"") << 16
            << QStringLiteral("10.1.0.10; calc");
        QTest::newRow("address: octal") << xml << QByteArray("IPAddress=\"10.1.0.10\"")
                                        << QByteArray("IPAddress=\"010.1.0.10\"") << 16 << QStringLiteral("010.1.0.10");
        QTest::newRow("address: scope") << xml << QByteArray("IPAddress=\"10.1.0.10\"")
                                        << QByteArray("IPAddress=\"fe80::1%eth0\"") << 16
                                        << QStringLiteral("fe80::1%eth0");
        QTest::newRow("sql: with $ and _") << xml << QByteArray("<SqlInstanceId Name=\"rtc\">")
                                           << QByteArray("<SqlInstanceId Name=\"_Lync$2013\">") << 0 << QString();
        QTest::newRow("sql: bracket") << xml << QByteArray("<SqlInstanceId Name=\"rtc\">")
                                      << QByteArray("<SqlInstanceId Name=\"rtc]; DROP DATABASE x--\">") << 22
                                      << QStringLiteral("rtc]; DROP DATABASE x--");
        QTest::newRow("sql: 17 characters")
            << xml << QByteArray("<SqlInstanceId Name=\"rtc\">")
            << QByteArray("<SqlInstanceId Name=\"abcdefghijklmnopq\">") << 22 << QStringLiteral("abcdefghijklmnopq");
        QTest::newRow("sql: in InstalledOn")
            << xml << QByteArray("<SqlInstanceId Name=\"rtc\"><ClusterId")
            << QByteArray("<SqlInstanceId Name=\"1rtc\"><ClusterId") << 32 << QStringLiteral("1rtc");
        QTest::newRow("share: with $ and space") << xml << QByteArray("ShareName=\"LyncShare\"")
                                                 << QByteArray("ShareName=\"Lync Share$\"") << 0 << QString();
        QTest::newRow("share: path") << xml << QByteArray("ShareName=\"LyncShare\"")
                                     << QByteArray("ShareName=\"LyncShare\\..\\C$\"") << 58
                                     << QStringLiteral("LyncShare\\..\\C$");
        QTest::newRow("share: trailing dot")
            << xml << QByteArray("ShareName=\"LyncShare\"") << QByteArray("ShareName=\"LyncShare.\"") << 58
            << QStringLiteral("LyncShare.");
        QTest::newRow("share: 81 characters")
            << xml << QByteArray("ShareName=\"LyncShare\"") << QByteArray("ShareName=\"" + QByteArray(81, 'x') + "\"")
            << 58 << QString(QString(80, QLatin1Char('x')) + QStringLiteral("..."));

        QTest::newRow("tbxml: pool") << tbxml << QByteArray("Fqdn=\"sba01.contoso.com.br\"")
                                     << QByteArray("Fqdn=\"sba01.contoso.com.br&amp;calc\"") << 34
                                     << QStringLiteral("sba01.contoso.com.br&calc");
        QTest::newRow("tbxml: machine")
            << tbxml << QByteArray("<Machine UniqueId=\"6f1c4d1e-0a55-4e3b-9a55-1a2b3c4d5e71\"")
            << QByteArray("<Machine Fqdn=\"edge01|x\" UniqueId=\"6f1c4d1e-0a55-4e3b-9a55-1a2b3c4d5e71\"") << 27
            << QStringLiteral("edge01|x");
        QTest::newRow("tbxml: sql") << tbxml << QByteArray("Name=\"rtc\"") << QByteArray("Name=\"rtc;x\"") << 23
                                    << QStringLiteral("rtc;x");
        QTest::newRow("tbxml: default sql instance")
            << tbxml << QByteArray("Name=\"rtc\"") << QByteArray("Name=\"\"") << 0 << QString();
        QTest::newRow("tbxml: share") << tbxml << QByteArray("ShareName=\"LyncShare\"")
                                      << QByteArray("ShareName=\"a:b\"") << 46 << QStringLiteral("a:b");
        QTest::newRow("tbxml: branch site") << tbxml << QByteArray(">Campinas<") << QByteArray(">Camp&#x2028;inas<")
                                            << 32 << QStringLiteral("Camp\\u{2028}inas");
        QTest::newRow("tbxml: address") << tbxml << QByteArray("IPAddress=\"0.0.0.0\"")
                                        << QByteArray("IPAddress=\"0.0.0\"") << 19 << QStringLiteral("0.0.0");
    }
    void namesFromTheTopologyAreChecked() {
        QFETCH(QString, file);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(int, line);
        QFETCH(QString, shown);
        const Result<Topology> topology = readTopology(replacedOnce(dataFile(file), from, to));
        if (line == 0) {
            QVERIFY2(topology.ok(), qPrintable(topology.ok() ? QString() : topology.errorMessage()));
            return;
        }
        QVERIFY(!topology.ok());
        const QString message = topology.errorMessage();
        QVERIFY2(message.startsWith(QStringLiteral("Line %1:").arg(line)), qPrintable(message));
        QVERIFY2(message.contains(shown), qPrintable(message));
    }

    void nameRules_data() {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        const QString fqdn = QStringLiteral("fqdn");
        const QString sql = QStringLiteral("sql");
        const QString share = QStringLiteral("share");
        const QString site = QStringLiteral("site");
        const QString ip = QStringLiteral("ip");
        QTest::newRow("fqdn: ok") << fqdn << QStringLiteral("pool01.corp.example") << true;
        QTest::newRow("fqdn: 253") << fqdn
                                   << QString(QString(62, QLatin1Char('a')) + QStringLiteral(".") +
                                              QString(62, QLatin1Char('b')) + QStringLiteral(".") +
                                              QString(63, QLatin1Char('c')) + QStringLiteral(".") +
                                              QString(63, QLatin1Char('d')))
                                   << true;
        QTest::newRow("fqdn: 254") << fqdn
                                   << QString(QString(63, QLatin1Char('a')) + QStringLiteral(".") +
                                              QString(62, QLatin1Char('b')) + QStringLiteral(".") +
                                              QString(63, QLatin1Char('c')) + QStringLiteral(".") +
                                              QString(63, QLatin1Char('d')))
                                   << false;
        QTest::newRow("fqdn: empty") << fqdn << QString() << false;
        QTest::newRow("fqdn: double dot") << fqdn << QStringLiteral("a..b") << false;
        QTest::newRow("fqdn: leading dot") << fqdn << QStringLiteral(".a.b") << false;
        QTest::newRow("fqdn: ends with -") << fqdn << QStringLiteral("a-.b") << false;
        QTest::newRow("fqdn: non-ASCII") << fqdn << QStringLiteral("são.example") << false;
        QTest::newRow("sql: default") << sql << QString() << true;
        QTest::newRow("sql: 16") << sql << QStringLiteral("A234567890123456") << true;
        QTest::newRow("sql: starts with $") << sql << QStringLiteral("$rtc") << false;
        QTest::newRow("sql: space") << sql << QStringLiteral("rtc x") << false;
        QTest::newRow("sql: backslash") << sql << QStringLiteral("rtc\\x") << false;
        QTest::newRow("share: 80") << share << QString(80, QLatin1Char('s')) << true;
        QTest::newRow("share: admin share") << share << QStringLiteral("C$") << true;
        QTest::newRow("share: empty") << share << QString() << false;
        QTest::newRow("share: trailing space") << share << QStringLiteral("share ") << false;
        QTest::newRow("share: star") << share << QStringLiteral("sh*re") << false;
        QTest::newRow("share: tab") << share << QStringLiteral("sh\tre") << false;
        QTest::newRow("site: empty") << site << QString() << true;
        QTest::newRow("site: emoji") << site << QStringLiteral("Rio \U0001F30A") << true;
        QTest::newRow("site: newline") << site << QStringLiteral("Rio\nFake log line") << false;
        QTest::newRow("site: lone surrogate") << site << QString(QChar(0xD800)) << false;
        QTest::newRow("ip: v4") << ip << QStringLiteral("192.168.0.1") << true;
        QTest::newRow("ip: v6") << ip << QStringLiteral("2001:db8::1") << true;
        QTest::newRow("ip: short v4") << ip << QStringLiteral("10.1") << false;
        QTest::newRow("ip: hex v4") << ip << QStringLiteral("0x10.0.0.1") << false;
        QTest::newRow("ip: spaces") << ip << QStringLiteral(" 10.0.0.1") << false;
        QTest::newRow("ip: 256") << ip << QStringLiteral("10.0.0.256") << false;
    }
    void nameRules() {
        QFETCH(QString, rule);
        QFETCH(QString, name);
        QFETCH(bool, valid);
        bool actual = false;
        if (rule == QLatin1String("fqdn"))
            actual = isValidFqdn(name);
        else if (rule == QLatin1String("sql"))
            actual = isValidSqlInstanceName(name);
        else if (rule == QLatin1String("share"))
            actual = isValidShareName(name);
        else if (rule == QLatin1String("site"))
            actual = isValidSiteName(name);
        else
            actual = isValidIpAddress(name);
        QCOMPARE(actual, valid);
    }

    // One 4,000-character entity referenced 100,000 times: about 300 KB that
    // a reader expanding entities turns into 400 million characters.
    void entityExpansionIsRefused_data() {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<int>("line");
        QByteArray bomb = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE Topology [\n<!ENTITY e \"" +
                          QByteArray(4000, 'x') + "\">\n]>\n<Topology>\n<Clusters>\n<Cluster Fqdn=\"a.example\">";
        bomb += QByteArray("&e;").repeated(100000);
        bomb += "</Cluster>\n</Clusters>\n<Services/>\n</Topology>\n";
        QTest::newRow("entity bomb") << bomb << 2;
        QTest::newRow("parameter entities")
            << QByteArray(
                   "<?xml version=\"1.0\"?>\n<!DOCTYPE t [ <!ENTITY % a \"<!ENTITY b 'x'>\"> %a; ]>\n<Topology/>")
            << 2;
        QTest::newRow("declaration in the content")
            << QByteArray("<Topology>\n<Services>\n<!ENTITY e \"x\">\n</Services>\n</Topology>") << 3;
        QTest::newRow("external DTD") << QByteArray("<!DOCTYPE Topology SYSTEM \"file:///etc/passwd\">\n<Topology/>")
                                      << 1;
        const QByteArray utf8 =
            "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n\n<!DOCTYPE t [<!ENTITY e \"x\">]>\n<Topology>&e;</Topology>";
        QStringEncoder toUtf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        QTest::newRow("UTF-16") << QByteArray(toUtf16(QString::fromUtf8(utf8.mid(3)))) << 3;
    }
    void entityExpansionIsRefused() {
        QFETCH(QByteArray, xml);
        QFETCH(int, line);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bomb.xml"));
        test::writeFile(path, xml);
        for (const Result<Topology> &topology : {readTopologyFile(path), readTopology(xml)}) {
            QVERIFY(!topology.ok());
            const QString message = topology.errorMessage();
            QVERIFY2(message.contains(QStringLiteral("<!DOCTYPE")) && message.contains(QStringLiteral("<!ENTITY")),
                     qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("Line %1:").arg(line)), qPrintable(message));
        }
    }

    void oversizedInputIsRefusedUnread() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.xml"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(64 * 1024 * 1024 + 1));  // sparse: nothing is written
        }
        Result<Topology> topology = readTopologyFile(path);
        QVERIFY(!topology.ok());
        // Had it been read, the zeros would have been reported as not XML.
        QVERIFY2(topology.errorMessage().contains(QStringLiteral("larger than 64 MiB")),
                 qPrintable(topology.errorMessage()));

        topology = readTopology(QByteArray(64 * 1024 * 1024 + 1, ' '));
        QVERIFY(!topology.ok());
        QVERIFY2(topology.errorMessage().contains(QStringLiteral("larger than 64 MiB")),
                 qPrintable(topology.errorMessage()));
    }

    // Nested 100,000 and 1,000,000 deep (up to 19 MB of markup, under the
    // size limit), in elements that are skipped and in elements that are
    // kept: refused at the 65th level without reading what follows, from
    // memory and from a file.
    void deepNestingIsRefused_data() {
        QTest::addColumn<QByteArray>("tag");
        QTest::addColumn<int>("depth");
        for (const int depth : {100000, 1000000}) {
            QTest::addRow("skipped, %d deep", depth) << QByteArray("a") << depth;
            QTest::addRow("kept, %d deep", depth) << QByteArray("Service") << depth;
        }
    }
    void deepNestingIsRefused() {
        QFETCH(QByteArray, tag);
        QFETCH(int, depth);
        const QByteArray open = "<" + tag + ">";
        const QByteArray close = "</" + tag + ">";
        const QByteArray xml =
            "<Topology>\n<Services>" + open.repeated(depth) + close.repeated(depth) + "</Services>\n</Topology>";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deep.xml"));
        test::writeFile(path, xml);
        for (const Result<Topology> &topology : {readTopology(xml), readTopologyFile(path)}) {
            QVERIFY(!topology.ok());
            QVERIFY2(topology.errorMessage().contains(QStringLiteral("Line 2: elements are nested more than 64 deep")),
                     qPrintable(topology.errorMessage()));
        }
    }

    void limitsOnTheMarkup_data() {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("expected");
        QByteArray manyAttributes = "<Topology>\n<Clusters ";
        for (int i = 0; i < 65; ++i)
            manyAttributes += "a" + QByteArray::number(i) + "=\"\" ";
        QTest::newRow("attributes") << QByteArray(manyAttributes + "/>\n</Topology>")
                                    << QStringLiteral("Line 2: an element has more than 64 attributes");
        QTest::newRow("long text") << QByteArray("<Topology>\n" + QByteArray(70000, ' ') + "</Topology>")
                                   << QStringLiteral("Line 1: a single tag, text");
        QTest::newRow("unclosed value") << QByteArray("<Topology>\n\n<Clusters x=\"" + QByteArray(70000, 'v') +
                                                      "\"/></Topology>")
                                        << QStringLiteral("Line 3: a single tag, text");
        QTest::newRow("long comment") << QByteArray("<Topology><!--" + QByteArray(70000, 'c') + "--></Topology>")
                                      << QStringLiteral("Line 1: a single tag, text");
        QTest::newRow("comment that looks closed")
            << QByteArray("<Topology><!-->" + QByteArray("<a/>").repeated(20000) + "--></Topology>")
            << QStringLiteral("Line 1: a single tag, text");
        QTest::newRow("long value") << QByteArray("<Topology>\n<Clusters x=\"" + QByteArray(4097, 'v') +
                                                  "\"/></Topology>")
                                    << QStringLiteral("Line 2: a value is longer than 4096 characters");
        QByteArray namespaces = "<Topology>\n";
        for (int i = 0; i < 13; ++i) {
            namespaces += "<e";
            for (int j = 0; j < 5; ++j)
                namespaces += " xmlns:p" + QByteArray::number(j) + "=\"urn:x" + QByteArray::number(i) + "\"";
            namespaces += ">";
        }
        QTest::newRow("namespaces") << QByteArray(namespaces + "</Topology>")
                                    << QStringLiteral("Line 2: more than 64 XML namespace declarations");
        QTest::newRow("kept elements") << QByteArray("<Topology><Clusters><Cluster>" +
                                                     QByteArray("<Machine/>").repeated(200000) +
                                                     "</Cluster></Clusters></Topology>")
                                       << QStringLiteral("more than 200000 elements");
    }
    void limitsOnTheMarkup() {
        QFETCH(QByteArray, xml);
        QFETCH(QString, expected);
        const Result<Topology> topology = readTopology(xml);
        QVERIFY(!topology.ok());
        QVERIFY2(topology.errorMessage().contains(expected), qPrintable(topology.errorMessage()));
        QVERIFY2(topology.errorMessage().contains(QStringLiteral("not write such topologies")),
                 qPrintable(topology.errorMessage()));
    }

    // One part too many of each kind, in a file otherwise valid: the count
    // bounds what is done later per part (a DNS lookup per machine, ...).
    void partCountsAreLimited_data() {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("expected");
        const QByteArray open = "<Topology>\n";
        auto repeated = [](int count, const std::function<QByteArray(int)> &part) -> QByteArray {
            QByteArray parts;
            for (int i = 0; i < count; ++i)
                parts += part(i);
            return parts;
        };
        auto cluster = [](int i) -> QByteArray {
            return "<Cluster Fqdn=\"pool" + QByteArray::number(i) +
                   ".corp.example\"><ClusterId SiteId=\"1\" Number=\"" + QByteArray::number(i) + "\" /></Cluster>\n";
        };
        QTest::newRow("sites") << QByteArray(open + "<Sites>" +
                                             repeated(1001,
                                                      [](int i) -> QByteArray {
                                                          return "<CentralSite SiteId=\"" + QByteArray::number(i) +
                                                                 "\"><Name>S" + QByteArray::number(i) +
                                                                 "</Name></CentralSite>\n";
                                                      }) +
                                             "</Sites></Topology>")
                               << QStringLiteral("more than 1000 sites");
        QTest::newRow("clusters") << QByteArray(open + "<Clusters>" + repeated(2001, cluster) +
                                                "</Clusters></Topology>")
                                  << QStringLiteral("more than 2000 pools and stand-alone servers");
        QTest::newRow("machines") << QByteArray(open +
                                                "<Clusters><Cluster Fqdn=\"pool.corp.example\"><ClusterId SiteId=\"1\" "
                                                "Number=\"1\" />" +
                                                repeated(5001,
                                                         [](int i) -> QByteArray {
                                                             return "<Machine Fqdn=\"m" + QByteArray::number(i) +
                                                                    ".corp.example\" />\n";
                                                         }) +
                                                "</Cluster></Clusters></Topology>")
                                  << QStringLiteral("more than 5000 machines");
        QTest::newRow("SQL instances")
            << QByteArray(
                   open + "<Clusters>" + cluster(1) + "</Clusters><SqlInstances>" +
                   repeated(2001,
                            [](int i) -> QByteArray {
                                return "<SqlInstance><SqlInstanceId Name=\"i" + QByteArray::number(i) +
                                       "\"><ClusterId SiteId=\"1\" Number=\"1\" /></SqlInstanceId></SqlInstance>\n";
                            }) +
                   "</SqlInstances></Topology>")
            << QStringLiteral("more than 2000 SQL Server instances");
        QTest::newRow("services") << QByteArray(open + "<Clusters>" + cluster(1) + "</Clusters><Services>" +
                                                repeated(10001,
                                                         [](int i) -> QByteArray {
                                                             return "<Service><ServiceId SiteId=\"1\" "
                                                                    "RoleName=\"Registrar\" Instance=\"" +
                                                                    QByteArray::number(i) + "\" /></Service>\n";
                                                         }) +
                                                "</Services></Topology>")
                                  << QStringLiteral("more than 10000 services");
        QTest::newRow("Topology Builder clusters")
            << QByteArray(
                   "<TopologyBuilder><NewTopology><PartialTopology><CentralSites><CentralSite SiteId=\"1\">"
                   "<Name>Rio</Name><Clusters>" +
                   repeated(2001,
                            [](int i) -> QByteArray {
                                return "<Cluster UniqueId=\"c" + QByteArray::number(i) + "\" Fqdn=\"pool" +
                                       QByteArray::number(i) + ".corp.example\" />\n";
                            }) +
                   "</Clusters></CentralSite></CentralSites></PartialTopology></NewTopology></TopologyBuilder>")
            << QStringLiteral("more than 2000 pools and stand-alone servers");
    }
    void partCountsAreLimited() {
        QFETCH(QByteArray, xml);
        QFETCH(QString, expected);
        const Result<Topology> topology = readTopology(xml);
        QVERIFY(!topology.ok());
        QVERIFY2(topology.errorMessage().contains(expected), qPrintable(topology.errorMessage()));
        QVERIFY2(topology.errorMessage().contains(QStringLiteral("not write such topologies")),
                 qPrintable(topology.errorMessage()));
        // One part fewer is read.
        const qsizetype last = xml.lastIndexOf("\n<");
        const qsizetype lastStart = xml.lastIndexOf('\n', last - 1);
        QByteArray fewer = xml;
        fewer.remove(lastStart + 1, last - lastStart);
        const Result<Topology> read = readTopology(fewer);
        const QString why = read.ok() ? QString() : read.errorMessage();
        QVERIFY2(!why.contains(QStringLiteral("not write such topologies")), qPrintable(why));
    }

    void aPipeIsRefusedWithoutBlocking() {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("topology.xml"));
        const QByteArray native = QFile::encodeName(fifo);
        QCOMPARE(::mkfifo(native.constData(), 0600), 0);
        // Should the reader open the pipe and wait for a writer, this thread
        // plays the writer after 5 s, so the test fails instead of hanging.
        std::atomic<bool> done{false};
        std::atomic<bool> rescued{false};
        std::thread watchdog([&] {
            for (int i = 0; i < 50 && !done; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            if (!done)
                if (const int fd = ::open(native.constData(), O_WRONLY | O_NONBLOCK); fd >= 0) {
                    rescued = true;
                    ::close(fd);
                }
        });
        const Result<Topology> topology = readTopologyFile(fifo);
        done = true;
        watchdog.join();
        QVERIFY(!rescued);
        QVERIFY(!topology.ok());
        QVERIFY2(topology.errorMessage().contains(QStringLiteral("not a regular file")),
                 qPrintable(topology.errorMessage()));
#else
        QSKIP("no FIFOs here");
#endif
    }

    void aLinkToATopologyIsFollowed() {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        const QString link = dir.filePath(QStringLiteral("current-topology.xml"));
        QVERIFY(QFile::link(kData + QStringLiteral("/topology-se.xml"), link));
        const Result<Topology> topology = readTopologyFile(link);
        QVERIFY2(topology.ok(), qPrintable(topology.ok() ? QString() : topology.errorMessage()));
        QCOMPARE(topology->clusters.first().fqdn, QStringLiteral("lyncse01.contoso.com.br"));
#else
        QSKIP("symbolic links need privileges here");
#endif
    }

    // Topology Builder writes UTF-8 with a BOM; PowerShell's Out-File writes
    // UTF-16LE with a BOM, keeping whatever encoding the declaration names.
    void encodings_data() {
        QTest::addColumn<QByteArray>("bytes");
        const QString text = QString::fromUtf8(dataFile(QStringLiteral("topology-se.xml")));
        QString utf16Declared = text;
        utf16Declared.replace(QStringLiteral("encoding=\"utf-8\""), QStringLiteral("encoding=\"utf-16\""));
        QStringEncoder le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        QStringEncoder le2(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        QStringEncoder be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
        QStringEncoder utf8(QStringConverter::Utf8, QStringConverter::Flag::WriteBom);
        QTest::newRow("UTF-16LE with BOM, declared utf-16") << QByteArray(le(utf16Declared));
        QTest::newRow("UTF-16LE with BOM, declared utf-8") << QByteArray(le2(text));
        QTest::newRow("UTF-16BE with BOM") << QByteArray(be(utf16Declared));
        QTest::newRow("UTF-8 with BOM") << QByteArray(utf8(text));
        QTest::newRow("UTF-8 declared utf-16") << utf16Declared.toUtf8();
        QString latin1 = text;
        latin1.replace(QStringLiteral("encoding=\"utf-8\""), QStringLiteral("encoding=\"ISO-8859-1\""));
        QTest::newRow("ISO-8859-1") << latin1.toLatin1();
    }
    void encodings() {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("topology.xml"));
        test::writeFile(path, bytes);
        const Result<Topology> topology = readTopologyFile(path);
        QVERIFY2(topology.ok(), qPrintable(topology.ok() ? QString() : topology.errorMessage()));
        const Topology expected = load(QStringLiteral("topology-se.xml"));
        QCOMPARE(topology->sites.first().name, QStringLiteral("São Paulo"));
        QCOMPARE(topology->internalDomains, expected.internalDomains);
        QCOMPARE(topology->clusters.first().fqdn, expected.clusters.first().fqdn);
        QCOMPARE(topology->services.size(), expected.services.size());
        QCOMPARE(
            topology->servicesWithRole(QStringLiteral("FileStore")).first()->facts.value(QStringLiteral("ShareName")),
            QStringLiteral("LyncShare"));
    }

    // About 60 MiB of valid XML in several shapes, each read in a child
    // process whose peak RSS may not grow by 100 MB or more. (The 60 MiB of
    // skipped elements in "at the limits" also stand for any file that is
    // streamed to its end.)
    void peakMemoryIsBounded_data() {
        QTest::addColumn<int>("shape");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("machines with long names") << int(LongNames) << QStringLiteral("exceed 8 MiB");
        QTest::newRow("bare machines") << int(BareMachines) << QStringLiteral("more than 200000 elements");
        QTest::newRow("one huge attribute") << int(HugeAttribute) << QStringLiteral("longer than 65536 characters");
        // The largest topology that is still read: 5,000 machines and
        // 10,000 services with their payloads (180,000 kept elements, about
        // 7 MiB of kept values) and the rest skipped.
        QTest::newRow("at the limits") << int(AtTheLimits) << QStringLiteral("read 5000 machines");
    }
    void peakMemoryIsBounded() {
#if defined(__SANITIZE_ADDRESS__)
        // The child's peak includes the parent's at fork time, which ASan's
        // shadow memory and quarantine make huge: measured in the plain build.
        QSKIP("peak memory is measured in the build without sanitizers");
#endif
#ifdef Q_OS_LINUX
        QFETCH(int, shape);
        QFETCH(QString, outcome);
        const QByteArray head =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            "<Topology xmlns=\"urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008\">\n"
            "<Sites><CentralSite SiteId=\"1\"><Name>Rio</Name></CentralSite></Sites>\n"
            "<Clusters><Cluster Fqdn=\"pool01.corp.example\"><ClusterId SiteId=\"1\" Number=\"1\" />\n";
        const QByteArray portsHead =
            "<Service><ServiceId SiteId=\"1\" RoleName=\"UserServices\" "
            "Instance=\"1\" /><InstalledOn><ClusterId SiteId=\"1\" Number=\"1\" /></InstalledOn>"
            "<Ports xmlns=\"urn:schema:Microsoft.Rtc.Management.Xds.AppLayer.2008\">\n";
        const QByteArray port =
            "<Port Owner=\"urn:component:Registrar\" Usage=\"SipSecured\" InterfaceSide=\"Primary\" "
            "InterfaceNumber=\"1\" Port=\"5061\" Protocol=\"Mtls\" UrlPath=\"/\" AuthorizesRequests=\"false\" />\n";
        std::function<QByteArray(qint64)> unit;
        QByteArray tail = "</Cluster></Clusters><Services/></Topology>\n";
        switch (shape) {
            case LongNames:
                unit = [](qint64 i) -> QByteArray {
                    const QByteArray name =
                        "fe" + QByteArray::number(i).rightJustified(7, '0') + ".site01.corp.example";
                    return "<Machine OrdinalInCluster=\"" + QByteArray::number(i) + "\" Fqdn=\"" + name +
                           "\" FaultDomain=\"" + name + "\" UpgradeDomain=\"" + name +
                           "\"><NetInterface InterfaceSide=\"Primary\" InterfaceNumber=\"1\" IPAddress=\"10." +
                           QByteArray::number(i / 65536 % 256) + '.' + QByteArray::number(i / 256 % 256) + '.' +
                           QByteArray::number(i % 256) + "\" /></Machine>\n";
                };
                break;
            case BareMachines:
                unit = [](qint64) -> QByteArray { return QByteArray("<Machine><NetInterface /></Machine>\n"); };
                break;
            case HugeAttribute:
                unit = [](qint64 i) -> QByteArray {
                    return i == 0 ? QByteArray("<Machine Fqdn=\"") : QByteArray(1024 * 1024, 'a');
                };
                break;
            case AtTheLimits:
                unit = [&](qint64 i) -> QByteArray {
                    constexpr qint64 machines = 5000;
                    constexpr qint64 services = 9999;  // and the one holding the ports
                    if (i < machines)
                        return "<Machine Fqdn=\"m" + QByteArray::number(i) +
                               ".corp.example\"><NetInterface IPAddress=\"10.1." + QByteArray::number(i / 256 % 256) +
                               '.' + QByteArray::number(i % 256) + "\" /></Machine>\n";
                    if (i < machines + services) {
                        // 17 kept elements a service: 13 of them payload.
                        QByteArray service = i == machines ? "</Cluster></Clusters>\n<Services>" : "";
                        service += "<Service><ServiceId SiteId=\"1\" RoleName=\"Registrar\" Instance=\"" +
                                   QByteArray::number(i - machines) +
                                   "\" /><InstalledOn><ClusterId SiteId=\"1\" Number=\"1\" /></InstalledOn>";
                        for (int p = 0; p < 13; ++p)
                            service += "<P" + QByteArray::number(p) + " V=\"vvvvvvvvvvvvvvvv\" />";
                        return service + "</Service>\n";
                    }
                    // One more service, with ports, until the file is large.
                    return i == machines + services ? portsHead + port : port;
                };
                tail = "</Ports></Service></Services></Topology>\n";
                break;
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.xml"));
        writeGenerated(path, head, unit, 60 * 1024 * 1024, tail);
        const ChildRead read = readInChild(path, dir.filePath(QStringLiteral("report.txt")));
        QVERIFY2(read.peakKiB > 0 && read.baselineKiB > 0, "the child did not run to the end");
        QVERIFY2(read.outcome.contains(outcome), qPrintable(read.outcome));
        const qint64 growthKiB = read.peakKiB - read.baselineKiB;
        qInfo("peak RSS %lld KiB, %lld KiB above the %lld KiB before reading", read.peakKiB, growthKiB,
              read.baselineKiB);
        QVERIFY2(growthKiB < 100 * 1000, qPrintable(QStringLiteral("grew by %1 KiB").arg(growthKiB)));
#else
        QSKIP("measured through /proc and wait4 on Linux only");
#endif
    }
};

// QTEST_GUILESS_MAIN, plus the child mode of peakMemoryIsBounded.
int main(int argc, char **argv) {
#ifdef Q_OS_LINUX
    if (qEnvironmentVariableIsSet(kChildTopology))
        return readInThisProcess(argc, argv);
#endif
    QCoreApplication app(argc, argv);
    TestTopology test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_topology.moc"
