#include "location/VerifyLog.h"

#include "location/BackupLocation.h"
#include "location/JsonLines.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace lbw {
namespace {

const QString kVerifyLog = QStringLiteral("verifications.jsonl");

}  // namespace

Status appendVerifyRecord(const QString &setPath, const VerifyRecord &record) {
    const QFileInfo set(setPath);
    if (!BackupLocation::isSetName(set.fileName()))
        return {};
    const QJsonObject json{{QStringLiteral("set"), set.fileName()},
                           {QStringLiteral("finished"), record.finishedUtc.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("result"), record.result},
                           {QStringLiteral("files"), record.files},
                           {QStringLiteral("bytes"), record.bytes},
                           {QStringLiteral("problems"), record.problems}};
    return appendJsonLine(set.absolutePath() + QLatin1Char('/') + kVerifyLog, json,
                          QCoreApplication::translate("VerifyLog", "Cannot record the verification in %1: %2"));
}

QHash<QString, VerifyRecord> lastVerifications(const QString &location) {
    QHash<QString, VerifyRecord> newest;
    for (const QJsonObject &json : readJsonLines(location + QLatin1Char('/') + kVerifyLog)) {
        VerifyRecord record;
        record.setName = json.value(QLatin1String("set")).toString();
        record.finishedUtc = QDateTime::fromString(json.value(QLatin1String("finished")).toString(), Qt::ISODate);
        record.result = json.value(QLatin1String("result")).toString();
        record.files = json.value(QLatin1String("files")).toInteger();
        record.bytes = json.value(QLatin1String("bytes")).toInteger();
        record.problems = json.value(QLatin1String("problems")).toInteger();
        const bool known = record.result == QLatin1String("passed") || record.result == QLatin1String("failed");
        if (!BackupLocation::isSetName(record.setName) || !known || !record.finishedUtc.isValid())
            continue;                           // a hand-edited or torn line names nothing
        newest.insert(record.setName, record);  // lines are oldest first: the last one wins
    }
    return newest;
}

}  // namespace lbw
