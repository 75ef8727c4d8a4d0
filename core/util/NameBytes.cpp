#include "util/NameBytes.h"

namespace lbw {
namespace {

constexpr char16_t kEscapeBase = 0xDC00;  // U+DC80..U+DCFF stand for the bytes 0x80..0xFF

bool isEscapedByte(char16_t unit) {
    return unit >= 0xDC80 && unit <= 0xDCFF;
}

}  // namespace

int utf8SequenceLength(QByteArrayView bytes, qsizetype i) {
    const auto at = [&](qsizetype k) { return static_cast<unsigned char>(bytes[k]); };
    const unsigned char lead = at(i);
    int length = 0;
    unsigned int minimum = 0;
    unsigned int codePoint = 0;
    if (lead < 0x80)
        return 1;
    if ((lead & 0xE0) == 0xC0) {
        length = 2, minimum = 0x80, codePoint = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, minimum = 0x800, codePoint = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, minimum = 0x10000, codePoint = lead & 0x07;
    } else {
        return 0;
    }
    if (i + length > bytes.size())
        return 0;
    for (int k = 1; k < length; ++k) {
        if ((at(i + k) & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (at(i + k) & 0x3F);
    }
    if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return 0;
    return length;
}

QString nameFromBytes(QByteArrayView bytes) {
    // The common case, a name of valid UTF-8, costs one check and Qt's decoder.
    qsizetype i = 0;
    while (i < bytes.size()) {
        const int valid = utf8SequenceLength(bytes, i);
        if (valid == 0)
            break;
        i += valid;
    }
    if (i == bytes.size())
        return QString::fromUtf8(bytes);
    QString name = QString::fromUtf8(bytes.first(i));
    while (i < bytes.size()) {
        const int valid = utf8SequenceLength(bytes, i);
        if (valid == 0) {
            name += QChar(char16_t(kEscapeBase + static_cast<unsigned char>(bytes[i])));
            ++i;
        } else {
            name += QString::fromUtf8(bytes.sliced(i, valid));
            i += valid;
        }
    }
    return name;
}

QByteArray nameToBytes(const QString &name) {
    if (!hasUndecodableBytes(name))
        return name.toUtf8();
    QByteArray bytes;
    bytes.reserve(name.size() * 3);
    qsizetype start = 0;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t unit = name.at(i).unicode();
        // A low surrogate right after a high one is half of a real pair.
        if (!isEscapedByte(unit) || (i > 0 && name.at(i - 1).isHighSurrogate()))
            continue;
        bytes += QStringView(name).sliced(start, i - start).toUtf8();
        bytes += char(unit - kEscapeBase);
        start = i + 1;
    }
    bytes += QStringView(name).sliced(start).toUtf8();
    return bytes;
}

bool hasUndecodableBytes(const QString &name) {
    for (qsizetype i = 0; i < name.size(); ++i)
        if (isEscapedByte(name.at(i).unicode()) && !(i > 0 && name.at(i - 1).isHighSurrogate()))
            return true;
    return false;
}

}  // namespace lbw
