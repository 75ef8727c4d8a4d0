#include "recover/TaskRunner.h"

#include "BackupRunner.h"  // the ProgressSnapshot metatype
#include "jobs/JobObserver.h"

namespace lbw::ui {
namespace {

class TaskObserver final : public JobObserver {
public:
    explicit TaskObserver(TaskRunner *runner) : m_runner(runner) {}
    void onStage(const QString &text) override { emit m_runner->stageChanged(text); }
    void onProgress(const ProgressSnapshot &progress) override { emit m_runner->progressed(progress); }

private:
    TaskRunner *m_runner;
};

}  // namespace

TaskRunner::TaskRunner(QObject *parent) : QObject(parent) {
    qRegisterMetaType<ProgressSnapshot>();
    qRegisterMetaType<StepOutcome>();
}

TaskRunner::~TaskRunner() {
    if (m_thread) {
        m_cancel.cancel();
        m_thread->wait();
    }
}

bool TaskRunner::isRunning() const {
    return m_thread && m_thread->isRunning();
}

void TaskRunner::start(Task task) {
    if (isRunning())
        return;
    m_cancel = CancelToken();
    const CancelToken cancel = m_cancel;
    m_thread = QThread::create([this, task = std::move(task), cancel] {
        TaskObserver observer(this);
        emit finished(task(&observer, cancel));
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QObject::destroyed, this, [this] { m_thread = nullptr; });
    m_thread->start();
}

void TaskRunner::cancel() {
    m_cancel.cancel();
}

}  // namespace lbw::ui
