#pragma once
// A second copy of a complete set in another backup location (a second disk,
// another site), as the community's Lync backup scripts do by hand. The copy
// is the same set byte for byte, under the same name: its manifest and
// SHA256SUMS describe it unchanged. Every data file is hashed as it is read
// and compared with the set's own file list, so a damaged set is never
// copied; files the target location's newest set already holds (same path,
// bytes and time) are hard-linked to it, as a backup does with its previous
// set. The copy is written as "<name>.partial", verified there, flushed and
// only then renamed: the target location follows the same atomic rules as a
// backup run.
#include "util/CancelToken.h"
#include "util/Result.h"

#include <QString>
#include <optional>

#include "jobs/VerifyJob.h"

namespace lbw {

class JobObserver;

struct CopyReport {
    enum class Outcome {
        Copied,        // committed and verified in the target location
        AlreadyThere,  // the target location already holds this set
        Failed,
        Cancelled,
    };
    Outcome outcome = Outcome::Failed;
    QString sourceSetPath;
    QString copiedSetPath;  // the committed copy (also when AlreadyThere)
    QString error;          // translated, when Failed
    qint64 files = 0;
    qint64 bytes = 0;
    qint64 linkedFiles = 0;  // of `files`: hard links to the target's previous set
    qint64 linkedBytes = 0;
    QString linkedFrom;  // that set's name
    QString linkNote;    // translated: why files were copied although they could have been linked
    bool latestUpdated = false;
    std::optional<VerifyReport> verify;  // of the copy, before it was committed
    bool ok() const { return outcome == Outcome::Copied || outcome == Outcome::AlreadyThere; }
};

class CopyJob {
public:
    // `setPath`: a complete set; `targetLocation`: another backup location
    // (created when missing).
    CopyJob(QString setPath, QString targetLocation);
    CopyReport run(JobObserver *observer, const CancelToken &cancel) const;

private:
    QString m_setPath;
    QString m_targetLocation;
};

}  // namespace lbw
