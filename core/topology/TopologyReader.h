#pragma once
// Reads a Lync topology in either of its two forms:
//  - the published XML of Get-CsTopology -AsXml (root Topology, namespace
//    urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008), where parts
//    reference each other by site and number;
//  - a Topology Builder .tbxml (root TopologyBuilder > NewTopology >
//    PartialTopology), a nested schema where parts reference each other by
//    GUID.
// Unknown elements and roles are kept and listed, never a reason to fail;
// malformed XML or a missing required part fails with the line and what is wrong.

#include "model/Topology.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace lbw {

Result<Topology> readTopology(const QByteArray &xml);
Result<Topology> readTopologyFile(const QString &path);

}  // namespace lbw
