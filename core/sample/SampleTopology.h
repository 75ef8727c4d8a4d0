#pragma once
// The sample deployment's topology: one Standard Edition server named after
// this computer, which holds the Central Management store, the user data,
// Response Group, Monitoring and the file store; the sample's SQLite
// databases and file folder stand in for them. With it a newcomer can try
// the whole recovery of a server on one machine.

#include "model/BackupPlan.h"

#include <QByteArray>
#include <QString>

namespace lbw {

// This computer's FQDN when it is a valid host name, else a placeholder
// (recovery then shows the plan, and the FQDN check says what differs).
QString sampleServerFqdn();

// Get-CsTopology -AsXml style XML for that server.
QByteArray sampleTopologyXml(const QString &fqdn);

// Ties each sample item to the catalog item it stands for (plan option
// "catalogItem"), so recovery steps find their data in the set.
Status linkSampleItems(BackupPlan &plan, const QByteArray &topologyXml);

}  // namespace lbw
