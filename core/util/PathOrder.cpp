#include "util/PathOrder.h"

#include "util/NameBytes.h"

#include <algorithm>
#include <cstring>

namespace lbw {

bool entryPathLess(const QString &a, const QString &b) {
    const qsizetype n = std::min(a.size(), b.size());
    qsizetype i = 0;
    while (i < n && a.at(i) == b.at(i))
        ++i;
    if (i == n)
        return a.size() < b.size();
    const char16_t x = a.at(i).unicode();
    const char16_t y = b.at(i).unicode();
    const auto isSurrogate = [](char16_t unit) { return unit >= 0xD800 && unit <= 0xDFFF; };
    // Two code points below the surrogates compare in UTF-8 as in UTF-16.
    if (!isSurrogate(x) && !isSurrogate(y) && (i == 0 || !a.at(i - 1).isHighSurrogate()))
        return x < y;
    // A surrogate pair (U+10000 and up) or an escaped name byte
    // (NameBytes.h): compare the bytes themselves from the code point on
    // where the two first differ. Rare, so the copies do not matter.
    if (i > 0 && a.at(i - 1).isHighSurrogate())
        --i;
    const QByteArray left = nameToBytes(a.sliced(i));
    const QByteArray right = nameToBytes(b.sliced(i));
    const int order = std::memcmp(left.constData(), right.constData(), size_t(std::min(left.size(), right.size())));
    return order != 0 ? order < 0 : left.size() < right.size();
}

}  // namespace lbw
