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
//
// A topology file may come from anywhere, and the names in it end up in
// PowerShell commands and UNC paths, so reading is bounded and strict:
//  - files over 64 MiB, and anything that is not a regular file (a pipe
//    would block), are refused before reading;
//  - a DTD or entity declaration (<!DOCTYPE>, <!ENTITY>) is refused before
//    anything in it is expanded;
//  - the XML is streamed, never held whole: only the elements the reader
//    looks at are kept, under fixed limits (nesting depth, element count,
//    value length, kept bytes), so memory stays well under 100 MB and time
//    linear in the file size whatever the input;
//  - the sites, pools, machines, SQL instances and services are counted
//    against limits far above any real deployment, so that what is done
//    later per part (a DNS lookup, a runbook section) stays quick;
//  - every host name, SQL instance, share, site name and IP address is
//    checked against topology/NameRules.h; a bad one fails the read with its
//    line and value.
// UTF-8 (with or without BOM, as Topology Builder writes it) and UTF-16 with
// BOM (PowerShell's Out-File) are read alike.

#include "model/Topology.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace lbw {

Result<Topology> readTopology(const QByteArray &xml);
Result<Topology> readTopologyFile(const QString &path);

}  // namespace lbw
