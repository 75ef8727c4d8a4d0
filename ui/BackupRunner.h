#pragma once
// Runs a BackupJob on a worker thread and turns its progress into queued
// signals, so the wizard's thread only repaints. The job reports at most
// ~10 times a second, whatever the number of files.

#include "jobs/BackupJob.h"
#include "jobs/JobObserver.h"
#include "util/Progress.h"

#include <QObject>
#include <QThread>

namespace lbw::ui {

class BackupRunner : public QObject {
    Q_OBJECT
public:
    explicit BackupRunner(QObject *parent = nullptr);
    ~BackupRunner() override;

    // `known`: sizes already measured, by item name (BackupJob::useKnownEstimates).
    void start(const BackupPlan &plan, const QHash<QString, SourceEstimate> &known = {});
    void cancel();
    bool isRunning() const;

signals:
    void stageChanged(const QString &text);
    void itemStarted(int index, const QString &name);
    void itemFinished(int index, const lbw::ManifestItem &result);
    void progressed(const lbw::ProgressSnapshot &progress);
    void phaseStarted(lbw::JobPhase phase);
    void logLine(const QString &line);
    void finished(const lbw::BackupReport &report);

private:
    QThread *m_thread = nullptr;
    CancelToken m_cancel;
};

}  // namespace lbw::ui

Q_DECLARE_METATYPE(lbw::ManifestItem)
Q_DECLARE_METATYPE(lbw::ProgressSnapshot)
Q_DECLARE_METATYPE(lbw::BackupReport)
Q_DECLARE_METATYPE(lbw::JobPhase)
