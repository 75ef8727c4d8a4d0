#include "Screenshot.h"

#include <QDir>
#include <QTest>
#include <QWidget>

namespace lbw::test {

void saveScreenshot(QWidget &window, const QString &name) {
    const QString dir = qEnvironmentVariable("LBW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    if (window.size() != QSize(1024, 768))
        window.resize(1024, 768);
    QTest::qWait(150);  // let queued updates and the new size paint
    const QString language = qEnvironmentVariable("LBW_LANGUAGE", QStringLiteral("en"));
    window.grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, language, name));
}

}  // namespace lbw::test
