#include "location/DrillLog.h"

#include "location/JsonLines.h"

#include <QCoreApplication>

namespace lbw {
namespace {

const QString kDrillLog = QStringLiteral("drills.jsonl");

}  // namespace

Status appendDrillRecord(const QString &location, const QJsonObject &record) {
    return appendJsonLine(location + QLatin1Char('/') + kDrillLog, record,
                          QCoreApplication::translate("DrillJob", "Cannot record the drill in %1: %2"));
}

std::optional<DrillRecord> lastDrill(const QString &location) {
    const QList<QJsonObject> records = readJsonLines(location + QLatin1Char('/') + kDrillLog);
    if (records.isEmpty())
        return std::nullopt;
    const QJsonObject &json = records.last();
    return DrillRecord{json.value(QLatin1String("set")).toString(),
                       QDateTime::fromString(json.value(QLatin1String("finished")).toString(), Qt::ISODate),
                       json.value(QLatin1String("result")).toString()};
}

}  // namespace lbw
