#pragma once
// The backup locations this wizard has used, newest first, so the start
// page can tell the state of each (an operator may back up to a second
// disk or another share), not only of the last one typed.

#include <QStringList>

namespace lbw::ui {

QStringList recentLocations();  // at most kRecentLocations
void rememberLocation(const QString &location);

constexpr int kRecentLocations = 3;

}  // namespace lbw::ui
