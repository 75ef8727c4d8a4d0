#pragma once
// Re-reads a set and compares it with its manifest and SHA256SUMS: every
// missing, changed or unexpected file is reported by path. Files are hashed
// on several threads; the order of the report does not depend on them.

#include "util/CancelToken.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace lbw {

class JobObserver;

struct VerifyProblem {
    enum class Kind { Missing, Changed, Unexpected, Inconsistent };
    Kind kind;
    QString path;    // relative to the set; empty for the set as a whole
    QString detail;  // translated
};

QString verifyProblemKindText(VerifyProblem::Kind kind);  // translated: "missing", ...

struct VerifyReport {
    QString setPath;
    QString fatalError;  // the set could not be checked at all (no manifest, ...)
    bool cancelled = false;
    qint64 filesChecked = 0;
    qint64 bytesChecked = 0;
    QList<VerifyProblem> problems;

    bool ok() const { return fatalError.isEmpty() && !cancelled && problems.isEmpty(); }
};

// Records a verification of a whole set in its location's log
// (location/VerifyLog.h), for list, status and the start page. A cancelled
// verification is "not verified": nothing is recorded.
Status recordVerification(const VerifyReport &report);

class VerifyJob {
public:
    // With `items`, only those items are checked (a restore of some items
    // need not read the whole set).
    explicit VerifyJob(const QString &setPath, const QStringList &items = {});
    VerifyReport run(JobObserver *observer, const CancelToken &cancel) const;

private:
    QString m_setPath;
    QStringList m_items;
};

}  // namespace lbw
