#include "model/Schedule.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <optional>

namespace lbw {
namespace {

constexpr int kDrillHoursAfterBackup = 2;  // a drill after a large backup still finds the set committed

const char *const kDayKeys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

QString dayKey(Qt::DayOfWeek day) {
    return QString::fromLatin1(kDayKeys[int(day) - 1]);
}

std::optional<Qt::DayOfWeek> dayFromKey(const QString &key) {
    for (int i = 0; i < 7; ++i)
        if (key.compare(QLatin1String(kDayKeys[i]), Qt::CaseInsensitive) == 0)
            return Qt::DayOfWeek(i + 1);
    return std::nullopt;
}

QList<Qt::DayOfWeek> sortedUnique(QList<Qt::DayOfWeek> days) {
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

// The first moment after `after` that falls on one of `days` (every day if
// empty) at `time`, in local time. A time skipped by a daylight-saving jump
// comes at the first valid moment after it, as systemd does.
QDateTime nextAt(const QDateTime &after, const QList<Qt::DayOfWeek> &days, QTime time) {
    const QDateTime local = after.toLocalTime();
    for (int offset = 0; offset <= 8; ++offset) {
        const QDate date = local.date().addDays(offset);
        if (!days.isEmpty() && !days.contains(Qt::DayOfWeek(date.dayOfWeek())))
            continue;
        const QDateTime candidate(date, time);
        if (candidate > local)
            return candidate;
    }
    return {};
}

}  // namespace

Qt::DayOfWeek Schedule::drillDay() const {
    return everyDay() ? Qt::Sunday : sortedUnique(days).first();
}

QTime Schedule::drillTime() const {
    return at.addSecs(kDrillHoursAfterBackup * 3600);
}

QDateTime Schedule::nextRun(const QDateTime &after) const {
    return nextAt(after, everyDay() ? QList<Qt::DayOfWeek>{} : days, at);
}

QDateTime Schedule::nextDrill(const QDateTime &after) const {
    if (!weeklyDrill)
        return {};
    // Two hours after a late backup falls on the next day.
    Qt::DayOfWeek day = drillDay();
    if (drillTime() < at)
        day = Qt::DayOfWeek(int(day) % 7 + 1);
    return nextAt(after, {day}, drillTime());
}

QString Schedule::describe() const {
    const QString time = at.toString(QStringLiteral("HH:mm"));
    if (everyDay())
        return QCoreApplication::translate("Schedule", "every day at %1").arg(time);
    QStringList names;
    for (Qt::DayOfWeek day : sortedUnique(days))
        names << QLocale().dayName(day, QLocale::ShortFormat);
    return QCoreApplication::translate("Schedule", "%1 at %2").arg(names.join(QStringLiteral(", ")), time);
}

QString Schedule::slug() const {
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_D).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
        else if (c.category() != QChar::Mark_NonSpacing && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    out.truncate(40);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("plan") : out;
}

QJsonObject Schedule::toJson() const {
    QJsonArray dayList;
    for (Qt::DayOfWeek day : sortedUnique(days))
        dayList.append(dayKey(day));
    QJsonObject json{{QStringLiteral("name"), name},
                     {QStringLiteral("plan"), planPath},
                     {QStringLiteral("location"), location},
                     {QStringLiteral("at"), at.toString(QStringLiteral("HH:mm"))},
                     {QStringLiteral("weeklyDrill"), weeklyDrill},
                     {QStringLiteral("watch"), watch}};
    if (!everyDay())
        json.insert(QStringLiteral("days"), dayList);
    return json;
}

Result<Schedule> Schedule::fromJson(const QJsonObject &json) {
    Schedule schedule;
    schedule.name = json.value(QLatin1String("name")).toString();
    schedule.planPath = json.value(QLatin1String("plan")).toString();
    schedule.location = json.value(QLatin1String("location")).toString();
    schedule.at = parseTime(json.value(QLatin1String("at")).toString());
    schedule.weeklyDrill = json.value(QLatin1String("weeklyDrill")).toBool();
    schedule.watch = json.value(QLatin1String("watch")).toBool();
    if (!schedule.at.isValid())
        return Error{QCoreApplication::translate("Schedule", "The schedule has no valid time of day (HH:MM).")};
    for (const QJsonValue &value : json.value(QLatin1String("days")).toArray()) {
        const std::optional<Qt::DayOfWeek> day = dayFromKey(value.toString());
        if (!day)
            return Error{
                QCoreApplication::translate("Schedule", "The schedule names an unknown day: %1").arg(value.toString())};
        schedule.days << *day;
    }
    schedule.days = sortedUnique(schedule.days);
    return schedule;
}

QTime Schedule::parseTime(const QString &text) {
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.size() != 2 || parts[0].isEmpty() || parts[0].size() > 2 || parts[1].size() != 2)
        return {};
    bool hoursOk = false;
    bool minutesOk = false;
    const int hours = parts[0].toInt(&hoursOk);
    const int minutes = parts[1].toInt(&minutesOk);
    if (!hoursOk || !minutesOk)
        return {};
    return QTime(hours, minutes);  // invalid when out of range
}

Result<QList<Qt::DayOfWeek>> Schedule::parseDays(const QString &text) {
    QList<Qt::DayOfWeek> days;
    for (const QString &word : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<Qt::DayOfWeek> day = dayFromKey(word.trimmed());
        if (!day)
            return Error{
                QCoreApplication::translate("Schedule",
                                            "\"%1\" is not a day; use mon, tue, wed, thu, fri, sat or sun, separated "
                                            "by commas.")
                    .arg(word.trimmed())};
        days << *day;
    }
    if (days.isEmpty())
        return Error{QCoreApplication::translate("Schedule",
                                                 "Name at least one day: mon, tue, wed, thu, fri, sat "
                                                 "or sun, separated by commas.")};
    return sortedUnique(days);
}

}  // namespace lbw
