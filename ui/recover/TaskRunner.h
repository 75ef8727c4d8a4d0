#pragma once
// Runs one piece of recovery work (a verify, the checks, a step) on a worker
// thread and reports it through queued signals, so the wizard only repaints.

#include "util/Progress.h"
#include "recovery/StepRunner.h"
#include "util/CancelToken.h"

#include <QObject>
#include <QThread>

#include <functional>

namespace lbw {
class JobObserver;
}

namespace lbw::ui {

class TaskRunner : public QObject {
    Q_OBJECT
public:
    using Task = std::function<StepOutcome(JobObserver *observer, const CancelToken &cancel)>;

    explicit TaskRunner(QObject *parent = nullptr);
    ~TaskRunner() override;

    void start(Task task);
    void cancel();
    bool isRunning() const;

signals:
    void stageChanged(const QString &text);
    void progressed(const lbw::ProgressSnapshot &progress);
    void finished(const lbw::StepOutcome &outcome);

private:
    QThread *m_thread = nullptr;
    CancelToken m_cancel;
};

}  // namespace lbw::ui

Q_DECLARE_METATYPE(lbw::StepOutcome)
