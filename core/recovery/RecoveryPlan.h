#pragma once
// The recovery of one machine of a set's topology, as Microsoft's "Restoring
// Lync Server" topics order it for what that machine was: an ordered list of
// steps, each with what to do, the exact commands with the deployment's real
// values (every value a single-quoted PowerShell literal), how completion is
// checked, and whether the engine runs it (checks, data restores), the Lync
// Server Management Shell does (on Windows), or the operator (manual).

#include "backupset/Manifest.h"
#include "model/Topology.h"
#include "recovery/ServerProfile.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lbw {

struct RecoveryStep {
    enum class Action {
        Check,    // the engine checks (the set, this computer, a certificate)
        Restore,  // the engine restores a set item (file store, SQLite, PostgreSQL, SQL Server)
        Shell,    // Lync Server Management Shell commands: run on Windows, else by hand
        Manual    // done by the operator, then marked as done
    };
    QString id;  // stable: journal key and --run/--mark argument
    QString title;
    QString description;
    QStringList commands;       // exact commands to run, with real values
    QString check;              // how completion is checked
    QStringList checkCommands;  // PowerShell that ends with exit code 0 when complete
    Action action = Action::Manual;
    QString item;  // Restore, or Shell commands that read a file of the set: the set item

    QJsonObject toJson() const;
};

QString recoveryActionKey(RecoveryStep::Action action);   // "check", "restore", "shell", "manual"
QString recoveryActionText(RecoveryStep::Action action);  // translated

struct RecoveryPlan {
    QString setPath;
    QString server;
    ServerProfile profile;
    QString procedure;  // translated: the Microsoft procedures that apply
    QList<RecoveryStep> steps;
    QStringList notes;  // translated remarks (CMS host assumed, items not in the set, ...)

    const RecoveryStep *step(const QString &id) const;
    QJsonObject toJson() const;
};

// Steps that need an item of the set find it by name, or by the plan
// option "catalogItem" naming the catalog item it stands for.
Result<RecoveryPlan> buildRecoveryPlan(const QString &setPath, const Manifest &manifest, const Topology &topology,
                                       const QString &server);

}  // namespace lbw
