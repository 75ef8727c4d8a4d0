#pragma once
// How the wizards word a running job's progress, so a backup and a restore
// step read the same: "1.2 GB of 3.4 GB · 120 of 400 files · 80 MB/s · 0:00:27 left".

#include "util/Progress.h"

#include <QString>

namespace lbw::ui {

// h:mm:ss, or --:-- while not known.
QString durationText(qint64 seconds);
QString progressStatsText(const ProgressSnapshot &progress);

}  // namespace lbw::ui
