#pragma once
// Keeps the deployment in the set being written: the plan's topology file,
// byte for byte, and what every FQDN of the topology resolves to now (the
// "same DNS records as at backup time" that recovery checks per server).

#include "backupset/Deployment.h"
#include "backupset/Manifest.h"
#include "model/Topology.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace lbw {

class CancelToken;

struct PlanTopology {
    QString sourcePath;
    QByteArray bytes;  // exactly as read: the set keeps the operator's file
    Topology topology;
};

// Read before the run starts, so a missing or hostile file fails the run
// before anything is written.
Result<PlanTopology> readPlanTopology(const QString &path);

// Every cluster and machine FQDN of the topology, each once.
QStringList deploymentNames(const Topology &topology);

// Writes the topology into `setDir`, appends its entry to `files` and
// resolves the names (a few at a time: an unreachable DNS server must not
// cost its timeout once per machine).
Result<Deployment> keepDeployment(const QString &setDir, const PlanTopology &planTopology,
                                  std::vector<FileEntry> &files, const CancelToken &cancel);

// Writes RECOVERY.html into `setDir` for the finished items of `manifest`
// (the commands name `finalSetPath`, where the set will be once committed)
// and appends its entry to the manifest's files.
Status keepRunbook(const QString &setDir, const QString &finalSetPath, Manifest &manifest, const Topology &topology);

}  // namespace lbw
