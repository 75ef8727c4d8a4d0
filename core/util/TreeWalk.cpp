#include "util/TreeWalk.h"

#include "util/PathOrder.h"

#include <QCoreApplication>

#include <algorithm>

namespace lbw {

TreeWalker::TreeWalker(const QString &root, WalkErrorHandler onError, WalkDetail detail)
    : m_root(root), m_onError(std::move(onError)), m_detail(detail) {
    list(QString());
}

void TreeWalker::list(const QString &relativeDir) {
    const QString absoluteDir = relativeDir.isEmpty() ? m_root : m_root + QLatin1Char('/') + relativeDir;
    Result<std::vector<platform::ListedEntry>> listed = platform::listDirectory(absoluteDir, m_root);
    if (!listed) {
        m_onError(relativeDir, QCoreApplication::translate("TreeWalk", "the folder cannot be read"));
        return;
    }
    Level level{relativeDir, {}, 0};
    level.children.reserve(listed->size());
    for (platform::ListedEntry &entry : *listed) {
        const QString name = std::move(entry.name);
        if (m_detail == WalkDetail::TypesOnly && entry.type != platform::EntryType::Other) {
            platform::EntryInfo info;
            info.type = entry.type;
            info.size = -1;  // not known without a stat
            if (info.type == platform::EntryType::Directory)
                level.children.push_back({name + QLatin1Char('/'), name, true, {}});
            level.children.push_back({name, name, false, std::move(info)});
            continue;
        }
        Result<platform::EntryInfo> info = platform::statNoFollow(absoluteDir + QLatin1Char('/') + name);
        if (!info) {
            m_onError(relativeDir.isEmpty() ? name : relativeDir + QLatin1Char('/') + name,
                      QCoreApplication::translate("TreeWalk", "vanished or unreadable: %1").arg(info.errorMessage()));
            continue;
        }
        if (info->type == platform::EntryType::Directory)
            level.children.push_back({name + QLatin1Char('/'), name, true, {}});
        level.children.push_back({name, name, false, std::move(info).value()});
    }
    std::sort(level.children.begin(), level.children.end(),
              [](const Child &a, const Child &b) { return entryPathLess(a.sortKey, b.sortKey); });
    m_levels.push_back(std::move(level));
}

std::optional<WalkEntry> TreeWalker::next() {
    while (!m_levels.empty()) {
        Level &level = m_levels.back();
        if (level.nextChild == level.children.size()) {
            m_levels.pop_back();
            continue;
        }
        Child &child = level.children[level.nextChild++];
        const QString relativePath =
            level.relativeDir.isEmpty() ? child.name : level.relativeDir + QLatin1Char('/') + child.name;
        if (child.descend) {
            list(relativePath);  // may grow m_levels: `level` is not used after this
            continue;
        }
        return WalkEntry{relativePath, std::move(child.name), std::move(child.info)};
    }
    return std::nullopt;
}

void walkTree(const QString &root, const WalkVisitor &onEntry, const WalkErrorHandler &onError) {
    TreeWalker walker(root, onError);
    while (std::optional<WalkEntry> entry = walker.next())
        onEntry(*entry);
}

}  // namespace lbw
