#pragma once
// What the recovery wizard's pages share: the chosen set (its manifest and
// the topology it keeps), the machine this computer replaces, its plan and
// journal. Pages fill it in order; each later page reads what earlier ones
// chose.

#include "backupset/Manifest.h"
#include "model/Topology.h"
#include "recovery/RecoveryJournal.h"
#include "recovery/RecoveryPlan.h"
#include "recovery/StepRunner.h"
#include "util/Result.h"

#include <optional>

namespace lbw::ui {

struct RecoverySession {
    QString setPath;
    std::optional<Manifest> manifest;
    std::optional<Topology> topology;
    // The set page's verification, recorded as the plan's "verify-set" step
    // once the server is chosen: the set is read once, not twice.
    std::optional<StepOutcome> setVerification;
    std::optional<RecoveryPlan> plan;
    std::optional<RecoveryJournal> journal;

    bool setVerified() const { return setVerification && setVerification->kind == StepOutcome::Kind::Done; }
    // Reads the set's manifest and topology (the topology only after its digest matches).
    Status openSet(const QString &path);
    // Builds the plan for `server` and opens (or resumes) its journal.
    Status chooseServer(const QString &server);
    // A check a page ran itself, written to the journal as that step's outcome
    // (nothing when the plan has no such step).
    Status recordCheck(const QString &stepId, const StepOutcome &outcome, const QString &how);
    // The journal read again after a worker wrote it.
    void rereadJournal();
};

}  // namespace lbw::ui
