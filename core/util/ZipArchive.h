#pragma once
// Reads the directory of a ZIP file through libzip, to check that a cmdlet
// export is what its cmdlet writes (Export-CsConfiguration,
// Export-CsUserData and Export-CsRgsConfiguration write ZIP files): a
// truncated or foreign file is caught at backup time, not during a recovery.

#include "util/Result.h"

#include <QString>

namespace lbw {

// The number of entries of a readable, consistent ZIP file.
Result<qint64> zipEntryCount(const QString &path);

}  // namespace lbw
