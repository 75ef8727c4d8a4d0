#include "recover/RecoverySession.h"

#include "recovery/SetTopology.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace lbw::ui {

Status RecoverySession::openSet(const QString &path) {
    *this = RecoverySession{};
    Result<SetWithTopology> set = openSetWithTopology(path);
    if (!set)
        return set.error();
    setPath = QFileInfo(path).absoluteFilePath();
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
    Result<RecoveryJournal> opened = RecoveryJournal::open(*manifest, built->server, setPath);
    if (!opened)
        return opened.error();
    plan = std::move(built).value();
    journal = std::move(opened).value();
    if (setVerification)
        return recordCheck(QStringLiteral("verify-set"), *setVerification,
                           QCoreApplication::translate("RecoverySession", "Verified on the wizard's Backup set page."));
    return {};
}

Status RecoverySession::recordCheck(const QString &stepId, const StepOutcome &outcome, const QString &how) {
    if (!plan || !journal)
        return {};
    const bool inPlan = std::any_of(plan->steps.begin(), plan->steps.end(),
                                    [&](const RecoveryStep &step) { return step.id == stepId; });
    if (!inPlan)
        return {};
    return journal->record(stepId, stepStateOf(outcome, journal->state(stepId), how));
}

void RecoverySession::rereadJournal() {
    if (!manifest || !plan)
        return;
    if (Result<RecoveryJournal> reread = RecoveryJournal::open(*manifest, plan->server, setPath))
        journal = std::move(reread).value();
}

}  // namespace lbw::ui
