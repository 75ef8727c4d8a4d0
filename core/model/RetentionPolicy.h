#pragma once
// How many sets a location keeps (restic's --keep-last/daily/weekly/monthly);
// location/Retention.h applies it. Part of a plan: a scheduled run prunes
// with it after it has committed a good set.

#include <QJsonObject>
#include <QString>

namespace lbw {

struct RetentionPolicy {
    int keepLast = 0;
    int keepDaily = 0;
    int keepWeekly = 0;
    int keepMonthly = 0;

    // No rule at all: nothing is ever removed (a prune without a policy is refused).
    bool isEmpty() const { return keepLast <= 0 && keepDaily <= 0 && keepWeekly <= 0 && keepMonthly <= 0; }
    QJsonObject toJson() const;  // {"keepLast": N, ...}, only the rules given
    static RetentionPolicy fromJson(const QJsonObject &json);
    QString describe() const;  // translated: "last 7, daily 14, weekly 8, monthly 12"
};

}  // namespace lbw
