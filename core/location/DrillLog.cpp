#include "location/DrillLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace lbw {
namespace {

const QString kDrillLog = QStringLiteral("drills.jsonl");
constexpr qint64 kDrillLogReadLimit = 8 << 20;  // years of weekly lines; a damaged giant is not read whole

}  // namespace

Status appendDrillRecord(const QString &location, const QJsonObject &record) {
    QFile log(location + QLatin1Char('/') + kDrillLog);
    if (!log.open(QIODevice::WriteOnly | QIODevice::Append))
        return Error{QCoreApplication::translate("DrillJob", "Cannot record the drill in %1: %2")
                         .arg(log.fileName(), log.errorString())};
    const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
    if (log.write(line) != line.size() || !log.flush())
        return Error{QCoreApplication::translate("DrillJob", "Cannot record the drill in %1: %2")
                         .arg(log.fileName(), log.errorString())};
    return {};
}

std::optional<DrillRecord> lastDrill(const QString &location) {
    QFile log(location + QLatin1Char('/') + kDrillLog);
    if (!log.open(QIODevice::ReadOnly))
        return std::nullopt;
    if (log.size() > kDrillLogReadLimit)
        log.seek(log.size() - kDrillLogReadLimit);
    const QList<QByteArray> lines = log.readAll().split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QJsonObject json = QJsonDocument::fromJson(*it).object();
        if (json.isEmpty())
            continue;
        return DrillRecord{json.value(QLatin1String("set")).toString(),
                           QDateTime::fromString(json.value(QLatin1String("finished")).toString(), Qt::ISODate),
                           json.value(QLatin1String("result")).toString()};
    }
    return std::nullopt;
}

}  // namespace lbw
