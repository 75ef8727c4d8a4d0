#pragma once
// A realistic sample Lync deployment to try the product on: SQLite
// databases named after Lync's, a file store laid out as Lync lays out its
// share, and a plan that backs them up into <dir>/backups.

#include "util/Result.h"

#include <QString>

namespace lbw {

struct SampleOptions {
    int fileCount = 3000;  // files in the sample file store
    quint32 seed = 2013;   // same seed, same deployment
};

// Creates the sample under `dir` (which must be missing or empty) and
// returns the absolute path of its plan file, sample-plan.json.
Result<QString> createSampleDeployment(const QString &dir, const SampleOptions &options = {});

}  // namespace lbw
