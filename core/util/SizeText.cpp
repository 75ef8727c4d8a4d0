#include "util/SizeText.h"

#include <QLocale>

namespace lbw {

QString sizeText(qint64 bytes) {
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString countText(qint64 count) {
    return QLocale().toString(count);
}

}  // namespace lbw
