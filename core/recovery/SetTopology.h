#pragma once
// The topology a set keeps (FORMAT.md, "The deployment"), read back only
// after its bytes match the digest in the manifest: a recovery plan is built
// from it, so a changed file must never steer one.

#include "backupset/Manifest.h"
#include "model/Topology.h"
#include "util/Result.h"

namespace lbw {

Result<Topology> loadSetTopology(const QString &setDir, const Manifest &manifest);

// A set's manifest (its header: format 2's file list stays on disk) and the
// topology it keeps, read together: what every recovery front end starts
// from.
struct SetWithTopology {
    Manifest manifest;
    Topology topology;
};
Result<SetWithTopology> openSetWithTopology(const QString &setDir);

}  // namespace lbw
