#pragma once
// drills.jsonl of a backup location: one line per restore drill (DrillJob),
// newest last, read by `status` and the start page.

#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace lbw {

struct DrillRecord {
    QString setName;
    QDateTime finishedUtc;
    QString result;  // "passed", "failed", "cancelled"
};

// Appends one drill's record (a JSON object with "set", "finished", "result").
Status appendDrillRecord(const QString &location, const QJsonObject &record);
// The newest line that parses; a line torn by a crash is passed over.
std::optional<DrillRecord> lastDrill(const QString &location);

}  // namespace lbw
