#pragma once
// What the recovery wizard's pages share: the chosen set (its manifest and
// the topology it keeps), the machine this computer replaces, its plan and
// journal. Pages fill it in order; each later page reads what earlier ones
// chose.

#include "backupset/Manifest.h"
#include "model/Topology.h"
#include "recovery/RecoveryJournal.h"
#include "recovery/RecoveryPlan.h"
#include "util/Result.h"

#include <optional>

namespace lbw::ui {

struct RecoverySession {
    QString location;
    QString setPath;
    std::optional<Manifest> manifest;
    std::optional<Topology> topology;
    bool setVerified = false;
    std::optional<RecoveryPlan> plan;
    std::optional<RecoveryJournal> journal;

    // Reads the set's manifest and topology (the topology only after its digest matches).
    Status openSet(const QString &path);
    // Builds the plan for `server` and opens (or resumes) its journal.
    Status chooseServer(const QString &server);
};

}  // namespace lbw::ui
