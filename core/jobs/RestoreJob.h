#pragma once
// Restore of one, several or all items of a set: prerequisite checks, the
// clean-target rule, verification of the set before writing, a staged write
// moved into place per item, and a re-hash of what was written.

#include "recovery/Prerequisites.h"
#include "util/CancelToken.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lbw {

class JobObserver;

struct RestoreRequest {
    QString setPath;
    QStringList items;                // empty: every item that was backed up
    QHash<QString, QString> targets;  // item name -> path; default: where it was backed up from
    // The machine of the set's topology this computer replaces. Required
    // when the set keeps a topology: the checks compare this computer with
    // that machine, not with the computer that ran the backup.
    QString server = {};
    // A restore drill: every target is in a scratch folder, so this computer
    // is not compared with the backup (no checks, no --server); the data is
    // restored and verified as in a recovery.
    bool drill = false;
    // Item name -> where its database server is and which secret opens it
    // (see sources/ServerConnection.h), from the operator. The set's own
    // record of them is shown, never used: an item that connects to a
    // server and has no entry here is refused.
    QHash<QString, QJsonObject> connections = {};
};

// Where a restore would write, before it runs: what the operator confirms
// when items go back to the places the set recorded.
struct PlannedRestore {
    struct Item {
        QString name;
        QString kind;
        QString target;       // a path, or a database name; empty when refused
        bool fromSet = true;  // the set's recorded path or database, not a --target
        QString server;       // database items: the operator's server, or empty
        QString problem;      // translated: why it will be refused; empty when it may go ahead
    };
    QString takenOn;  // the computer the set was taken on, as the set says
    QList<Item> items;
};

struct ItemRestoreResult {
    enum class Status { Restored, Refused, Failed, NotRun };
    QString name;
    QString kind;
    QString target;
    Status status = Status::NotRun;
    QString message;        // translated: why refused or failed, what to do
    QStringList notes;      // translated remarks on a restored item
    bool verified = false;  // the written data was re-hashed and matches the manifest
    qint64 files = 0;
    qint64 bytes = 0;
};

QString itemRestoreStatusText(ItemRestoreResult::Status status);  // translated

struct RestoreReport {
    QString fatalError;  // nothing could be done (no manifest, unknown item, ...)
    QList<PrerequisiteCheck> checks;
    QList<ItemRestoreResult> items;
    bool cancelled = false;

    bool blockedByChecks() const { return anyBlocks(checks); }
    bool allRestored() const;
    bool anyRestored() const;
};

class RestoreJob {
public:
    explicit RestoreJob(RestoreRequest request);

    // The checks alone, as `lync-backup check` shows them.
    Result<QList<PrerequisiteCheck>> prerequisites() const;
    // Where each item would go, without checking or writing anything.
    Result<PlannedRestore> plan() const;
    RestoreReport run(JobObserver *observer, const CancelToken &cancel) const;

private:
    struct Selection;
    Result<Selection> select() const;
    QList<PrerequisiteCheck> checksFor(const Selection &selection) const;

    RestoreRequest m_request;
};

}  // namespace lbw
