#pragma once
// The backup location: a folder (local or a mounted share) that holds one
// set folder per run, named by UTC start time, and LATEST naming the newest
// complete one ($backup in the Lync documents). Runs are written as
// "<name>.partial" and renamed only when complete, so an interrupted run can
// never be mistaken for a set.

#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace lbw {

struct LocationCheck {
    enum class State { Passed, Failed };
    QString id;  // stable: "reachable", "writable", "space", "outside-sources"
    State state = State::Failed;
    QString title;   // translated, short
    QString detail;  // translated; for a failure, what to do
    bool passed() const { return state == State::Passed; }
};

struct SetSummary {
    QString name;
    QString path;
    bool complete = false;
    bool hasErrors = false;
    QDateTime startedUtc;
    QDateTime finishedUtc;
    qint64 bytes = 0;
    qint64 files = 0;
    qint64 newBytes = 0;  // bytes not shared (hard-linked) with the set before it
    int items = 0;
    QString sourceHost;        // the computer that ran the backup
    bool hasTopology = false;  // the set keeps its deployment: a server can be recovered from it
    QString problem;           // translated; why the set cannot be read, if so
};

class BackupLocation {
public:
    explicit BackupLocation(const QString &root);
    const QString &root() const { return m_root; }

    // Read-only checks; nothing is created. A missing folder passes when it
    // can be created.
    QList<LocationCheck> check(const QStringList &sourcePaths, qint64 estimatedBytes) const;
    // Creates and removes a few probe files to see whether the location's
    // file system renames atomically (required: sets are committed by a
    // rename) and supports hard links (advice). Nothing is left behind.
    QList<LocationCheck> checkFileSystem() const;
    static Status firstFailure(const QList<LocationCheck> &checks);

    Status createIfMissing() const;

    QList<SetSummary> completeSets() const;    // oldest first
    QList<SetSummary> incompleteRuns() const;  // *.partial and unreadable sets
    // $backup: the set LATEST names, or the newest complete set when LATEST
    // is missing or stale. Empty when there is none.
    QString latestSetPath() const;

    // Creates "<UTC time>.partial" (owner-only permissions) for a new run.
    Result<QString> createPartialSet(const QDateTime &startUtc) const;
    // Creates "<setName>.partial" for a copy of a set from another location
    // (the copy keeps its name). One left by an interrupted copy is removed
    // first: the caller holds the location's lock, so no run is writing it.
    Result<QString> createPartialCopy(const QString &setName) const;
    // Renames a finished "<name>.partial" to "<name>", makes the rename
    // durable, and (when `updateLatest`) points LATEST at it. Returns the path.
    // Once renamed, the set is complete whatever follows: with
    // `latestProblem`, a failure after the rename (LATEST not written, the
    // rename not made durable) is put there, translated, and the path is
    // still returned, so the caller never reports a committed set as not
    // committed. Without it, such a failure is the error.
    Result<QString> commit(const QString &partialPath, bool updateLatest, QString *latestProblem = nullptr) const;

    static QString setNameFor(const QDateTime &utc);
    // The inverse: the UTC start a set or run name ("…Z", "…Z-2",
    // "…Z.partial") holds; invalid when it holds none.
    static QDateTime startOfSetName(const QString &name);
    static bool isSetName(const QString &name);

private:
    // Creates "<name>.partial", readable by the owner only (a set holds user data).
    Result<QString> makePartialFolder(const QString &name) const;
    QString m_root;
    QString m_given;  // as the operator wrote it, before it was made absolute
};

}  // namespace lbw
