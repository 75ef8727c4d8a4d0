#include "ProgressText.h"

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
    const QLocale locale;
    return QCoreApplication::translate("ProgressText", "%1 of %2 · %3 of %4 files · %5/s · %6 left")
        .arg(locale.formattedDataSize(p.bytesDone), locale.formattedDataSize(p.bytesTotal))
        .arg(p.filesDone)
        .arg(p.filesTotal)
        .arg(locale.formattedDataSize(qint64(p.bytesPerSecond)), durationText(p.etaSeconds));
}

}  // namespace lbw::ui
