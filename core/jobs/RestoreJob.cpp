#include "jobs/RestoreJob.h"

#include "backupset/ItemEntries.h"
#include "backupset/Manifest.h"
#include "backupset/SetLayout.h"
#include "jobs/JobObserver.h"
#include "util/Progress.h"
#include "jobs/VerifyJob.h"
#include "platform/Platform.h"
#include "platform/WindowsPaths.h"
#include "recovery/ServerProfile.h"
#include "recovery/SetTopology.h"
#include "sources/ServerConnection.h"
#include "sources/Source.h"
#include "util/DisplayText.h"
#include "util/SizeText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <spdlog/logger.h>

namespace lbw {

namespace {
bool isFileKind(const QString &kind) {
    return kind == QLatin1String("filestore") || kind == QLatin1String("sqlite");
}

// A path that names one place whatever folder the program runs in: "/srv/x",
// "C:/x" or "//server/share/x". On Windows "/x" and "C:x" still depend on
// the current drive or folder.
bool isFullPath(const QString &path) {
    const QString p = QDir::fromNativeSeparators(path);
#ifdef Q_OS_WIN
    return isWindowsFullPath(p);
#else
    return p.startsWith(QLatin1Char('/'));
#endif
}

QString relativeSourceProblem(const ManifestItem &item) {
    return QCoreApplication::translate("RestoreJob",
                                       "The set records \"%1\" as the place this item was backed up from, which is "
                                       "not a full path, and a restore never resolves it against the folder it runs "
                                       "in. Say where to restore it with --target %2=PATH.")
        .arg(item.source, item.name);
}

QString noConnectionProblem(const ManifestItem &item) {
    return QCoreApplication::translate("RestoreJob",
                                       "The set says this database was on %1, but a restore connects only to a "
                                       "server you name, so that a set cannot choose where this computer connects "
                                       "or which password it sends. Name the server with --connection %2=%3 (and "
                                       "--password-env %2=VARIABLE when it needs a password) or with --plan and "
                                       "your plan file, or in the wizard's server fields of this step.")
        .arg(connectionText(item.kind, item.details), item.name, connectionSyntax(item.kind));
}

QString noDatabaseProblem(const ManifestItem &item) {
    return QCoreApplication::translate("RestoreJob",
                                       "The set records no database name for this item. Say which database to "
                                       "restore it into with --target %1=DATABASE.")
        .arg(item.name);
}
}  // namespace

struct RestoreJob::Selection {
    Manifest manifest;
    std::optional<ServerProfile> server;  // when the set keeps a topology
    QList<const ManifestItem *> items;
    QList<RestoreDestination> destinations;
    QStringList targets;   // one per item
    QStringList problems;  // one per item: why it is refused before anything runs, or empty
};

QString itemRestoreStatusText(ItemRestoreResult::Status status) {
    switch (status) {
        case ItemRestoreResult::Status::Restored:
            return QCoreApplication::translate("RestoreJob", "restored");
        case ItemRestoreResult::Status::Refused:
            return QCoreApplication::translate("RestoreJob", "refused");
        case ItemRestoreResult::Status::Failed:
            return QCoreApplication::translate("RestoreJob", "failed");
        case ItemRestoreResult::Status::NotRun:
            return QCoreApplication::translate("RestoreJob", "not run");
    }
    return {};
}

bool RestoreReport::allRestored() const {
    return fatalError.isEmpty() && !items.isEmpty() &&
           std::all_of(items.begin(), items.end(), [](const ItemRestoreResult &item) {
               return item.status == ItemRestoreResult::Status::Restored && item.verified;
           });
}

bool RestoreReport::anyRestored() const {
    return std::any_of(items.begin(), items.end(), [](const ItemRestoreResult &item) {
        return item.status == ItemRestoreResult::Status::Restored;
    });
}

namespace {

// An item that the manifest counts files for must have them in the file
// list: an edited name or setPath would otherwise restore nothing and
// report it restored. A file store's count must match exactly.
QString countMismatch(const ItemEntries &entries) {
    const ManifestItem &item = entries.item();
    qint64 files = 0;
    if (Status read = entries.forEach([&](const FileEntry &file) -> Status {
            files += file.type == FileEntry::Type::File ? 1 : 0;
            return {};
        });
        !read)
        return read.errorMessage();
    const bool empty = files == 0 && item.files > 0;
    if (!empty && (item.kind != QLatin1String("filestore") || files == item.files))
        return {};
    return QCoreApplication::translate("RestoreJob",
                                       "The set's file list holds %1 files for this item, but its manifest counts "
                                       "%2: the set is damaged or was edited. Restore it from another set.")
        .arg(files)
        .arg(item.files);
}

}  // namespace

RestoreJob::RestoreJob(RestoreRequest request) : m_request(std::move(request)) {}

Result<RestoreJob::Selection> RestoreJob::select() const {
    // The header only: each item's entries are read from the set as the
    // item is restored.
    Result<Manifest> manifest = Manifest::loadHeader(m_request.setPath);
    if (!manifest)
        return manifest.error();
    Selection selection{std::move(manifest).value(), {}, {}, {}, {}, {}};
    if (selection.manifest.deployment.hasTopology() && !m_request.drill) {
        Result<Topology> topology = loadSetTopology(m_request.setPath, selection.manifest);
        if (!topology)
            return topology.error();
        if (m_request.server.isEmpty())
            return Error{QCoreApplication::translate("RestoreJob",
                                                     "The set keeps its deployment's topology: say which of its "
                                                     "machines this computer replaces with --server FQDN. The "
                                                     "machines are: %1.")
                             .arg(topologyMachines(*topology).join(QStringLiteral(", ")))};
        Result<ServerProfile> server = profileServer(*topology, m_request.server);
        if (!server)
            return server.error();
        selection.server = *server;
    }
    QStringList known;
    for (const ManifestItem &item : selection.manifest.items)
        known << item.name;
    for (const QString &name : m_request.items)
        if (!known.contains(name))
            return Error{
                QCoreApplication::translate("RestoreJob", "The set has no item named \"%1\". Its items are: %2.")
                    .arg(name, known.join(QStringLiteral(", ")))};
    for (auto it = m_request.targets.constBegin(); it != m_request.targets.constEnd(); ++it)
        if (!known.contains(it.key()))
            return Error{QCoreApplication::translate("RestoreJob",
                                                     "A target is given for \"%1\", but the set has no "
                                                     "such item. Its items are: %2.")
                             .arg(it.key(), known.join(QStringLiteral(", ")))};
    for (const ManifestItem &item : selection.manifest.items) {
        if (!m_request.items.isEmpty() && !m_request.items.contains(item.name))
            continue;
        selection.items << &item;
        // Files go back to their path; a database to its recorded name.
        const QString recorded =
            isFileKind(item.kind) ? item.source : item.details.value(QStringLiteral("database")).toString(item.source);
        const bool given = m_request.targets.contains(item.name);
        QString target = m_request.targets.value(item.name, recorded);
        QString problem;
        if (isFileKind(item.kind) && !given && !isFullPath(recorded)) {
            problem = relativeSourceProblem(item);
            target.clear();
        } else if (isFileKind(item.kind)) {
            // A relative --target is the operator's own, typed where they are.
            target = QDir::cleanPath(QDir(target).absolutePath());
        } else if (target.isEmpty()) {
            problem = noDatabaseProblem(item);
        } else if (connectsToServer(item.kind) && !m_request.connections.contains(item.name)) {
            problem = noConnectionProblem(item);
        }
        selection.targets << target;
        selection.problems << problem;
        // Path checks concern what lives in the file system.
        if (isFileKind(item.kind) && problem.isEmpty())
            selection.destinations << RestoreDestination{item.name, item.source, target};
    }
    return selection;
}

Result<QList<PrerequisiteCheck>> RestoreJob::prerequisites() const {
    Result<Selection> selection = select();
    if (!selection)
        return selection.error();
    return checksFor(*selection);
}

Result<PlannedRestore> RestoreJob::plan() const {
    Result<Selection> selection = select();
    if (!selection)
        return selection.error();
    PlannedRestore planned;
    planned.takenOn = selection->manifest.host.fqdn;
    for (qsizetype i = 0; i < selection->items.size(); ++i) {
        const ManifestItem &item = *selection->items[i];
        const bool connected = connectsToServer(item.kind) && m_request.connections.contains(item.name);
        planned.items << PlannedRestore::Item{
            item.name,
            item.kind,
            selection->targets[i],
            !m_request.targets.contains(item.name),
            connected ? connectionText(item.kind, m_request.connections.value(item.name)) : QString(),
            selection->problems[i]};
    }
    return planned;
}

QList<PrerequisiteCheck> RestoreJob::checksFor(const Selection &selection) const {
    if (m_request.drill)
        return {};
    const HostFacts here = HostFacts::ofThisMachine();
    return selection.server ? checkAgainstServer(selection.manifest, *selection.server, here, selection.destinations)
                            : checkPrerequisites(selection.manifest, here, selection.destinations);
}

RestoreReport RestoreJob::run(JobObserver *observer, const CancelToken &cancel) const {
    RestoreReport report;
    auto stage = [&](const QString &text) {
        if (observer)
            observer->onStage(text);
    };
    stage(QCoreApplication::translate("RestoreJob", "Reading the set"));
    Result<Selection> selected = select();
    if (!selected) {
        report.fatalError = selected.errorMessage();
        return report;
    }
    const Selection &selection = *selected;
    for (int i = 0; i < selection.items.size(); ++i) {
        const ManifestItem &item = *selection.items[i];
        report.items << ItemRestoreResult{
            item.name,  item.kind, selection.targets[i], ItemRestoreResult::Status::NotRun, {}, {}, false,
            item.files, item.bytes};
    }

    stage(QCoreApplication::translate("RestoreJob", "Checking this computer against the backup"));
    report.checks = checksFor(selection);
    if (report.blockedByChecks()) {
        for (ItemRestoreResult &result : report.items)
            result.message = QCoreApplication::translate("RestoreJob", "Not run: a required check failed.");
        return report;
    }

    // The set is checked before anything is written: a damaged item is
    // refused, the others go on.
    QStringList names;
    for (const ManifestItem *item : selection.items)
        names << item->name;
    stage(QCoreApplication::translate("RestoreJob", "Verifying the set"));
    const VerifyReport verify = VerifyJob(m_request.setPath, names).run(observer, cancel);
    if (verify.cancelled) {
        report.cancelled = true;
        return report;
    }
    if (!verify.fatalError.isEmpty()) {
        report.fatalError = verify.fatalError;
        return report;
    }
    // The set's own description (manifest.json, entries, SHA256SUMS) says
    // which data belongs to which item and where it goes: once it does not
    // match its digests, no item can be trusted, and a restore that went on
    // could come back empty yet "verified".
    QStringList metadataDamage;
    for (const VerifyProblem &problem : verify.problems)
        if (problem.path.isEmpty() || problem.path == layout::kManifest || problem.path == layout::kEntries ||
            problem.path == layout::kSums)
            metadataDamage << QStringLiteral("%1 (%2)").arg(
                problem.path.isEmpty() ? QFileInfo(m_request.setPath).fileName() : problem.path, problem.detail);
    if (!metadataDamage.isEmpty()) {
        report.fatalError = QCoreApplication::translate("RestoreJob",
                                                        "The set's own description is damaged: %1. It says which "
                                                        "data belongs to which item, so nothing was restored. "
                                                        "Restore from another set, or run lync-backup verify on "
                                                        "this one for details.")
                                .arg(displayText(metadataDamage.mid(0, 5).join(QStringLiteral("; "))));
        return report;
    }

    auto sinkless = std::make_shared<spdlog::logger>("restore");
    ProgressMeter progress([observer](const ProgressSnapshot &s) {
        if (observer)
            observer->onProgress(s);
    });
    qint64 totalBytes = 0;
    for (const ManifestItem *item : selection.items)
        totalBytes += item->bytes;
    progress.setTotals(totalBytes, 0);

    for (int i = 0; i < selection.items.size(); ++i) {
        const ManifestItem &item = *selection.items[i];
        ItemRestoreResult &result = report.items[i];
        if (cancel.isCancelled()) {
            report.cancelled = true;
            break;
        }
        if (observer)
            observer->onItemStarted(i, item.name);
        progress.startItem(i, item.bytes);
        stage(QCoreApplication::translate("RestoreJob", "Restoring %1 to %2").arg(item.name, result.target));
        auto refuse = [&](const QString &message) {
            result.status = ItemRestoreResult::Status::Refused;
            result.message = message;
        };

        QStringList damage;
        for (const VerifyProblem &problem : verify.problems)
            if (problem.path == item.setPath || problem.path.startsWith(item.setPath + QLatin1Char('/')))
                damage << QStringLiteral("%1 (%2)").arg(problem.path, problem.detail);
        // The manifest keeps what a restore needs to know (database, row
        // counts) in details; where to connect comes from the operator.
        const QJsonObject options = connectsToServer(item.kind) ? restoreOptions(item.details, item.kind,
                                                                                 m_request.connections.value(item.name))
                                                                : item.details;
        std::unique_ptr<Source> source = makeSource({item.kind, item.name, item.source, options});
        const ItemEntries entries(m_request.setPath, selection.manifest, item);

        if (item.status == ItemStatus::Failed) {
            refuse(QCoreApplication::translate("RestoreJob",
                                               "This item failed during the backup; the set holds no "
                                               "data for it. Restore it from an earlier set."));
        } else if (!selection.problems[i].isEmpty()) {
            refuse(selection.problems[i]);
        } else if (!source) {
            refuse(QCoreApplication::translate("RestoreJob", "This version cannot restore items of kind \"%1\".")
                       .arg(item.kind));
        } else if (!damage.isEmpty()) {
            refuse(QCoreApplication::translate("RestoreJob",
                                               "The set is damaged for this item: %1. Restore it from "
                                               "another set.")
                       .arg(damage.mid(0, 5).join(QStringLiteral("; "))));
        } else if (const QString counted = countMismatch(entries); !counted.isEmpty()) {
            refuse(counted);
        } else if (Status clean = source->checkTargetIsClean(result.target); !clean) {
            refuse(clean.errorMessage());
        } else if (const qint64 free =
                       isFileKind(item.kind) ? platform::availableBytes(QFileInfo(result.target).absolutePath()) : -1;
                   free >= 0 && free < item.bytes) {
            refuse(QCoreApplication::translate("RestoreJob",
                                               "%1 needs %2, but only %3 are free there. Free some "
                                               "space and run the restore again.")
                       .arg(result.target, sizeText(item.bytes), sizeText(free)));
        }
        if (result.status == ItemRestoreResult::Status::Refused)
            continue;
        if (isFileKind(item.kind))
            QDir().mkpath(QFileInfo(result.target).absolutePath());

        RestoreContext context{m_request.setPath, item, entries, result.target, cancel, progress, *sinkless};
        Result<QStringList> restored = source->restore(context);
        if (!restored) {
            result.status =
                cancel.isCancelled() ? ItemRestoreResult::Status::NotRun : ItemRestoreResult::Status::Failed;
            result.message = restored.errorMessage();
            report.cancelled = cancel.isCancelled();
        } else {
            result.status = ItemRestoreResult::Status::Restored;
            result.notes = *restored;
            // What was written is read back and compared with the manifest.
            Result<QStringList> differing = source->verifyRestored(context);
            result.verified = differing && differing->isEmpty() && !cancel.isCancelled();
            if (!result.verified) {
                result.status = ItemRestoreResult::Status::Failed;
                result.message =
                    QCoreApplication::translate("RestoreJob",
                                                "The restored data does not match the "
                                                "backup: %1. Check the target.")
                        .arg(differing ? differing->mid(0, 5).join(QStringLiteral(", ")) : differing.errorMessage());
            }
        }
    }
    progress.reportNow();
    return report;
}

}  // namespace lbw
