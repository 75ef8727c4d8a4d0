#include "util/TreeWalk.h"

#include <QCoreApplication>
#include <QDir>

#include <vector>

namespace lbw {

void walkTree(const QString &root, const WalkVisitor &onEntry, const WalkErrorHandler &onError) {
    std::vector<QString> pending{QString()};
    while (!pending.empty()) {
        const QString relativeDir = pending.back();
        pending.pop_back();
        const QString absoluteDir = relativeDir.isEmpty() ? root : root + QLatin1Char('/') + relativeDir;
        QDir dir(absoluteDir);
        if (!dir.isReadable()) {
            onError(relativeDir, QCoreApplication::translate("TreeWalk", "the folder cannot be read"));
            continue;
        }
        const QStringList names =
            dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
        std::vector<QString> subdirs;
        for (const QString &name : names) {
            const QString relativePath = relativeDir.isEmpty() ? name : relativeDir + QLatin1Char('/') + name;
            Result<platform::EntryInfo> info = platform::statNoFollow(absoluteDir + QLatin1Char('/') + name);
            if (!info) {
                onError(relativePath,
                        QCoreApplication::translate("TreeWalk", "vanished or unreadable: %1").arg(info.errorMessage()));
                continue;
            }
            if (info->type == platform::EntryType::Directory)
                subdirs.push_back(relativePath);
            onEntry({relativePath, name, std::move(info).value()});
        }
        // Reversed, so that taking from the back visits them in name order.
        pending.insert(pending.end(), subdirs.rbegin(), subdirs.rend());
    }
}

}  // namespace lbw
