#include "recovery/HostFacts.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QJsonArray>
#include <QSysInfo>

namespace lbw {

QStringList resolveAddresses(const QString &name) {
    return resolveAddresses(name, nullptr);
}

QStringList resolveAddresses(const QString &name, QString *error) {
    if (name.isEmpty())
        return {};
    const QHostInfo info = QHostInfo::fromName(name);
    QStringList addresses;
    if (info.error() != QHostInfo::NoError) {
        if (error)
            *error = info.errorString();
        return addresses;
    }
    for (const QHostAddress &address : info.addresses())
        if (!addresses.contains(address.toString()))
            addresses << address.toString();
    addresses.sort();
    return addresses;
}

HostFacts HostFacts::ofThisMachine() {
    HostFacts facts;
    facts.hostName = QSysInfo::machineHostName();
    facts.domain = QHostInfo::localDomainName();
    facts.fqdn = facts.domain.isEmpty() || facts.hostName.contains(QLatin1Char('.'))
                     ? facts.hostName
                     : facts.hostName + QLatin1Char('.') + facts.domain;
    if (facts.domain.isEmpty() && facts.fqdn.contains(QLatin1Char('.')))
        facts.domain = facts.fqdn.section(QLatin1Char('.'), 1);
    facts.addresses = resolveAddresses(facts.fqdn);
    facts.os = QSysInfo::prettyProductName();
    facts.kernel = QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion();
    facts.cpuArchitecture = QSysInfo::currentCpuArchitecture();
    return facts;
}

QJsonObject HostFacts::toJson() const {
    return {{QStringLiteral("hostName"), hostName},
            {QStringLiteral("fqdn"), fqdn},
            {QStringLiteral("domain"), domain},
            {QStringLiteral("addresses"), QJsonArray::fromStringList(addresses)},
            {QStringLiteral("os"), os},
            {QStringLiteral("kernel"), kernel},
            {QStringLiteral("cpuArchitecture"), cpuArchitecture}};
}

HostFacts HostFacts::fromJson(const QJsonObject &json) {
    HostFacts facts;
    facts.hostName = json[QLatin1String("hostName")].toString();
    facts.fqdn = json[QLatin1String("fqdn")].toString();
    facts.domain = json[QLatin1String("domain")].toString();
    for (const QJsonValue &address : json[QLatin1String("addresses")].toArray())
        facts.addresses << address.toString();
    facts.os = json[QLatin1String("os")].toString();
    facts.kernel = json[QLatin1String("kernel")].toString();
    facts.cpuArchitecture = json[QLatin1String("cpuArchitecture")].toString();
    return facts;
}

}  // namespace lbw
