#pragma once
// The facts about a computer that a restore depends on. The Lync documents
// require DNS, domain names, computer FQDNs and file store paths to be the
// same at restore time as at backup time: these are recorded in every
// manifest and gathered again on the computer being recovered.

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lbw {

struct HostFacts {
    QString hostName;
    QString fqdn;
    QString domain;
    QStringList addresses;  // what the FQDN resolved to (DNS / hosts), sorted
    QString os;
    QString kernel;
    QString cpuArchitecture;

    // Asks the OS and the resolver; may wait for DNS, so call it off the GUI thread.
    static HostFacts ofThisMachine();
    QJsonObject toJson() const;
    static HostFacts fromJson(const QJsonObject &json);
};

// Addresses a name resolves to now, sorted; empty when it does not resolve.
QStringList resolveAddresses(const QString &name);
// The same, with the resolver's message in `error` when it does not resolve.
QStringList resolveAddresses(const QString &name, QString *error);

}  // namespace lbw
