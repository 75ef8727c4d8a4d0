#include "ProgressText.h"
#include "util/SizeText.h"

#include <QCoreApplication>
#include <QLocale>

namespace lbw::ui {

QString durationText(qint64 seconds) {
    if (seconds < 0)
        return QStringLiteral("--:--");
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString progressStatsText(const ProgressSnapshot &p) {
    const QString done = QCoreApplication::translate("ProgressText", "%1 of %2 · %3 of %4 files · %5/s")
                             .arg(sizeText(p.bytesDone), sizeText(p.bytesTotal), countText(p.filesDone),
                                  countText(p.filesTotal), sizeText(qint64(p.bytesPerSecond)));
    if (p.etaSeconds < 0)  // too early to tell
        return done;
    return QCoreApplication::translate("ProgressText", "%1 · %2 left").arg(done, durationText(p.etaSeconds));
}

}  // namespace lbw::ui
