#pragma once
// What to back up and where: the plan file an administrator saves from the
// wizard (or `lync-backup plan`) and a scheduled run replays.

#include "model/NotifySettings.h"
#include "model/RetentionPolicy.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace lbw {

struct PlanItem {
    QString kind;              // "filestore", "sqlite", "sqlserver", "postgresql" or "cmdlet"
    QString name;              // unique in the plan; names the item's place in the set
    QString path;              // source folder or file, absolute (for databases and exports: informational)
    QJsonObject options = {};  // kind-specific: connection, command template, ... (never a password)
    // What the operator calls it ("Central Management store"), translated;
    // set by a front end that knows the topology, never saved in the plan.
    QString title = {};

    // For messages: the title when there is one, otherwise the name.
    QString displayName() const { return title.isEmpty() ? name : title; }
};

struct BackupPlan {
    static constexpr int kFormatVersion = 1;

    QString name;
    QString location;  // the backup location: folder that holds one set per run
    // A second location (another disk or site) that every good set is
    // copied to after it is committed and verified; empty for none.
    QString secondaryLocation;
    // The deployment's topology file (Get-CsTopology -AsXml or .tbxml), kept
    // in every set so a rebuilt server can be recovered from the set alone.
    // Empty for a plan that was not made from a topology.
    QString topology;
    QList<PlanItem> items;
    bool verifyAfterBackup = true;
    // Copy and hash every file even when the previous set has it unchanged
    // (lync-backup backup --full); otherwise unchanged files are linked.
    bool fullCopy = false;
    // Sets to keep; after a run commits a good set, the sets this policy
    // does not keep are removed (never before, never after a failure).
    // Empty: every set is kept.
    RetentionPolicy retention;
    // `lync-backup status` warns when the newest good set is older than
    // this, and is critical after the second (a daily run missed twice).
    double warnAfterHours = 26;
    double criticalAfterHours = 50;
    // Who hears of each run of this plan (mail, an onFailure command).
    NotifySettings notify;

    // Every problem found, translated; empty when the plan can run.
    QStringList problems() const;

    QJsonObject toJson() const;
    // Relative paths in the file are taken relative to `baseDir` (the folder
    // of the plan file), so a plan can travel with its sample deployment.
    static Result<BackupPlan> fromJson(const QJsonObject &json, const QString &baseDir);
    static Result<BackupPlan> load(const QString &planFile);
    Status save(const QString &planFile) const;
};

bool isKnownItemKind(const QString &kind);
// Item names become folder and file names inside a set, on every platform.
bool isValidItemName(const QString &name);

}  // namespace lbw
