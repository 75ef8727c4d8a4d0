#pragma once
// The order of a set's file list and of every walk of a tree: the bytes of
// the paths (the name bytes of util/NameBytes.h; for UTF-8 names this is
// code point order, where QString's own compare is UTF-16 order). Sorted this way, a file list, a walk of the set on disk and
// SHA256SUMS can be merged line by line.

#include <QString>

namespace lbw {

bool entryPathLess(const QString &a, const QString &b);

}  // namespace lbw
