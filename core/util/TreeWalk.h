#pragma once
// Walks a folder tree depth-first, parents before children, never following
// a symlink: the one traversal used for backing up a store and for checking
// a set, so both see a tree the same way.
//
// The order is that of the set's file list (entryPathLess on whole paths):
// a folder's own entry comes where its name sorts, what it holds where
// "name/" sorts. So "a", "a.b", "a/x" come in that order, and a walk can be
// merged with a file list line by line, without holding either in memory.

#include "platform/Platform.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace lbw {

struct WalkEntry {
    QString relativePath;  // '/'-separated, relative to the walked root
    QString name;
    platform::EntryInfo info;
};

using WalkErrorHandler = std::function<void(const QString &relativePath, const QString &message)>;

// What a walk learns of each entry. Full: lstat() each one (size, times,
// mode; what a backup needs). TypesOnly: the type the folder listing gives,
// and lstat() only where it gives none; size and times are then unknown
// (size -1). Checking a set needs no more, and a cold walk that stats
// every file waits for every inode in turn: the readers open the files
// (and read their inodes) several at a time instead.
enum class WalkDetail { Full, TypesOnly };

// Hands out the entries of a tree one at a time. Only the folders on the
// way down are listed at once (one listing per level), never the tree.
class TreeWalker {
public:
    // Errors (a folder that cannot be read, an entry that vanished) go to
    // `onError` in walk order and do not stop the walk.
    TreeWalker(const QString &root, WalkErrorHandler onError, WalkDetail detail = WalkDetail::Full);

    std::optional<WalkEntry> next();

private:
    struct Child {
        QString sortKey;  // the name, or "name/" for what a folder holds
        QString name;
        bool descend = false;
        platform::EntryInfo info;
    };
    struct Level {
        QString relativeDir;
        std::vector<Child> children;
        size_t nextChild = 0;
    };

    void list(const QString &relativeDir);

    QString m_root;
    WalkErrorHandler m_onError;
    WalkDetail m_detail;
    std::vector<Level> m_levels;
};

using WalkVisitor = std::function<void(const WalkEntry &)>;
void walkTree(const QString &root, const WalkVisitor &onEntry, const WalkErrorHandler &onError);

}  // namespace lbw
