#include "util/PathOrder.h"

#include <algorithm>

namespace lbw {

bool entryPathLess(const QString &a, const QString &b) {
    // UTF-16 order equals code point order except that surrogates (which
    // encode U+10000 and up) sort below U+E000..U+FFFF: lift them above.
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        char16_t x = a.at(i).unicode();
        char16_t y = b.at(i).unicode();
        if (x == y)
            continue;
        const bool xs = x >= 0xD800 && x <= 0xDFFF;
        const bool ys = y >= 0xD800 && y <= 0xDFFF;
        if (xs != ys)
            return ys;  // the surrogate is the larger code point
        return x < y;
    }
    return a.size() < b.size();
}

}  // namespace lbw
