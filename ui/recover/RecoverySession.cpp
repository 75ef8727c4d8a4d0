#include "recover/RecoverySession.h"

#include "recovery/SetTopology.h"

namespace lbw::ui {

Status RecoverySession::openSet(const QString &path) {
    manifest.reset();
    topology.reset();
    plan.reset();
    journal.reset();
    setVerified = false;
    Result<SetWithTopology> set = openSetWithTopology(path);
    if (!set)
        return set.error();
    setPath = path;
    manifest = std::move(set->manifest);
    topology = std::move(set->topology);
    return {};
}

Status RecoverySession::chooseServer(const QString &server) {
    if (!manifest || !topology)
        return Error{};
    Result<RecoveryPlan> built = buildRecoveryPlan(setPath, *manifest, *topology, server);
    if (!built)
        return built.error();
    Result<RecoveryJournal> opened = RecoveryJournal::open(*manifest, built->server);
    if (!opened)
        return opened.error();
    plan = std::move(built).value();
    journal = std::move(opened).value();
    return {};
}

}  // namespace lbw::ui
