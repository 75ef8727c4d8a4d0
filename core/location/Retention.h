#pragma once
// Which sets of a location a retention policy keeps, with the meaning of
// restic's `forget --keep-*`: going from the newest set to the oldest,
// --keep-last keeps the first N; --keep-daily keeps the newest set of each
// of the last N days that have a set (likewise ISO weeks and months). A set
// kept by any rule is kept. Days, weeks and months are those of the
// operator's clock (the time zone given), not UTC.

#include "model/RetentionPolicy.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace lbw {

struct RetentionCandidate {
    QString name;
    QDateTime startedUtc;
};

struct RetentionDecision {
    QString name;
    bool keep = false;
    QStringList reasons;  // stable keys: "last", "daily", "weekly", "monthly"
};

// The decision for each set, newest first. Sets with the same time keep
// their given order.
QList<RetentionDecision> applyRetention(QList<RetentionCandidate> sets, const RetentionPolicy &policy,
                                        const QTimeZone &zone = QTimeZone::systemTimeZone());

}  // namespace lbw
