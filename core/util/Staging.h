#pragma once
// Restores are written into a hidden sibling of the target and moved into
// place only when complete, so an interrupted restore never leaves anything
// that looks like a finished one at the target path.

#include "util/Result.h"

#include <QString>

namespace lbw::staging {

// "<parent>/.<name>.lbw-restore-<random>", next to `target` (same file
// system, so the final move is an atomic rename).
QString pathFor(const QString &target);

// Removes siblings left by earlier restores of `target` that were
// interrupted. Returns how many were removed.
int removeLeftovers(const QString &target);

// Flushes the staged copy to disk and renames it to `target`. A target that
// exists must be an empty folder or a file the caller has judged clean.
Status promote(const QString &staged, const QString &target);

}  // namespace lbw::staging
