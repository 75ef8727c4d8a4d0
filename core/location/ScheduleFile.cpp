#include "location/ScheduleFile.h"

#include "platform/Platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace lbw {
namespace {

const QString kScheduleFile = QStringLiteral("schedule.json");

}  // namespace

Status writeLocationSchedule(const Schedule &schedule) {
    if (!QDir().mkpath(schedule.location))
        return Error{QCoreApplication::translate("ScheduleInstaller", "Cannot create the backup location %1.")
                         .arg(schedule.location)};
    return platform::writeFileAtomically(schedule.location + QLatin1Char('/') + kScheduleFile,
                                         QJsonDocument(schedule.toJson()).toJson());
}

bool locationHasSchedule(const QString &location) {
    return QFile::exists(location + QLatin1Char('/') + kScheduleFile);
}

void removeLocationSchedule(const QString &location) {
    QFile::remove(location + QLatin1Char('/') + kScheduleFile);
}

Result<Schedule> readLocationSchedule(const QString &location) {
    const QString path = location + QLatin1Char('/') + kScheduleFile;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("ScheduleInstaller", "No schedule is installed for %1 (%2: %3).")
                         .arg(location, path, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(1 << 20), &parseError);
    if (!document.isObject())
        return Error{QCoreApplication::translate("ScheduleInstaller", "%1 cannot be read: %2")
                         .arg(path, parseError.errorString())};
    return Schedule::fromJson(document.object());
}

}  // namespace lbw
