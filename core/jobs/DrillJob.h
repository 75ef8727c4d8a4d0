#pragma once
// A restore drill: proves that a set can be restored, not only that its
// bytes are intact (restic's `check --read-data` proves the bytes). The set
// is verified; every item that can be restored on any computer (file stores,
// SQLite databases) is restored into a scratch folder and checked there
// (every file re-hashed, every table's rows counted); the scratch folder is
// removed. The result is kept in the location (drills.jsonl) for `status`.

#include "location/DrillLog.h"
#include "util/CancelToken.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace lbw {

class JobObserver;

struct DrillItemResult {
    enum class Outcome { Passed, Failed, NotDrilled };
    QString name;
    QString kind;
    Outcome outcome = Outcome::NotDrilled;
    QString detail;  // translated
};

struct DrillReport {
    QString setPath;
    QString setName;
    QDateTime startedUtc;
    QDateTime finishedUtc;
    QString fatalError;  // the drill could not run (no set, no scratch folder)
    bool cancelled = false;
    QStringList verifyProblems;  // translated, a line each: what the verification found
    QList<DrillItemResult> items;

    bool passed() const;
    QString resultKey() const;  // "passed", "failed", "cancelled"
    QJsonObject toJson() const;
};

class DrillJob {
public:
    // `scratchDir`: where the scratch folder is made (default: the system's
    // temporary folder); it needs room for the largest restorable items.
    DrillJob(QString setPath, QString scratchDir = {});
    DrillReport run(JobObserver *observer, const CancelToken &cancel) const;

private:
    QString m_setPath;
    QString m_scratchDir;
};

// Appends the drill's result to drills.jsonl of the set's location.
Status recordDrill(const QString &location, const DrillReport &report);

}  // namespace lbw
