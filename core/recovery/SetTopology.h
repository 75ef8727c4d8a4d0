#pragma once
// The topology a set keeps (FORMAT.md, "The deployment"), read back only
// after its bytes match the digest in the manifest: a recovery plan is built
// from it, so a changed file must never steer one.

#include "backupset/Manifest.h"
#include "model/Topology.h"
#include "util/Result.h"

namespace lbw {

Result<Topology> loadSetTopology(const QString &setDir, const Manifest &manifest);

}  // namespace lbw
