#include "topology/NameRules.h"

#include <QHostAddress>

namespace lbw {
namespace {

bool isAsciiLetter(QChar c) {
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isAsciiDigit(QChar c) {
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isControl(char32_t ucs4) {
    switch (QChar::category(ucs4)) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_Surrogate:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            return true;
        default:
            return false;
    }
}

// Calls f(codePoint, position, length) for each code point; an unpaired
// surrogate is passed as itself so that it counts as a control character.
template <typename F>
void forEachCodePoint(QStringView text, F f) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            f(QChar::surrogateToUcs4(c, text[i + 1]), i, 2);
            ++i;
        } else {
            f(char32_t(c.unicode()), i, 1);
        }
    }
}

}  // namespace

bool isValidFqdn(QStringView name) {
    if (name.isEmpty() || name.size() > 253)
        return false;
    qsizetype labelStart = 0;
    for (qsizetype i = 0; i <= name.size(); ++i) {
        if (i < name.size() && name[i] != QLatin1Char('.')) {
            const QChar c = name[i];
            if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != QLatin1Char('-'))
                return false;
            continue;
        }
        // A label ends here; an empty one is a leading, doubled or trailing dot.
        const qsizetype length = i - labelStart;
        if (length < 1 || length > 63 || name[labelStart] == QLatin1Char('-') || name[i - 1] == QLatin1Char('-'))
            return false;
        labelStart = i + 1;
    }
    return true;
}

bool isValidSqlInstanceName(QStringView name) {
    if (name.isEmpty())
        return true;
    if (name.size() > 16)
        return false;
    if (!name[0].isLetter() && name[0] != QLatin1Char('_'))
        return false;
    for (const QChar c : name.sliced(1))
        if (!c.isLetter() && !c.isDigit() && c != QLatin1Char('_') && c != QLatin1Char('$'))
            return false;
    return true;
}

bool isValidShareName(QStringView name) {
    if (name.isEmpty() || name.size() > 80 || hasControlCharacters(name))
        return false;
    for (const QChar c : name)
        if (QStringView(u"\\/:*?\"<>|").contains(c))
            return false;
    return !name.endsWith(QLatin1Char('.')) && !name.endsWith(QLatin1Char(' '));
}

bool isValidSiteName(QStringView name) {
    return name.size() <= 256 && !hasControlCharacters(name);
}

bool isValidIpAddress(QStringView address) {
    if (address.isEmpty())
        return true;
    // QHostAddress alone would also take " 10.1", "010.0.0.1" (octal) and
    // "fe80::1%<anything>": only hex digits, dots and colons are let through,
    // and an IPv4 address must read back exactly as written.
    for (const QChar c : address)
        if (!isAsciiDigit(c) && !QStringView(u"abcdefABCDEF.:").contains(c))
            return false;
    const QString text = address.toString();
    QHostAddress parsed;
    if (!parsed.setAddress(text))
        return false;
    if (parsed.protocol() == QAbstractSocket::IPv4Protocol)
        return parsed.toString() == text;
    return parsed.protocol() == QAbstractSocket::IPv6Protocol;
}

bool hasControlCharacters(QStringView text) {
    bool found = false;
    forEachCodePoint(text, [&found](char32_t ucs4, qsizetype, qsizetype) { found = found || isControl(ucs4); });
    return found;
}

QString printableExcerpt(QStringView value, qsizetype maxLength) {
    QString shown;
    bool cut = false;
    forEachCodePoint(value, [&](char32_t ucs4, qsizetype position, qsizetype length) {
        if (cut || position + length > maxLength) {
            cut = true;
            return;
        }
        if (isControl(ucs4))
            shown += QStringLiteral("\\u{%1}").arg(uint(ucs4), 4, 16, QLatin1Char('0'));
        else
            shown += value.sliced(position, length);
    });
    if (cut)
        shown += QStringLiteral("...");
    return shown;
}

}  // namespace lbw
