#pragma once
// RECOVERY.html: the recovery runbook every set with a topology carries,
// readable in any browser on any computer before this product is installed
// again: the deployment's servers, pools, addresses, SQL instances and file
// shares, and for each server its ordered recovery steps with the exact
// commands. Written at backup time in the language of the run; `lync-backup
// runbook` writes it again (for one server, or with the set's current path).

#include "backupset/Manifest.h"
#include "model/Topology.h"

#include <QByteArray>
#include <QString>

namespace lbw {

// `setPath` is where the commands say the set is. `onlyServer` limits the
// steps to one machine (empty: every machine of the topology).
QByteArray renderRunbook(const Manifest &manifest, const Topology &topology, const QString &setPath,
                         const QString &onlyServer = {});

}  // namespace lbw
