#pragma once
// The order of a set's file list and of every walk of a tree: the UTF-8
// bytes of the paths, which is code point order (QString's own compare is
// UTF-16 order). Sorted this way, a file list, a walk of the set on disk and
// SHA256SUMS can be merged line by line.

#include <QString>

namespace lbw {

bool entryPathLess(const QString &a, const QString &b);

}  // namespace lbw
