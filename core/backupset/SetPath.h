#pragma once
// Paths inside a set, as the manifest and SHA256SUMS spell them: relative,
// '/'-separated. A set may come from anywhere (a damaged disk, a hostile
// share), so every path read from one is checked before it is used.

#include <QString>

namespace lbw {

// Empty when `path` is a safe relative path; otherwise why it is not
// (absolute, "..", an empty component, NUL), translated. Names are POSIX
// names: a backslash or a control character is part of a name.
QString unsafeSetPathReason(const QString &path);

inline bool isSafeSetPath(const QString &path) {
    return unsafeSetPathReason(path).isEmpty();
}

// Empty when every name of `relativePath` can be created on Windows;
// otherwise why not (a backslash, which Windows reads as a separator, one
// of : * ? " < > |, a control character, a trailing dot or space).
QString windowsNameProblem(const QString &relativePath);

}  // namespace lbw
