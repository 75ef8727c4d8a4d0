#pragma once
// verifications.jsonl of a backup location: one line per verification of a
// whole set (the backup's own, `verify`, the wizard's, a recovery's), newest
// last, so `list`, `status` and the start page can say when each set was
// last found intact. The set itself is never written to: a complete set is
// never modified.

#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace lbw {

struct VerifyRecord {
    QString setName;
    QDateTime finishedUtc;
    QString result;  // "passed" or "failed"; a cancelled verification is not recorded
    qint64 files = 0;
    qint64 bytes = 0;
    qint64 problems = 0;
};

// Appends `record` to the log of the location holding `setPath` (its
// parent folder). A set that is not in a location (a copy elsewhere, a
// folder not named as a set) has nowhere to record: nothing is done.
Status appendVerifyRecord(const QString &setPath, const VerifyRecord &record);

// The newest record of each set of `location`, by set name.
QHash<QString, VerifyRecord> lastVerifications(const QString &location);

}  // namespace lbw
