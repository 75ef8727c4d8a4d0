#include "RecentLocations.h"

#include <QSettings>

namespace lbw::ui {
namespace {

const QString kListKey = QStringLiteral("wizard/locations");
const QString kLastKey = QStringLiteral("wizard/location");  // the one the location page opens with

}  // namespace

QStringList recentLocations() {
    QSettings settings;
    QStringList locations = settings.value(kListKey).toStringList();
    // Settings written before the list existed hold only the last location.
    const QString last = settings.value(kLastKey).toString();
    if (locations.isEmpty() && !last.isEmpty())
        locations << last;
    locations.removeAll(QString());
    return locations.mid(0, kRecentLocations);
}

void rememberLocation(const QString &location) {
    if (location.isEmpty())
        return;
    QStringList locations = recentLocations();
    locations.removeAll(location);
    locations.prepend(location);
    QSettings settings;
    settings.setValue(kListKey, locations.mid(0, kRecentLocations));
    settings.setValue(kLastKey, location);
}

}  // namespace lbw::ui
