#include "location/Retention.h"

#include <algorithm>
#include <optional>

namespace lbw {
namespace {

struct Rule {
    const char *key;
    int count;
    // The bucket a time falls in for this rule: sets in the same bucket are
    // one day (week, month) and only the newest of them counts.
    qint64 (*bucket)(const QDateTime &local, qint64 order);
};

qint64 eachSet(const QDateTime &, qint64 order) {
    return order;  // every set its own bucket
}
qint64 dayOf(const QDateTime &local, qint64) {
    return local.date().toJulianDay();
}
qint64 weekOf(const QDateTime &local, qint64) {
    int year = 0;
    const int week = local.date().weekNumber(&year);  // ISO 8601, as restic's ISOWeek
    return qint64(year) * 100 + week;
}
qint64 monthOf(const QDateTime &local, qint64) {
    return qint64(local.date().year()) * 100 + local.date().month();
}

}  // namespace

QList<RetentionDecision> applyRetention(QList<RetentionCandidate> sets, const RetentionPolicy &policy,
                                        const QTimeZone &zone) {
    std::stable_sort(sets.begin(), sets.end(), [](const RetentionCandidate &a, const RetentionCandidate &b) {
        return a.startedUtc > b.startedUtc;
    });
    Rule rules[] = {{"last", policy.keepLast, eachSet},
                    {"daily", policy.keepDaily, dayOf},
                    {"weekly", policy.keepWeekly, weekOf},
                    {"monthly", policy.keepMonthly, monthOf}};
    std::optional<qint64> lastBucket[std::size(rules)];
    QList<RetentionDecision> decisions;
    qint64 order = 0;
    for (const RetentionCandidate &set : sets) {
        RetentionDecision decision{set.name, false, {}};
        const QDateTime local = set.startedUtc.toTimeZone(zone);
        for (size_t r = 0; r < std::size(rules); ++r) {
            Rule &rule = rules[r];
            if (rule.count <= 0)
                continue;
            const qint64 bucket = rule.bucket(local, order);
            if (lastBucket[r] == bucket)
                continue;  // a newer set of this day (week, month) is kept already
            lastBucket[r] = bucket;
            --rule.count;
            decision.keep = true;
            decision.reasons << QString::fromLatin1(rule.key);
        }
        decisions << decision;
        ++order;
    }
    return decisions;
}

}  // namespace lbw
