#include "recovery/StepRunner.h"

#include "jobs/JobObserver.h"
#include "jobs/RestoreJob.h"
#include "jobs/VerifyJob.h"
#include "recovery/CertificateCheck.h"
#include "recovery/HostFacts.h"
#include "recovery/Prerequisites.h"
#include "sources/ExternalCommand.h"
#include "util/SizeText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMutex>
#include <QTime>

namespace lbw {
namespace {

constexpr int kShellTimeoutSeconds = 4 * 3600;
constexpr qsizetype kMaxLogCharacters = 64 * 1024;

// Passes a job's reports on and keeps its stages, with the time, for the
// step's log.
class LoggingObserver final : public JobObserver {
public:
    explicit LoggingObserver(JobObserver *next) : m_next(next) {}
    void onStage(const QString &text) override {
        {
            QMutexLocker lock(&m_mutex);
            m_lines << QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), text);
        }
        if (m_next)
            m_next->onStage(text);
    }
    void onProgress(const ProgressSnapshot &progress) override {
        if (m_next)
            m_next->onProgress(progress);
    }
    void onItemStarted(int index, const QString &name) override {
        if (m_next)
            m_next->onItemStarted(index, name);
    }
    void onItemFinished(int index, const ManifestItem &result) override {
        if (m_next)
            m_next->onItemFinished(index, result);
    }
    QString text() const {
        QMutexLocker lock(&m_mutex);
        return m_lines.join(QLatin1Char('\n'));
    }

private:
    JobObserver *m_next;
    mutable QMutex m_mutex;
    QStringList m_lines;
};

}  // namespace

QString powerShellProgram() {
    const QString standIn = qEnvironmentVariable("LBW_POWERSHELL");
    return findProgram(standIn.isEmpty() ? QStringLiteral("powershell.exe") : standIn);
}

StepRunner::StepRunner(const QString &setPath, const Manifest &manifest, const RecoveryPlan &plan,
                       RecoveryJournal &journal)
    : m_setPath(setPath), m_manifest(manifest), m_plan(plan), m_journal(journal) {}

StepOutcome StepRunner::run(const RecoveryStep &step, const StepRunOptions &options, JobObserver *observer,
                            const CancelToken &cancel) {
    if (step.action == RecoveryStep::Action::Manual)
        return {StepOutcome::Kind::NotRunnable,
                QCoreApplication::translate("StepRunner",
                                            "This step is done by hand: do what it says, then mark it as done.")};
    if (step.action == RecoveryStep::Action::Shell && powerShellProgram().isEmpty())
        return {StepOutcome::Kind::NotRunnable,
                QCoreApplication::translate("StepRunner",
                                            "PowerShell with the Lync module is not available here. Run the commands "
                                            "in the Lync Server Management Shell on the server, then mark the step "
                                            "as done.")};
    // A restore that completed has put data in its target: running it again
    // would only meet a target that is no longer clean.
    const StepState previous = m_journal.state(step.id);
    if (step.action == RecoveryStep::Action::Restore && previous.state == StepState::State::Done)
        return {StepOutcome::Kind::NotRunnable,
                QCoreApplication::translate("StepRunner",
                                            "This data was already restored (%1). To restore it again, move the "
                                            "restored data away first and mark the step as skipped, or use "
                                            "lync-backup restore with --target.")
                    .arg(previous.evidence)};
    StepState running;
    running.state = StepState::State::Running;
    if (Status recorded = m_journal.record(step.id, running); !recorded)
        return {StepOutcome::Kind::Failed, recorded.errorMessage()};
    LoggingObserver logging(observer);
    const StepOutcome outcome = execute(step, options, &logging, cancel);
    if (Status recorded = m_journal.record(step.id, stepStateOf(outcome, previous, logging.text())); !recorded)
        return {StepOutcome::Kind::Failed, recorded.errorMessage()};
    return outcome;
}

StepState stepStateOf(const StepOutcome &outcome, const StepState &previous, const QString &stages) {
    StepState state;
    if (outcome.kind == StepOutcome::Kind::Done) {
        state.state = StepState::State::Done;
        state.evidence = outcome.text;
    } else if (outcome.kind == StepOutcome::Kind::Failed) {
        state.state = StepState::State::Failed;
        state.message = outcome.text;
    } else {
        state = previous;  // a step that could not run keeps what it had
    }
    QString log = stages;
    if (!outcome.log.isEmpty())
        log += (log.isEmpty() ? QString() : QStringLiteral("\n")) + outcome.log;
    if (!outcome.text.isEmpty())
        log += (log.isEmpty() ? QString() : QStringLiteral("\n")) + outcome.text;
    state.log = log.right(kMaxLogCharacters);
    return state;
}

StepOutcome verifyOutcome(const VerifyReport &report) {
    if (report.ok())
        return {StepOutcome::Kind::Done, QCoreApplication::translate("StepRunner", "%Ln files (%1) match the manifest.",
                                                                     nullptr, int(report.filesChecked))
                                             .arg(sizeText(report.bytesChecked))};
    if (!report.fatalError.isEmpty())
        return {StepOutcome::Kind::Failed, report.fatalError};
    if (report.cancelled)
        return {StepOutcome::Kind::Failed,
                QCoreApplication::translate("StepRunner", "The verification was cancelled.")};
    QStringList problems;
    for (const VerifyProblem &problem : report.problems.mid(0, 5))
        problems
            << QStringLiteral("%1: %2 (%3)").arg(verifyProblemKindText(problem.kind), problem.path, problem.detail);
    return {StepOutcome::Kind::Failed,
            QCoreApplication::translate("StepRunner", "The set is damaged: %1. Use another set.")
                .arg(problems.join(QStringLiteral("; ")))};
}

StepOutcome thisComputerOutcome(const QList<PrerequisiteCheck> &checks) {
    QStringList failed;
    QStringList passed;
    for (const PrerequisiteCheck &c : checks)
        (c.blocks() ? failed : passed) << QStringLiteral("%1: %2").arg(c.title, c.explanation);
    if (!failed.isEmpty())
        return {StepOutcome::Kind::Failed, failed.join(QLatin1Char('\n'))};
    return {StepOutcome::Kind::Done, passed.join(QLatin1Char('\n'))};
}

StepOutcome StepRunner::execute(const RecoveryStep &step, const StepRunOptions &options, JobObserver *observer,
                                const CancelToken &cancel) const {
    switch (step.action) {
        case RecoveryStep::Action::Check:
            return check(step, options, observer, cancel);
        case RecoveryStep::Action::Restore:
            return restore(step, options, observer, cancel);
        case RecoveryStep::Action::Shell:
            return shell(step, cancel);
        case RecoveryStep::Action::Manual:
            break;
    }
    return {StepOutcome::Kind::NotRunnable, {}};
}

StepOutcome StepRunner::check(const RecoveryStep &step, const StepRunOptions &options, JobObserver *observer,
                              const CancelToken &cancel) const {
    if (step.id == QLatin1String("verify-set")) {
        const VerifyReport verified = VerifyJob(m_setPath).run(observer, cancel);
        // Best effort: on a rebuilt server the set is often on a read-only share.
        (void)recordVerification(verified);
        return verifyOutcome(verified);
    }
    if (step.id == QLatin1String("this-computer"))
        return thisComputerOutcome(checkAgainstServer(m_manifest, m_plan.profile, HostFacts::ofThisMachine(), {}));
    if (step.id == QLatin1String("certificates")) {
        if (options.certificateFile.isEmpty())
            return {StepOutcome::Kind::NotRunnable,
                    QCoreApplication::translate("StepRunner",
                                                "Give the certificate file to check (--certificate FILE), or mark "
                                                "the step as done once Get-CsCertificate shows the certificates.")};
        Result<QString> checked =
            checkCertificateFile(options.certificateFile, m_plan.profile.fqdn, options.certificatePassword);
        return checked ? StepOutcome{StepOutcome::Kind::Done, *checked}
                       : StepOutcome{StepOutcome::Kind::Failed, checked.errorMessage()};
    }
    return {StepOutcome::Kind::NotRunnable, {}};
}

StepOutcome StepRunner::restore(const RecoveryStep &step, const StepRunOptions &options, JobObserver *observer,
                                const CancelToken &cancel) const {
    RestoreRequest request{m_setPath, {step.item}, {}, m_plan.profile.fqdn};
    if (options.targets.contains(step.item))
        request.targets.insert(step.item, options.targets.value(step.item));
    if (options.connections.contains(step.item))
        request.connections.insert(step.item, options.connections.value(step.item));
    const RestoreReport report = RestoreJob(request).run(observer, cancel);
    if (!report.fatalError.isEmpty())
        return {StepOutcome::Kind::Failed, report.fatalError};
    if (report.blockedByChecks()) {
        QStringList failed;
        for (const PrerequisiteCheck &c : report.checks)
            if (c.blocks())
                failed << QStringLiteral("%1: %2").arg(c.title, c.explanation);
        return {StepOutcome::Kind::Failed, failed.join(QLatin1Char('\n'))};
    }
    if (report.cancelled)
        return {StepOutcome::Kind::Failed, QCoreApplication::translate("StepRunner", "The restore was cancelled.")};
    for (const ItemRestoreResult &item : report.items)
        if (item.name == step.item) {
            if (item.status == ItemRestoreResult::Status::Restored && item.verified)
                return {StepOutcome::Kind::Done,
                        QCoreApplication::translate("StepRunner", "%1 restored to %2 and verified.")
                            .arg(item.name, item.target)};
            return {StepOutcome::Kind::Failed,
                    QStringLiteral("%1: %2").arg(itemRestoreStatusText(item.status), item.message)};
        }
    return {StepOutcome::Kind::Failed,
            QCoreApplication::translate("StepRunner", "The restore did not report on this item.")};
}

StepOutcome StepRunner::shell(const RecoveryStep &step, const CancelToken &cancel) const {
    // An import reads a file of the set: only an item that was backed up,
    // and only once its files match the manifest again.
    if (!step.item.isEmpty()) {
        const auto item = std::find_if(m_manifest.items.begin(), m_manifest.items.end(),
                                       [&](const ManifestItem &i) { return i.name == step.item; });
        if (item == m_manifest.items.end() || item->status == ItemStatus::Failed)
            return {StepOutcome::Kind::Failed,
                    QCoreApplication::translate("StepRunner",
                                                "%1 failed during the backup; the set holds no data for it. Use "
                                                "another set for this step.")
                        .arg(step.item)};
        const VerifyReport verified = VerifyJob(m_setPath, {step.item}).run(nullptr, cancel);
        if (!verified.ok())
            return {StepOutcome::Kind::Failed,
                    QCoreApplication::translate("StepRunner",
                                                "%1 does not match the manifest any more (%2). Use another set for "
                                                "this step.")
                        .arg(step.item, verified.fatalError.isEmpty() && !verified.problems.isEmpty()
                                            ? verified.problems.first().path + QStringLiteral(": ") +
                                                  verified.problems.first().detail
                                            : verified.fatalError)};
    }
    // The commands are built from validated names, each a single-quoted
    // literal; they are joined by newlines so a comment line ends at its line.
    auto runScript = [&](const QStringList &lines) {
        return runCommand(
            powerShellProgram(),
            {QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"), QStringLiteral("-Command"),
             QStringLiteral("$ErrorActionPreference = 'Stop'\nImport-Module Lync\n") + lines.join(QLatin1Char('\n'))},
            QProcessEnvironment::systemEnvironment(), kShellTimeoutSeconds, cancel, nullptr, step.id);
    };
    Result<CommandRun> ran = runScript(step.commands);
    if (!ran)
        return {StepOutcome::Kind::Failed, ran.errorMessage()};
    const QString output = ran->output;
    if (step.checkCommands.isEmpty())
        return {StepOutcome::Kind::Done,
                QCoreApplication::translate("StepRunner", "The commands ended without an error."), output};
    Result<CommandRun> checked = runScript(step.checkCommands);
    if (!checked)
        return {StepOutcome::Kind::Failed,
                QCoreApplication::translate("StepRunner", "The commands ran, but the check failed: %1")
                    .arg(checked.errorMessage()),
                output};
    return {StepOutcome::Kind::Done,
            QCoreApplication::translate("StepRunner", "Ran, and the check passed: %1").arg(step.check),
            output + QLatin1Char('\n') + checked->output};
}

}  // namespace lbw
