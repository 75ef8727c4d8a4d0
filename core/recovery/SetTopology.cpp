#include "recovery/SetTopology.h"

#include "backupset/SetLayout.h"
#include "topology/TopologyReader.h"
#include "util/Sha256.h"

#include <QCoreApplication>

namespace lbw {

Result<Topology> loadSetTopology(const QString &setDir, const Manifest &manifest) {
    if (!manifest.deployment.hasTopology())
        return Error{QCoreApplication::translate("SetTopology",
                                                 "The set %1 keeps no topology: it was taken by an older version or "
                                                 "from a plan without one, so no recovery plan can be made from it. "
                                                 "Restore its items with restore and check, and take new backups "
                                                 "from a plan made with plan --from-topology.")
                         .arg(setDir)};
    const QString path = setDir + QLatin1Char('/') + manifest.deployment.topologyPath;
    Result<QByteArray> bytes = readSetMetadataFile(path);
    if (!bytes)
        return bytes.error();
    Sha256 digest;
    digest.update(bytes->constData(), bytes->size());
    if (digest.finalHex() != manifest.deployment.topologySha256)
        return Error{QCoreApplication::translate("SetTopology",
                                                 "The topology in %1 does not match its digest in the manifest; the "
                                                 "set is damaged. Use another set.")
                         .arg(setDir)};
    Result<Topology> topology = readTopology(*bytes);
    if (!topology)
        return Error{QStringLiteral("%1: %2").arg(path, topology.errorMessage())};
    return topology;
}

Result<SetWithTopology> openSetWithTopology(const QString &setDir) {
    Result<Manifest> manifest = Manifest::loadHeader(setDir);
    if (!manifest)
        return manifest.error();
    Result<Topology> topology = loadSetTopology(setDir, *manifest);
    if (!topology)
        return topology.error();
    return SetWithTopology{std::move(manifest).value(), std::move(topology).value()};
}

}  // namespace lbw
