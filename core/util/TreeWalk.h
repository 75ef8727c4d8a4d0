#pragma once
// Walks a folder tree depth-first, parents before children, names sorted,
// never following a symlink: the one traversal used for backing up a store
// and for checking a set, so both see a tree the same way.

#include "platform/Platform.h"

#include <QString>

#include <functional>

namespace lbw {

struct WalkEntry {
    QString relativePath;  // '/'-separated, relative to the walked root
    QString name;
    platform::EntryInfo info;
};

using WalkVisitor = std::function<void(const WalkEntry &)>;
using WalkErrorHandler = std::function<void(const QString &relativePath, const QString &message)>;

void walkTree(const QString &root, const WalkVisitor &onEntry, const WalkErrorHandler &onError);

}  // namespace lbw
