#pragma once
// Screenshots of the wizards for the README: with LBW_SCREENSHOT_DIR set,
// a window is saved as <dir>/<language>-<name>.png at 1024x768, the size
// the README shows; without it nothing happens.

#include <QString>

class QWidget;

namespace lbw::test {

void saveScreenshot(QWidget &window, const QString &name);

}  // namespace lbw::test
