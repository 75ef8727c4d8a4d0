#pragma once
// schedule.json of a backup location: the schedule that runs its plan, as
// `lync-backup schedule install` wrote it, so that `status` can tell when
// the next run is due.

#include "model/Schedule.h"

namespace lbw {

Status writeLocationSchedule(const Schedule &schedule);  // into schedule.location
Result<Schedule> readLocationSchedule(const QString &location);
// Whether a location has one at all (no file: no schedule, not an error).
bool locationHasSchedule(const QString &location);
void removeLocationSchedule(const QString &location);

}  // namespace lbw
