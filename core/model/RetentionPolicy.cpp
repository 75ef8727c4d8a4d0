#include "model/RetentionPolicy.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace lbw {

QJsonObject RetentionPolicy::toJson() const {
    QJsonObject json;
    if (keepLast > 0)
        json.insert(QStringLiteral("keepLast"), keepLast);
    if (keepDaily > 0)
        json.insert(QStringLiteral("keepDaily"), keepDaily);
    if (keepWeekly > 0)
        json.insert(QStringLiteral("keepWeekly"), keepWeekly);
    if (keepMonthly > 0)
        json.insert(QStringLiteral("keepMonthly"), keepMonthly);
    return json;
}

RetentionPolicy RetentionPolicy::fromJson(const QJsonObject &json) {
    RetentionPolicy policy;
    policy.keepLast = std::max(0, json.value(QStringLiteral("keepLast")).toInt());
    policy.keepDaily = std::max(0, json.value(QStringLiteral("keepDaily")).toInt());
    policy.keepWeekly = std::max(0, json.value(QStringLiteral("keepWeekly")).toInt());
    policy.keepMonthly = std::max(0, json.value(QStringLiteral("keepMonthly")).toInt());
    return policy;
}

QString RetentionPolicy::describe() const {
    // Counts beside short labels, as restic prints its policy: no plural
    // forms to get wrong in either language.
    QStringList parts;
    if (keepLast > 0)
        parts << QCoreApplication::translate("Retention", "last %1").arg(keepLast);
    if (keepDaily > 0)
        parts << QCoreApplication::translate("Retention", "daily %1").arg(keepDaily);
    if (keepWeekly > 0)
        parts << QCoreApplication::translate("Retention", "weekly %1").arg(keepWeekly);
    if (keepMonthly > 0)
        parts << QCoreApplication::translate("Retention", "monthly %1").arg(keepMonthly);
    if (parts.isEmpty())
        return QCoreApplication::translate("Retention", "every set");
    return parts.join(QStringLiteral(", "));
}

}  // namespace lbw
