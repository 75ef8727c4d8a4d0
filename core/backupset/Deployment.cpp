#include "backupset/Deployment.h"

#include "backupset/SetLayout.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lbw {

const ResolvedName *Deployment::resolved(const QString &fqdn) const {
    for (const ResolvedName &name : names)
        if (name.fqdn.compare(fqdn, Qt::CaseInsensitive) == 0)
            return &name;
    return nullptr;
}

QJsonObject Deployment::toJson() const {
    QJsonArray nameArray;
    for (const ResolvedName &name : names) {
        QJsonObject entry{{QStringLiteral("fqdn"), name.fqdn},
                          {QStringLiteral("addresses"), QJsonArray::fromStringList(name.addresses)}};
        if (!name.error.isEmpty())
            entry.insert(QStringLiteral("error"), name.error);
        nameArray.append(entry);
    }
    return {{QStringLiteral("topology"), QJsonObject{{QStringLiteral("path"), topologyPath},
                                                     {QStringLiteral("format"), topologyFormat},
                                                     {QStringLiteral("sha256"), QString::fromLatin1(topologySha256)},
                                                     {QStringLiteral("size"), topologySize},
                                                     {QStringLiteral("source"), topologySource}}},
            {QStringLiteral("resolvedUtc"), resolvedUtc.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("names"), nameArray}};
}

Result<Deployment> Deployment::fromJson(const QJsonObject &json) {
    Deployment deployment;
    const QJsonObject topology = json[QLatin1String("topology")].toObject();
    deployment.topologyPath = topology[QLatin1String("path")].toString();
    if (deployment.topologyPath != layout::kTopologyXml && deployment.topologyPath != layout::kTopologyTbxml)
        return Error{QCoreApplication::translate("Manifest",
                                                 "The manifest names \"%1\" as the topology of the set; only %2 or %3 "
                                                 "are allowed. The set may have been tampered with.")
                         .arg(deployment.topologyPath.left(80), layout::kTopologyXml, layout::kTopologyTbxml)};
    deployment.topologyFormat = topology[QLatin1String("format")].toString();
    deployment.topologySha256 = topology[QLatin1String("sha256")].toString().toLatin1();
    if (!isSha256Hex(deployment.topologySha256))
        return Error{
            QCoreApplication::translate("Manifest", "The manifest gives the topology an invalid SHA-256 digest.")};
    deployment.topologySize = topology[QLatin1String("size")].toInteger(-1);
    deployment.topologySource = topology[QLatin1String("source")].toString();
    deployment.resolvedUtc = QDateTime::fromString(json[QLatin1String("resolvedUtc")].toString(), Qt::ISODateWithMs);
    for (const QJsonValue &value : json[QLatin1String("names")].toArray()) {
        ResolvedName name;
        name.fqdn = value[QLatin1String("fqdn")].toString();
        for (const QJsonValue &address : value[QLatin1String("addresses")].toArray())
            name.addresses << address.toString();
        name.error = value[QLatin1String("error")].toString();
        deployment.names << name;
    }
    return deployment;
}

}  // namespace lbw
