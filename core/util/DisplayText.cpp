#include "util/DisplayText.h"

namespace lbw {
namespace {

QString hex(char16_t value, int digits) {
    return QStringLiteral("%1").arg(uint(value), digits, 16, QLatin1Char('0'));
}

// The escape for one UTF-16 unit that must not be shown raw, or an empty
// string when it may be.
QString escapeFor(char16_t unit) {
    switch (unit) {
        case u'\n':
            return QStringLiteral("\\n");
        case u'\t':
            return QStringLiteral("\\t");
        case u'\r':
            return QStringLiteral("\\r");
        default:
            break;
    }
    if (unit < 0x20 || unit == 0x7f)
        return QStringLiteral("\\x") + hex(unit, 2);
    if (unit >= 0x80 && unit < 0xa0)
        return QStringLiteral("\\u") + hex(unit, 4);
    if (unit >= 0xdc80 && unit <= 0xdcff)  // an undecodable byte of a name
        return QStringLiteral("\\x") + hex(char16_t(unit - 0xdc00), 2);
    return QString();
}

}  // namespace

QString displayText(const QString &text) {
    QString shown;
    shown.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        // A surrogate pair is one character; a lone half is not text.
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            shown += c;
            shown += text[++i];
            continue;
        }
        if (const QString escape = escapeFor(c.unicode()); !escape.isEmpty())
            shown += escape;
        else if (c.isSurrogate())
            shown += QStringLiteral("\\u") + hex(c.unicode(), 4);
        else
            shown += c;
    }
    return shown;
}

}  // namespace lbw
