#pragma once
// How a job talks to its front end. Calls arrive on the job's thread (and,
// for progress, on worker threads one at a time): a GUI forwards them with
// queued signals, the CLI prints them.

#include "backupset/Manifest.h"
#include "util/Progress.h"

#include <QString>

namespace lbw {

// What a backup does after its items, each with its own progress.
enum class JobPhase { Verification, SecondCopy };

class JobObserver {
public:
    virtual ~JobObserver() = default;
    virtual void onStage(const QString &text) { Q_UNUSED(text); }  // translated, e.g. "Checking the location"
    virtual void onItemStarted(int index, const QString &name) {
        Q_UNUSED(index);
        Q_UNUSED(name);
    }
    virtual void onItemFinished(int index, const ManifestItem &result) {
        Q_UNUSED(index);
        Q_UNUSED(result);
    }
    virtual void onProgress(const ProgressSnapshot &progress) { Q_UNUSED(progress); }
    // From here on, progress (without an item) is the phase's own.
    virtual void onPhaseStarted(JobPhase phase) { Q_UNUSED(phase); }
};

}  // namespace lbw
