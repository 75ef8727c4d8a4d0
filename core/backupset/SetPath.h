#pragma once
// Paths inside a set, as the manifest and SHA256SUMS spell them: relative,
// '/'-separated. A set may come from anywhere (a damaged disk, a hostile
// share), so every path read from one is checked before it is used.

#include <QString>

namespace lbw {

// Empty when `path` is a safe relative path; otherwise why it is not
// (absolute, "..", control characters, ...), translated.
QString unsafeSetPathReason(const QString &path);

inline bool isSafeSetPath(const QString &path) {
    return unsafeSetPathReason(path).isEmpty();
}

}  // namespace lbw
