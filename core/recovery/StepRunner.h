#pragma once
// Runs or checks one step of a recovery plan and records the outcome in the
// journal: the engine's own checks (the set, this computer, a certificate
// file), restores of set items through RestoreJob, and Lync Server
// Management Shell commands through the command runner where PowerShell
// exists (Windows). A manual step cannot be run: it is marked by the operator.

#include "backupset/Manifest.h"
#include "recovery/Prerequisites.h"
#include "recovery/RecoveryJournal.h"
#include "recovery/RecoveryPlan.h"
#include "util/CancelToken.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace lbw {

class JobObserver;

struct StepRunOptions {
    QHash<QString, QString> targets;  // item -> target, as restore --target
    // item -> its database server and secret, as restore --connection (see
    // sources/ServerConnection.h); never taken from the set
    QHash<QString, QJsonObject> connections = {};
    QString certificateFile;
    QByteArray certificatePassword;
};

struct StepOutcome {
    enum class Kind { Done, Failed, NotRunnable };
    Kind kind = Kind::Failed;
    QString text;      // Done: the evidence; otherwise why, and what to do
    QString log = {};  // the commands' own output, for "View log"
};

struct VerifyReport;

// The engine's two checks in words; the wizard's pages that run the same
// checks (the set's verification, this computer against the server) record
// them with these, so the journal reads the same whoever ran them.
StepOutcome verifyOutcome(const VerifyReport &report);
StepOutcome thisComputerOutcome(const QList<PrerequisiteCheck> &checks);
// The journal entry for an outcome; a step that could not run keeps `previous`.
StepState stepStateOf(const StepOutcome &outcome, const StepState &previous, const QString &log);

// PowerShell as the runner starts it: LBW_POWERSHELL (a stand-in for tests)
// or powershell.exe on PATH. Empty when there is none (Linux).
QString powerShellProgram();

class StepRunner {
public:
    StepRunner(const QString &setPath, const Manifest &manifest, const RecoveryPlan &plan, RecoveryJournal &journal);

    // Records "running" first, so a kill mid-step shows as interrupted
    // after a restart, then the outcome (a NotRunnable step records nothing).
    StepOutcome run(const RecoveryStep &step, const StepRunOptions &options, JobObserver *observer,
                    const CancelToken &cancel);

private:
    StepOutcome execute(const RecoveryStep &step, const StepRunOptions &options, JobObserver *observer,
                        const CancelToken &cancel) const;
    StepOutcome check(const RecoveryStep &step, const StepRunOptions &options, JobObserver *observer,
                      const CancelToken &cancel) const;
    StepOutcome restore(const RecoveryStep &step, const StepRunOptions &options, JobObserver *observer,
                        const CancelToken &cancel) const;
    StepOutcome shell(const RecoveryStep &step, const CancelToken &cancel) const;

    QString m_setPath;
    const Manifest &m_manifest;
    const RecoveryPlan &m_plan;
    RecoveryJournal &m_journal;
};

}  // namespace lbw
