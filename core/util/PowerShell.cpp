#include "util/PowerShell.h"

namespace lbw {

QString psLiteral(const QString &text) {
    QString quoted;
    quoted.reserve(text.size() + 2);
    quoted += QLatin1Char('\'');
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\'' || (u >= 0x2018 && u <= 0x201B))
            quoted += c;
        quoted += c;
    }
    quoted += QLatin1Char('\'');
    return quoted;
}

}  // namespace lbw
