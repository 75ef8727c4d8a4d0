#pragma once
// What has been done of a recovery, kept on disk so it resumes after the
// reboots that installing SQL Server or Lync causes: per step, pending,
// running, done with the evidence that proved it, skipped with a reason, or
// failed with the message. One file per set and server under the
// application data folder, replaced atomically on every change, so a kill
// leaves the previous state or the new one, never half of either.

#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lbw {

struct Manifest;

struct StepState {
    enum class State { Pending, Running, Done, Skipped, Failed };
    State state = State::Pending;
    QString evidence;  // Done: what proved it (a check's result, "marked by the operator")
    QString note;      // the operator's note
    QString message;   // Failed: why; Skipped: the reason
    QString log;       // what the last run did: its stages and the commands' output (the tail, at most 64 KiB)
    QDateTime atUtc;
};

QString stepStateKey(StepState::State state);   // "pending", "running", "done", "skipped", "failed"
QString stepStateText(StepState::State state);  // translated
std::optional<StepState::State> stepStateFromKey(const QString &key);

// One journal as a list of recoveries shows it, to offer to continue one.
struct JournalSummary {
    QString path;
    QString setName;
    QString setPath;  // where the set was when the journal was last written
    QString server;
    QDateTime updatedUtc;
    bool finished = false;
    int stepsDone = 0;  // done or not needed
};

class RecoveryJournal {
public:
    // LBW_STATE_DIR when set (tests, portable use), else the application's
    // local data folder; "recovery" below it.
    static QString folder();
    static QString pathFor(const Manifest &manifest, const QString &server);

    // A missing file is an empty journal; a damaged one is an error that
    // names it (nothing is overwritten).
    // `setPath` is kept in the journal so the recovery can be offered again
    // after a reboot.
    static Result<RecoveryJournal> open(const Manifest &manifest, const QString &server, const QString &setPath = {});
    // Every readable journal of the folder, the most recently written first.
    static QList<JournalSummary> list();

    const QString &path() const { return m_path; }
    StepState state(const QString &stepId) const { return m_steps.value(stepId); }
    bool has(const QString &stepId) const { return m_steps.contains(stepId); }
    Status record(const QString &stepId, StepState state);
    // Every step has been dealt with: the recovery is no longer offered to continue.
    Status recordFinished();
    bool finished() const { return m_finishedUtc.isValid(); }

private:
    QJsonObject toJson() const;
    Status write();

    QString m_path;
    QString m_setName;
    QString m_server;
    QString m_setPath;
    QDateTime m_finishedUtc;
    QHash<QString, StepState> m_steps;
};

}  // namespace lbw
