#include "BackupRunner.h"

#include "jobs/JobObserver.h"
#include "util/ProductLog.h"

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/base_sink.h>

#include <mutex>

namespace lbw::ui {
namespace {

// Forwards job events as queued signals of the runner.
class SignalObserver final : public JobObserver {
public:
    explicit SignalObserver(BackupRunner *runner) : m_runner(runner) {}
    void onStage(const QString &text) override { emit m_runner->stageChanged(text); }
    void onItemStarted(int index, const QString &name) override { emit m_runner->itemStarted(index, name); }
    void onItemFinished(int index, const ManifestItem &result) override { emit m_runner->itemFinished(index, result); }
    void onProgress(const ProgressSnapshot &progress) override { emit m_runner->progressed(progress); }
    void onPhaseStarted(JobPhase phase) override { emit m_runner->phaseStarted(phase); }

private:
    BackupRunner *m_runner;
};

// The live log view: every line of the run's log, as a signal.
class SignalSink final : public spdlog::sinks::base_sink<std::mutex> {
public:
    explicit SignalSink(BackupRunner *runner) : m_runner(runner) {
        set_formatter(std::make_unique<spdlog::pattern_formatter>("%H:%M:%S %l %v"));
    }

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override {
        spdlog::memory_buf_t formatted;
        formatter_->format(msg, formatted);
        emit m_runner->logLine(QString::fromUtf8(formatted.data(), qsizetype(formatted.size())).trimmed());
    }
    void flush_() override {}

private:
    BackupRunner *m_runner;
};

}  // namespace

BackupRunner::BackupRunner(QObject *parent) : QObject(parent) {
    qRegisterMetaType<ManifestItem>();
    qRegisterMetaType<ProgressSnapshot>();
    qRegisterMetaType<BackupReport>();
    qRegisterMetaType<JobPhase>();
}

BackupRunner::~BackupRunner() {
    if (m_thread) {
        m_cancel.cancel();
        m_thread->wait();
    }
}

bool BackupRunner::isRunning() const {
    return m_thread && m_thread->isRunning();
}

void BackupRunner::start(const BackupPlan &plan, const QHash<QString, SourceEstimate> &known) {
    if (isRunning())
        return;
    m_cancel = CancelToken();
    const CancelToken cancel = m_cancel;
    m_thread = QThread::create([this, plan, known, cancel] {
        SignalObserver observer(this);
        // The window's log view, and the product's own log (where the
        // command line's runs are too), when it can be written.
        BackupJob::SinkList sinks{std::make_shared<SignalSink>(this)};
        if (std::shared_ptr<spdlog::sinks::sink> productLog = ProductLog::sink())
            sinks.push_back(productLog);
        BackupJob job(plan, sinks);
        job.useKnownEstimates(known);
        const BackupReport report = job.run(&observer, cancel);
        // The same verdict as the command line's exit code: a set that is
        // complete but not LATEST, or not verified because the run was
        // stopped after the commit, is said so (the log stays in English).
        QString line = QStringLiteral("lync-backup-wizard backup of \"%1\": %2 %3")
                           .arg(plan.name, backupOutcomeKey(report.outcome), report.setPath);
        if (!report.latestProblem.isEmpty())
            line += QStringLiteral(" (the set is complete; LATEST was not moved to it)");
        if (report.stoppedAfterCommit)
            line += QStringLiteral(" (the set is complete; stopped after the commit)");
        ProductLog::recordRun(report.outcome != BackupOutcome::Succeeded || report.stoppedAfterCommit, line);
        emit finished(report);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QObject::destroyed, this, [this] { m_thread = nullptr; });
    m_thread->start();
}

void BackupRunner::cancel() {
    m_cancel.cancel();
}

}  // namespace lbw::ui
