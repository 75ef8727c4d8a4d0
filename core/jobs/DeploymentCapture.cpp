#include "jobs/DeploymentCapture.h"

#include "backupset/SetLayout.h"
#include "platform/Platform.h"
#include "recovery/HostFacts.h"
#include "recovery/Runbook.h"
#include "topology/TopologyReader.h"
#include "util/CancelToken.h"
#include "util/Parallel.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace lbw {

Result<PlanTopology> readPlanTopology(const QString &path) {
    // The same bound the reader applies: a topology Lync writes is a few MB.
    constexpr qint64 kMaxTopologyBytes = qint64(64) << 20;
    const QFileInfo info(path);
    if (!info.isFile() || info.size() > kMaxTopologyBytes)
        return Error{QCoreApplication::translate("DeploymentCapture",
                                                 "The plan's topology %1 is not a readable topology file (missing, "
                                                 "not a regular file, or larger than 64 MiB). Export it again with "
                                                 "Get-CsTopology -AsXml and point the plan at it.")
                         .arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("DeploymentCapture", "Cannot read the plan's topology %1: %2.")
                         .arg(path, file.errorString())};
    PlanTopology result{QFileInfo(path).absoluteFilePath(), file.read(kMaxTopologyBytes + 1), {}};
    Result<Topology> topology = readTopology(result.bytes);
    if (!topology)
        return Error{QStringLiteral("%1: %2").arg(path, topology.errorMessage())};
    result.topology = *topology;
    return result;
}

QStringList deploymentNames(const Topology &topology) {
    QStringList names;
    QSet<QString> seen;
    auto add = [&](const QString &fqdn) {
        if (!fqdn.isEmpty() && !seen.contains(fqdn.toLower())) {
            seen.insert(fqdn.toLower());
            names << fqdn;
        }
    };
    for (const Cluster &cluster : topology.clusters) {
        add(cluster.fqdn);
        for (const Machine &machine : cluster.machines)
            add(machine.fqdn);
    }
    return names;
}

namespace {

// A file of the set that describes it (topology, runbook): owner-only,
// written once, listed with its digest so verify and sha256sum -c cover it.
Result<FileEntry> writeDescriptionFile(const QString &setDir, const QString &relativePath, const QByteArray &bytes) {
    const QString target = setDir + QLatin1Char('/') + relativePath;
    QFile file(target);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(bytes) != bytes.size() || !file.flush())
        return Error{
            QCoreApplication::translate("DeploymentCapture", "Cannot write %1: %2").arg(target, file.errorString())};
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    Sha256 digest;
    digest.update(bytes.constData(), bytes.size());
    FileEntry entry;
    entry.path = relativePath;
    entry.size = bytes.size();
    entry.sha256 = digest.finalHex();
    entry.mode = 0600;
    if (Result<platform::EntryInfo> written = platform::statNoFollow(target))
        entry.mtime = written->mtime;
    return entry;
}

}  // namespace

Status keepRunbook(const QString &setDir, const QString &finalSetPath, Manifest &manifest, const Topology &topology) {
    Result<FileEntry> entry =
        writeDescriptionFile(setDir, layout::kRunbook, renderRunbook(manifest, topology, finalSetPath));
    if (!entry)
        return entry.error();
    manifest.files.push_back(*entry);
    return {};
}

Result<Deployment> keepDeployment(const QString &setDir, const PlanTopology &planTopology,
                                  std::vector<FileEntry> &files, const CancelToken &cancel) {
    Deployment deployment;
    deployment.topologyPath =
        planTopology.topology.format.contains(QLatin1String("tbxml")) ? layout::kTopologyTbxml : layout::kTopologyXml;
    deployment.topologyFormat = planTopology.topology.format;
    deployment.topologySource = planTopology.sourcePath;
    if (!makeOwnerOnlyPath(setDir, layout::kDeployment))
        return Error{
            QCoreApplication::translate("DeploymentCapture", "Cannot create %1 in the set.").arg(layout::kDeployment)};
    Result<FileEntry> entry = writeDescriptionFile(setDir, deployment.topologyPath, planTopology.bytes);
    if (!entry)
        return entry.error();
    deployment.topologySha256 = entry->sha256;
    deployment.topologySize = entry->size;
    files.push_back(*entry);

    const QStringList names = deploymentNames(planTopology.topology);
    std::vector<ResolvedName> resolved(size_t(names.size()));
    parallelFor(
        resolved.size(), 8,
        [&](size_t i) {
            resolved[i].fqdn = names[qsizetype(i)];
            resolved[i].addresses = resolveAddresses(resolved[i].fqdn, &resolved[i].error);
        },
        [&] { return cancel.isCancelled(); });
    deployment.resolvedUtc = QDateTime::currentDateTimeUtc();
    for (ResolvedName &name : resolved)
        if (!name.fqdn.isEmpty())
            deployment.names << std::move(name);
    return deployment;
}

}  // namespace lbw
