#pragma once
// What a machine of the topology was: the roles on its cluster and the
// stores on its SQL instances, read as Microsoft's "Restoring Lync Server"
// topics classify servers (Standard Edition server, Enterprise front end,
// back end, the server hosting the Central Management store, file server,
// Archiving/Monitoring SQL Server, Persistent Chat, Edge, Director,
// Mediation). One machine can be several of these.

#include "model/Topology.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lbw {

struct ServerProfile {
    QString fqdn;        // the machine, as the topology spells it
    QString clusterKey;  // its pool or stand-alone cluster
    QString poolFqdn;    // the cluster's FQDN (equal to fqdn for a single server)
    QStringList poolMembers;
    QList<SqlInstance> sqlInstances;  // instances on this machine's cluster
    QStringList roles;                // role names on the cluster and its instances

    bool standardEdition = false;
    bool frontEnd = false;
    bool backEnd = false;
    bool cmsHost = false;
    bool cmsHostAssumed = false;  // the topology names no active CMS: this is the only candidate
    bool fileServer = false;
    bool archivingOrMonitoringSql = false;
    bool persistentChat = false;
    bool persistentChatStore = false;
    bool edge = false;
    bool director = false;
    bool mediation = false;
    bool runsLyncServices = false;  // a Lync role is installed on it: Deployment Wizard steps 1-4

    // Front End pools (or Standard Edition servers) whose user store lives
    // on this machine's SQL instances: their user data comes back here.
    QStringList userStorePools;
    // Pools running Response Group whose application store lives here.
    QStringList applicationStorePools;

    QStringList kindTexts() const;  // translated, most important first
};

// Every machine FQDN of the topology, sorted: the candidates to recover.
QStringList topologyMachines(const Topology &topology);

// The profile of `fqdn` (a machine, or a cluster of exactly one machine).
// An unknown FQDN fails with the list of machines.
Result<ServerProfile> profileServer(const Topology &topology, const QString &fqdn);

}  // namespace lbw
