#pragma once
// The deployment a set was taken from: the topology file kept in the set and
// the DNS answers for its machines at backup time (FORMAT.md, "The
// deployment"). Recovery compares a rebuilt server with the machine it
// replaces, as recorded here, never with the computer that ran the backup.

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lbw {

struct ResolvedName {
    QString fqdn;
    QStringList addresses;  // sorted; empty when the name did not resolve
    QString error;          // the resolver's message when it did not
};

struct Deployment {
    QString topologyPath;  // in the set: layout::kTopologyXml or kTopologyTbxml; empty: none kept
    QString topologyFormat;
    QByteArray topologySha256;  // lower-case hex
    qint64 topologySize = 0;
    QString topologySource;  // where the backup read it from (informational)
    QDateTime resolvedUtc;
    QList<ResolvedName> names;

    bool hasTopology() const { return !topologyPath.isEmpty(); }
    const ResolvedName *resolved(const QString &fqdn) const;  // case-insensitive
    QJsonObject toJson() const;
    // Checks what a hostile set could change: the topology path must be one
    // of the two fixed names, the digest well-formed.
    static Result<Deployment> fromJson(const QJsonObject &json);
};

}  // namespace lbw
